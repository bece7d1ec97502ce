import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_PARAMS, type MedicalIndexParams, MedicalSearchIndex, type SnapshotExpectation } from '../../src/search/medical-index.js';
import { shippedRqeModel } from '../../src/search/rerank/model-file.js';
import { RqeModel } from '../../src/search/similarity/model.js';
import type { SearchDoc, SearchFilter } from '../../src/search/types.js';
import { aTrustedDoc } from '../support/builders.js';

const qa = (id: string, question: string, answer: string, focus: string, synonyms: string[], qtype: string, source = 'GARD'): SearchDoc =>
  aTrustedDoc(id, question, answer, focus, qtype, { synonyms, source });
const consultation = (id: string, question: string, answer: string, focus: string[], department: string): SearchDoc => ({
  id, kind: 'consultation', question, answer, focus, synonyms: [], questionType: null, source: department, groupId: null,
});

const corpus = (): SearchDoc[] => [
  qa('N1', 'What are the symptoms of Noonan syndrome?', 'Short stature, heart defects and a webbed neck.', 'Noonan syndrome', ['Male Turner syndrome'], 'symptoms'),
  qa('N2', 'What are the treatments for Noonan syndrome?', 'Growth hormone therapy; heart surgery may be needed.', 'Noonan syndrome', ['Male Turner syndrome'], 'treatment'),
  qa('D1', 'What is (are) Diabetes?', 'Diabetes is a disease in which blood glucose levels are too high.', 'Diabetes', ['Diabetes mellitus'], 'information', 'NIDDK'),
  qa('D2', 'How to prevent Diabetes?', 'Stay at a healthy weight and be physically active.', 'Diabetes', ['Diabetes mellitus'], 'prevention', 'NIDDK'),
  qa('L1', 'What causes lupus flares?', 'Cold weather, infections and less sunlight can trigger flares.', 'Lupus', ['SLE'], 'causes', 'NIAMS'),
  qa('L2', 'How is lupus treated?', 'Hydroxychloroquine, steroids and sun protection.', 'Lupus', ['SLE'], 'treatment', 'NIAMS'),
  qa('T1', 'Is Tay-Sachs disease inherited?', 'It is autosomal recessive: both parents carry the gene.', 'Tay-Sachs disease', [], 'inheritance'),
  qa('E1', 'What are the side effects of Metformin?', 'Nausea, diarrhoea and, rarely, lactic acidosis.', 'Metformin', ['Glucophage'], 'side effects', 'MPlusDrugs'),
  consultation('C1', 'Rash on my baby\nMy baby has had a red rash on the cheeks for two days.', 'This looks like eczema; use a fragrance-free moisturiser.', ['Eczema'], 'Pediatrics'),
  consultation('C2', 'Dizzy after standing up\nI feel dizzy every morning when I get up.', 'Probably orthostatic hypotension; drink more water.', [], 'Cardiology'),
];

/** Built, then one document removed (a free number) and one replaced (a dead number + a new one). */
function build(params: MedicalIndexParams = DEFAULT_PARAMS): MedicalSearchIndex {
  const index = new MedicalSearchIndex(params);
  for (const d of corpus()) index.index(d);
  index.remove('D2');
  index.index(qa('L1', 'What triggers lupus flares in winter?', 'Cold, infections and stress.', 'Lupus', ['SLE'], 'causes', 'NIAMS'));
  return index;
}

const QUERIES = [
  'How is Noonan syndrome treated?', 'symptoms of noonan syndrome', 'how can I avoid getting diabetis', 'my baby has a red rash',
  'My lupus flares in winter. What can I do to get rid of them?', 'is SLE hereditary', 'glucophage side effects', 'diabetes',
  'dizzy in the morning', 'What is (are) Diabetes?', '', '   ', '🤒 ?!', "'; DROP TABLE x; --", 'the of and', 'a'.repeat(5000),
  `${'lorem ipsum '.repeat(500)} lupus`, 'NOONAN NOONAN noonan', 'prevent diabetes', 'Tay Sachs diseases inheritance',
];
const FILTERS: (SearchFilter | undefined)[] = [undefined, { kind: 'consultation' }, { source: 'NIAMS' }, { questionType: 'treatment' }];

