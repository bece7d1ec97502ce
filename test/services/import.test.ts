import assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ImportService } from '../../src/services/import-service.js';
import { totals } from '../../src/services/import-report.js';
import { exportText } from '../support/archive.js';
import { tempDir, tempStore } from '../support/tmp.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pages');

const MEDQUAD_DOC = `<?xml version="1.0" encoding="UTF-8"?>
<Document id="0000042" source="GARD" url="https://example.org/gard/42">
<Focus>Imaginary fever</Focus>
<QAPairs>
<QAPair pid="1"><Question qid="0000042-1" qtype="information">What is (are) Imaginary fever ?</Question>
<Answer>Imaginary fever is a made-up condition used in tests.</Answer></QAPair>
</QAPairs>
</Document>`;

/** A folder with one good page and one good MedQuAD file, plus whatever bad file a test adds. */
function folderWith(bad: { name: string; content: string | Buffer }): string {
  const dir = tempDir();
  copyFileSync(join(FIXTURES, 'full-page.txt'), join(dir, 'a-good-page.txt'));
  writeFileSync(join(dir, 'b-good-doc.xml'), MEDQUAD_DOC);
  writeFileSync(join(dir, bad.name), bad.content);
  return dir;
}

const badInputs: Array<{ name: string; content: string | Buffer; reason: RegExp; line: number | null }> = [
  { name: 'empty.txt', content: '', reason: /file is empty/, line: null },
  { name: 'blank.txt', content: '\n  \n', reason: /file is empty/, line: null },
  { name: 'image.txt', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), reason: /binary file/, line: null },
  {
    name: 'truncated.xml',
    content: MEDQUAD_DOC.slice(0, MEDQUAD_DOC.indexOf('<Answer>') + 20),
    reason: /XML|truncated|closed|unclosed/i,
    line: null,
  },
  {
    name: 'no-reply.txt',
    content: 'Sore throat for a week\nMy throat has hurt for a week.\nkim, 30~39 year old male. Ask Date: 2020/01/02\n',
    reason: /no reply/i,
    line: null,
  },
  { name: 'notes.csv', content: 'a,b,c\n1,2,3\n', reason: /unknown format/, line: null },
];

for (const bad of badInputs) {
  test(`bad input ${bad.name}: reported with file and reason, store unchanged, other files still import`, async () => {
    const { store } = tempStore();
    const service = new ImportService(store);
    const dir = folderWith(bad);

    // The bad file alone: a failure line and not a byte of change.
    const before = await exportText(store);
    const alone = await service.importPaths([join(dir, bad.name)], { format: 'auto' });
    assert.equal(alone.failures.length, 1);
    const failure = alone.failures[0];
    assert.equal(failure?.file, join(dir, bad.name));
    assert.match(failure?.reason ?? '', bad.reason);
    assert.equal(await exportText(store), before);

    // In a folder: the good files import, the bad one is the only failure.
    const report = await service.importPaths([dir], { format: 'auto' });
    assert.deepEqual(report.failures.map((f) => f.file), [join(dir, bad.name)]);
    assert.equal(report.counts.consultation.imported, 1);
    assert.equal(report.counts['trusted-qa'].imported, 1);
  });
}

test('a bad record in the middle of a JSONL file rolls the whole file back and names the line', async () => {
  const { store } = tempStore();
  const dir = tempDir();
  const topic = { type: 'topic', id: 't1', slug: 't1', title: 'T', department: null, kind: 'faq', concept: null, source: { organisation: null, url: null, file: null } };
  const broken = { ...topic, id: 't2', slug: 't2', kind: 'nonsense' };
  writeFileSync(join(dir, 'x.jsonl'), `${JSON.stringify(topic)}\n${JSON.stringify(broken)}\n`);
  const report = await new ImportService(store).importPaths([join(dir, 'x.jsonl')], { format: 'auto' });
  assert.equal(report.failures[0]?.line, 2);
  assert.match(report.failures[0]?.reason ?? '', /^kind: /);
  assert.equal((await store.stats()).topics, 0);
});

test('importing the same files again adds and changes nothing', async () => {
  const { store } = tempStore();
  const service = new ImportService(store);
  const first = await service.importPaths([FIXTURES], { format: 'auto' });
  assert.equal(first.failures.length, 0, JSON.stringify(first.failures));
  assert.ok(totals(first).imported > 0);
  const snapshot = await exportText(store);
  const second = await service.importPaths([FIXTURES], { format: 'auto' });
  assert.deepEqual(totals(second), { imported: 0, updated: 0, unchanged: totals(first).imported });
  assert.equal(await exportText(store), snapshot);
});

test('an edited page is reported as updated, not imported twice', async () => {
  const { store } = tempStore();
  const service = new ImportService(store);
  const dir = tempDir();
  const page = join(dir, 'page.txt');
  copyFileSync(join(FIXTURES, 'full-page.txt'), page);
  await service.importPaths([page], { format: 'page' });
  const { readFileSync } = await import('node:fs');
  writeFileSync(page, readFileSync(page, 'utf8').replace('Reply Date: 2021/07/16', 'Reply Date: 2021/07/17'));
  const report = await service.importPaths([page], { format: 'page' });
  assert.deepEqual(report.counts.consultation, { imported: 0, updated: 1, unchanged: 0 });
  assert.equal((await store.stats()).consultations, 1);
  // Two saves of the page logged several entries; the import leaves the consultation's last one.
  const log = await store.changes.since(0, 100);
  assert.deepEqual(log.filter((ch) => ch.entity === 'consultation').map((ch) => ch.op), ['upsert']);
  assert.equal(new Set(log.map((ch) => `${ch.entity}:${ch.id}`)).size, log.length);
});

test('several bad files in a row, read ahead of their turn, fail one by one in order', async () => {
  const { store } = tempStore();
  const dir = tempDir();
  for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(dir, name), '');
  writeFileSync(join(dir, 'd.txt'), Buffer.from([0x00, 0x01, 0x02]));
  copyFileSync(join(FIXTURES, 'full-page.txt'), join(dir, 'e.txt'));
  const report = await new ImportService(store).importPaths([dir], { format: 'auto' });
  assert.deepEqual(
    report.failures.map((f) => [f.file, f.reason]),
    [
      [join(dir, 'a.txt'), 'file is empty'],
      [join(dir, 'b.txt'), 'file is empty'],
      [join(dir, 'c.txt'), 'file is empty'],
      [join(dir, 'd.txt'), 'binary file: not UTF-8 text'],
    ],
  );
  assert.equal(report.counts.consultation.imported, 1);
});
