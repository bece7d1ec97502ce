import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { ImportService } from '../../src/services/import-service.js';
import type { SqliteStore } from '../../src/store/sqlite/store.js';
import { exportText } from '../support/archive.js';
import { tempStore } from '../support/tmp.js';

const SEEDS = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const REPAIRED = 'Is the intermittent twitching of the left side of the face a sign of facial nerve paralysis?';

async function checkAcceptance(store: SqliteStore): Promise<void> {
  const stats = await store.stats();
  assert.equal(stats.consultations, 4);
  assert.equal(stats.snippets > 0, true);

  const all = [];
  for await (const c of store.consultations.all()) all.push(c);
  const byFile = new Map(all.map((c) => [c.source.file?.slice(0, 3), c]));

  const c004 = byFile.get('004');
  assert.equal(c004?.title, REPAIRED);
  assert.deepEqual(c004?.flags.map((f) => f.kind), ['title-repaired']);

  const c001 = byFile.get('001');
  assert.equal(c001?.reply.doctorName, 'Jiang Junyi');
  assert.equal(c001?.reply.department, 'Neurology');
  assert.equal(c001?.reply.affiliation, 'Taoyuan Hospital');
  assert.ok(c001?.flags.some((f) => f.kind === 'salutation-mismatch'));

  // Read off the asker lines of the four pages.
  const askers = ['000', '001', '002', '004'].map((k) => {
    const c = byFile.get(k);
    return [c?.asker.nickname, c?.asker.ageRange, c?.asker.sex, c?.askedOn];
  });
  assert.deepEqual(askers, [
    ['mon', '20~29', 'female', '2016-01-03'],
    ['Travis', '10~19', 'female', '2022-05-02'],
    ['KEVIN', '30~39', 'female', '2018-03-08'],
    ['grace', '20~29', 'female', '2000-12-05'],
  ]);

  // 000 lists 004 under another title; the link is made through the question excerpt.
  const paralysis = byFile.get('000')?.similar.find((l) => /facial nerve paralysis/i.test(l.title));
  assert.equal(paralysis?.targetId, c004?.id);
  // The other entries name pages that are not in the archive and stay unresolved references.
  assert.equal(byFile.get('000')?.similar.filter((l) => l.targetId === null).length, 3);
}

test('importing ../shared/seeds meets the archive acceptance points, in either order', async (t) => {
  if (!existsSync(SEEDS)) {
    t.skip('../shared/seeds is absent');
    return;
  }
  const { store: together } = tempStore('together.sqlite');
  const report = await new ImportService(together).importPaths([SEEDS], { format: 'auto' });
  assert.deepEqual(report.failures, []);
  assert.equal(report.counts.consultation.imported, 4);
  assert.equal(report.counts['snippet-page'].imported, 1);
  await checkAcceptance(together);

  const { store: reversed } = tempStore('reversed.sqlite');
  const service = new ImportService(reversed);
  for (const name of readdirSync(SEEDS).sort().reverse()) {
    const r = await service.importPaths([join(SEEDS, name)], { format: 'auto' });
    assert.deepEqual(r.failures, []);
  }
  await checkAcceptance(reversed);
  assert.equal(await exportText(reversed), await exportText(together));
});