function sameHits(got: { id: string; score: number }[], want: { id: string; score: number }[], what: string): void {
  assert.deepEqual(got.map((h) => h.id), want.map((h) => h.id), what);
  got.forEach((h, i) => assert.ok(Math.abs(h.score - (want[i]?.score ?? Number.NaN)) <= 1e-12, `${what}: score of ${h.id}`));
}

/** search (with filters and paging), similar and explain agree on every query and document. */
function assertSame(a: MedicalSearchIndex, b: MedicalSearchIndex, ids: string[]): void {
  assert.equal(a.size, b.size);
  for (const q of QUERIES) {
    for (const filter of FILTERS) sameHits(a.search(q, { limit: 10, filter }), b.search(q, { limit: 10, filter }), `search ${q.slice(0, 30)}`);
    sameHits(a.search(q, { limit: 2, offset: 1 }), b.search(q, { limit: 2, offset: 1 }), `paged ${q.slice(0, 30)}`);
    // Explaining costs a ranking each: every document for ordinary queries, two for the huge ones.
    for (const id of q.length > 1000 ? ids.slice(0, 2) : ids) {
      const x = a.explain(q, id);
      const y = b.explain(q, id);
      assert.deepEqual({ ...x, score: 0, parts: x.parts.map((p) => ({ ...p, score: 0 })) }, { ...y, score: 0, parts: y.parts.map((p) => ({ ...p, score: 0 })) });
      assert.ok(Math.abs(x.score - y.score) <= 1e-12);
      x.parts.forEach((p, i) => assert.ok(Math.abs(p.score - (y.parts[i]?.score ?? Number.NaN)) <= 1e-12, `${q} ${id} ${p.component}`));
    }
  }
  for (const id of [...ids, 'nope']) sameHits(a.similar(id, 5), b.similar(id, 5), `similar ${id}`);
}

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'askdoc-snapshot-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const load = (file: string, expect: Partial<SnapshotExpectation> = {}) => MedicalSearchIndex.loadSnapshot(file, { storeId: 'test-store', ...expect });
const ALL_IDS = ['N1', 'N2', 'D1', 'D2', 'L1', 'L2', 'T1', 'E1', 'C1', 'C2'];

