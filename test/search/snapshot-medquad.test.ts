import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { medquadImporter } from '../../src/ingest/medquad/index.js';
import { trustedQaDoc } from '../../src/search/from-store.js';
import { MedicalSearchIndex } from '../../src/search/medical-index.js';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf } from '../support/builders.js';

const MEDQUAD = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'medquad');
const FOLDERS = ['7_SeniorHealth_QA', '9_CDC_QA'];
const present = FOLDERS.every((f) => existsSync(join(MEDQUAD, f)));

async function medquadDocs(): Promise<SearchDoc[]> {
  const docs: SearchDoc[] = [];
  for (const folder of FOLDERS) {
    const names = (await readdir(join(MEDQUAD, folder))).filter((n) => n.endsWith('.xml')).sort();
    for (const name of names) {
      const path = join(MEDQUAD, folder, name);
      for (const item of medquadImporter.parse({ path, name, text: await readFile(path, 'utf8') })) {
        if (item.kind === 'medquad-document') for (const qa of item.qas) docs.push(trustedQaDoc(qa, item.topic));
      }
    }
  }
  return docs;
}

/** Consumer-like variants of the collection's own questions: as asked, lower-cased and chatty, misspelt, cut short. */
function queriesFrom(docs: SearchDoc[], n: number): string[] {
  const step = Math.max(1, Math.floor(docs.length / n));
  const out: string[] = [];
  for (let i = 0; out.length < n && i < docs.length; i += step) {
    const q = docs[i]?.question ?? '';
    const words = q.split(/\s+/);
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
    switch (out.length % 4) {
      case 0: out.push(q); break;
      case 1: out.push(`Hi doctor, ${q.toLowerCase().replace(/\?/g, '')} thanks`); break;
      case 2: out.push(q.replace(longest, longest.slice(0, 2) + longest.slice(3))); break;
      default: out.push(words.slice(Math.floor(words.length / 2)).join(' '));
    }
  }
  return out;
}

describe('search index snapshot over MedQuAD (SeniorHealth + CDC)', () => {
  it('gives the same top 10 after saving and loading', { skip: present ? false : `MedQuAD not found at ${MEDQUAD}` }, async () => {
    const docs = await medquadDocs();
    assert.ok(docs.length > 500, `${docs.length} pairs`);
    const original = anIndexOf(docs);
    // A removed and a replaced pair, as the change log would make them.
    original.remove(docs[0]?.id ?? '');
    const replaced = docs[1];
    if (replaced) original.index({ ...replaced, answer: `${replaced.answer} Updated.` });
    const dir = await mkdtemp(join(tmpdir(), 'askdoc-snapshot-mq-'));
    try {
      const file = join(dir, 'medquad.snap');
      await original.saveSnapshot(file, { storeId: 'medquad-subset', seq: docs.length });
      const loaded = await MedicalSearchIndex.loadSnapshot(file, { storeId: 'medquad-subset' });
      assert.ok(loaded);
      assert.equal(loaded.index.size, original.size);
      const queries = queriesFrom(docs, 50);
      assert.equal(queries.length, 50);
      for (const q of queries) {
        const want = original.search(q, { limit: 10 });
        const got = loaded.index.search(q, { limit: 10 });
        assert.deepEqual(got.map((h) => h.id), want.map((h) => h.id), q);
        got.forEach((h, i) => assert.ok(Math.abs(h.score - (want[i]?.score ?? Number.NaN)) <= 1e-12, `${q}: ${h.id}`));
        const top = want[0]?.id;
        if (top) assert.deepEqual(loaded.index.explain(q, top), original.explain(q, top));
      }
      const some = docs[100]?.id ?? '';
      assert.deepEqual(loaded.index.similar(some, 10), original.similar(some, 10));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