describe('search index snapshot', () => {
  it('loads an index that answers exactly as the one saved, with its meta', async () => {
    const original = build();
    const file = join(dir, 'small.snap');
    await original.saveSnapshot(file, { storeId: 'test-store', seq: 17 });
    assert.deepEqual(await readdir(dir), ['small.snap'], 'no temporary file is left behind');
    const loaded = await load(file);
    assert.ok(loaded);
    assert.deepEqual(loaded.meta, { storeId: 'test-store', seq: 17 });
    assertSame(loaded.index, original, ALL_IDS);
    assert.equal(loaded.index.search('How is Noonan syndrome treated?', { limit: 1 })[0]?.id, 'N2');
    // Which foci are medicines is rebuilt from the loaded columns, not saved.
    assert.equal(loaded.index.understand('Can metformin cause nausea?').types[0], 'side effects');
  });

  it('indexes and removes after loading exactly as the original does', async () => {
    const original = build();
    const file = join(dir, 'edit.snap');
    await original.saveSnapshot(file, { storeId: 'test-store', seq: 1 });
    const loaded = (await load(file))?.index;
    assert.ok(loaded);
    for (const index of [original, loaded]) {
      index.index(qa('D2', 'How to prevent Diabetes?', 'Exercise.', 'Diabetes', [], 'prevention', 'NIDDK'));
      index.index(qa('G1', 'What are the treatments for Gaucher disease?', 'Enzyme replacement therapy.', 'Gaucher disease', ['Glucocerebrosidase deficiency'], 'treatment'));
      index.index(consultation('C1', 'Rash again\nThe rash on my baby came back after a week.', 'See a dermatologist.', ['Eczema', 'Rash'], 'Dermatology'));
      index.remove('N1');
      index.remove('nope');
    }
    assertSame(loaded, original, [...ALL_IDS, 'G1']);
    assert.equal(loaded.search('gaucher treatment', { limit: 1 })[0]?.id, 'G1');
    // A new question type and a new focus name are known to query understanding after the load too.
    index2Types(loaded, original);
  });

  it('keeps the semantic stage state (term space and expansion counts)', async () => {
    const params = { ...DEFAULT_PARAMS, useSemantic: true };
    const original = build(params);
    const file = join(dir, 'semantic.snap');
    await original.saveSnapshot(file, { storeId: 'test-store', seq: 2 });
    const loaded = (await load(file, { params }))?.index;
    assert.ok(loaded);
    assertSame(loaded, original, ALL_IDS);
    assert.equal(loaded.space.terms.length, original.space.terms.length);
    assert.ok(loaded.space.terms.length > 0);
    loaded.index(qa('V1', 'What is vertigo?', 'A spinning feeling, often from the inner ear.', 'Vertigo', ['Dizziness'], 'information'));
    original.index(qa('V1', 'What is vertigo?', 'A spinning feeling, often from the inner ear.', 'Vertigo', ['Dizziness'], 'information'));
    assertSame(loaded, original, [...ALL_IDS, 'V1']);
  });

  it('keeps compaction state: removals after loading compact at the same point', async () => {
    const params = { ...DEFAULT_PARAMS, useSemantic: true };
    const original = new MedicalSearchIndex(params);
    const docs = generated(2100);
    for (const d of docs) original.index(d);
    // 1001 removals compact the postings; 999 more leave the next compaction two removals away.
    for (let i = 0; i < 2000; i++) original.remove(docs[i]?.id ?? '');
    const file = join(dir, 'compacted.snap');
    await original.saveSnapshot(file, { storeId: 'test-store', seq: 3 });
    const loaded = (await load(file, { params }))?.index;
    assert.ok(loaded);
    const live = docs.slice(2000).map((d) => d.id);
    const queries = docs.slice(1990, 2030).map((d, i) => `${d.question} ${i % 2 ? 'throbbing' : 'numbness'}`);
    const same = (): void => {
      for (const q of queries) sameHits(loaded.search(q, { limit: 10 }), original.search(q, { limit: 10 }), q);
      for (const id of live.slice(0, 20)) sameHits(loaded.similar(id, 5), original.similar(id, 5), id);
    };
    same();
    assert.ok(queries.some((q) => original.understand(q).expansions.length > 0), 'the semantic stage expands some query');
    for (const index of [original, loaded]) {
      index.remove(live[0] ?? '');
      index.remove(live[1] ?? '');
      for (const d of generated(30, 5000)) index.index(d);
    }
    same();
    assert.equal(loaded.size, original.size);
  });

  it('loads an index built without the re-rank stage', async () => {
    const params = { ...DEFAULT_PARAMS, useRerank: false };
    const original = build(params);
    const file = join(dir, 'lexical.snap');
    await original.saveSnapshot(file, { storeId: 'test-store', seq: 4 });
    const loaded = (await load(file, { params }))?.index;
    assert.ok(loaded);
    assertSame(loaded, original, ALL_IDS);
  });
});

describe('search index snapshot refusals', () => {
  let file = '';
  let bytes = Buffer.alloc(0);
  before(async () => {
    file = join(dir, 'good.snap');
    await build().saveSnapshot(file, { storeId: 'test-store', seq: 9 });
    bytes = await readFile(file);
  });

  const refused = async (name: string, content: Buffer | null, expect: Partial<SnapshotExpectation> = {}): Promise<string> => {
    const path = join(dir, name);
    if (content) await writeFile(path, content);
    const reasons: string[] = [];
    assert.equal(await load(path, { ...expect, onReject: (r) => reasons.push(r) }), null);
    assert.equal(reasons.length, 1);
    return reasons[0] ?? '';
  };

  it('answers null for a missing file', async () => {
    assert.match(await refused('missing.snap', null), /cannot open/);
    assert.equal(existsSync(join(dir, 'missing.snap')), false);
  });

  it('answers null for a damaged body, a truncated file, an empty file and a foreign file', async () => {
    const corrupt = Buffer.from(bytes);
    const at = corrupt.length - 1000;
    corrupt[at] = (corrupt[at] ?? 0) ^ 0x55;
    assert.match(await refused('corrupt.snap', corrupt), /checksum/);
    assert.match(await refused('truncated.snap', bytes.subarray(0, bytes.length - 1)), /truncated/);
    assert.match(await refused('cut-header.snap', bytes.subarray(0, 40)), /header/);
    assert.match(await refused('empty.snap', Buffer.alloc(0)), /not a search index/);
    assert.match(await refused('foreign.snap', Buffer.from('{"hello": "world"} and then some more text')), /not a search index/);
    const longer = Buffer.concat([bytes, Buffer.from([0])]);
    assert.match(await refused('longer.snap', longer), /bytes/);
  });

  it('answers null for another format version', async () => {
    const other = Buffer.from(bytes);
    other.writeUInt32LE(other.readUInt32LE(8) + 1, 8);
    assert.match(await refused('version.snap', other), /format/);
  });

  it('answers null for another store, other params and another model', async () => {
    assert.match(await refused('good.snap', null, { storeId: 'other-store' }), /store/);
    assert.match(await refused('good.snap', null, { params: { ...DEFAULT_PARAMS, focusBoost: 0.3 } }), /parameters/);
    assert.match(await refused('good.snap', null, { params: { ...DEFAULT_PARAMS, rerank: { depth: 20, weight: 0.8 } } }), /parameters/);
    assert.match(await refused('good.snap', null, { params: { ...DEFAULT_PARAMS, useRerank: false } }), /parameters/);
    const m = shippedRqeModel();
    const other = new RqeModel(m.vectors, m.groups, { ...m.logistic, bias: m.logistic.bias + 0.5 }, m.threshold, m.meta);
    assert.match(await refused('good.snap', null, { rqe: other }), /model/);
    // The same regression in another object is the same model, whatever threshold and margin it decides with.
    const same = new RqeModel(m.vectors, m.groups, m.logistic, m.threshold + 0.1, { note: 'retuned decision' }, 0.3);
    assert.notEqual(await load(file, { rqe: same }), null, 'the same ranking content loads');
  });

  it('still loads the untouched file', async () => {
    const loaded = await load(file);
    assert.equal(loaded?.meta.seq, 9);
  });
});

/** Question types and focus names added after the load are recognised like on the original. */
function index2Types(a: MedicalSearchIndex, b: MedicalSearchIndex): void {
  for (const index of [a, b]) index.index(qa('S1', 'How to store Insulin?', 'In the fridge.', 'Insulin', [], 'storage and disposal', 'MPlusDrugs'));
  for (const q of ['how should I store insulin', 'insulin storage temperature', 'what is glucocerebrosidase deficiency']) {
    assert.deepEqual(a.understand(q).foci, b.understand(q).foci);
    sameHits(a.search(q, { limit: 5 }), b.search(q, { limit: 5 }), q);
  }
}

/** Deterministic synthetic questions over a small vocabulary, so terms repeat across documents. */
function generated(n: number, from = 0): SearchDoc[] {
  const vocab = ['ache', 'bone', 'cough', 'dizzy', 'ear', 'fever', 'gland', 'heart', 'itch', 'joint', 'kidney', 'liver', 'migraine',
    'nerve', 'oral', 'pain', 'rash', 'skin', 'throat', 'ulcer', 'vein', 'wheeze', 'vertigo', 'renal', 'hepatic', 'cardiac'];
  // Words only answers use: the semantic stage's vocabulary gaps, expanded with question words.
  const answerOnly = ['throbbing', 'swelling', 'numbness', 'burning', 'tingling', 'cramping'];
  const foci = ['Asthma', 'Gout', 'Psoriasis', 'Anemia', 'Hepatitis', 'Nephritis', 'Otitis', 'Arrhythmia'];
  const types = ['symptoms', 'treatment', 'causes', 'prevention', 'information'];
  let seed = 12345 + from;
  const rnd = (k: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % k;
  };
  const words = (k: number): string => Array.from({ length: k }, () => vocab[rnd(vocab.length)]).join(' ');
  return Array.from({ length: n }, (_, i) => {
    const focus = foci[rnd(foci.length)] ?? 'Asthma';
    const type = types[rnd(types.length)] ?? 'information';
    return qa(`G${from + i}`, `What ${type} of ${focus} with ${words(3)}?`, `${words(8)} ${answerOnly[rnd(answerOnly.length)]} ${focus.toLowerCase()} ${words(8)} ${answerOnly[rnd(answerOnly.length)]}`, focus, [`${focus} ${words(1)}`], type, i % 2 ? 'A' : 'B');
  });
}
