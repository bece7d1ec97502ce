import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MedicalIndexParams, MedicalSearchIndex } from '../../src/search/medical-index.js';
import { EntailmentReranker, shippedRqeModel } from '../../src/search/rerank/index.js';
import { MAX_QUERY_CHARS } from '../../src/search/text/analyze.js';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

const qa = (id: string, question: string, answer: string, focus: string, qtype: string): SearchDoc =>
  aTrustedDoc(id, question, answer, focus, qtype, { source: 'NIAMS' });

/**
 * The user asks how to get rid of lupus flares. L1 shares "lupus" and "flares" with the question
 * but asks for their causes; L2 shares only "lupus" but asks what the user wants (treatment).
 * Lexically L1 wins by far (1.0 vs 0.5); entailment must put L2 first.
 */
const corpus = (): SearchDoc[] => [
  qa('L1', 'What causes lupus flares?', 'Cold weather, infections and less sunlight can trigger flares.', 'Lupus', 'causes'),
  qa('L2', 'How is lupus treated?', 'Hydroxychloroquine, steroids and sun protection.', 'Lupus', 'treatment'),
  qa('L3', 'What are the symptoms of lupus?', 'Joint pain, rash, fatigue.', 'Lupus', 'symptoms'),
  qa('A1', 'What are the symptoms of Asthma?', 'Wheezing and breathlessness.', 'Asthma', 'symptoms'),
  qa('A2', 'How to prevent Asthma attacks in winter?', 'Avoid cold air and triggers.', 'Asthma', 'prevention'),
];
const QUERY = 'My lupus flares in winter. What can I do to get rid of them?';

const build = (over: Partial<MedicalIndexParams>): MedicalSearchIndex => anIndexOf(corpus(), over);
const ids = (index: MedicalSearchIndex, q: string, limit = 5): string[] => index.search(q, { limit }).map((h) => h.id);

describe('entailment re-rank', () => {
  it('scores pairs exactly as the model does, from the index-time analysis', () => {
    const model = shippedRqeModel();
    const reranker = new EntailmentReranker(model);
    const faqs = corpus().map((d) => d.question);
    faqs.push('What is (are) Lupus ?', 'Do you have information about lupus [ Lupus ]', '', '🤒');
    faqs.forEach((f, n) => reranker.add(n, f));
    for (const q of [QUERY, 'lupus treatment', 'I was diagnosed with lupos last year. how do i know if it is inherited?', '', '💊 ?!']) {
      const ctx = reranker.prepare(q);
      faqs.forEach((f, n) => assert.ok(Math.abs(ctx.score(n) - model.score(q, f)) < 1e-9, `${q} | ${f}`));
    }
    reranker.remove(0);
    assert.equal(reranker.prepare(QUERY).score(0), 0);
  });

  it('moves the entailing question above a lexically closer one that asks something else', () => {
    const lexical = build({ useRerank: false });
    const before = ids(lexical, QUERY);
    assert.equal(before[0], 'L1', `lexical order ${before.join(' ')}`);
    assert.ok(before.indexOf('L2') > 0);
    const model = shippedRqeModel();
    // The model's verdicts that justify the move.
    assert.ok(model.score(QUERY, 'How is lupus treated?') > model.score(QUERY, 'What causes lupus flares in winter?'));
    const reranked = build({ useRerank: true, rerank: { depth: 10, weight: 1 } });
    assert.equal(ids(reranked, QUERY)[0], 'L2');
    // The shipped defaults make the same move.
    assert.equal(ids(build({}), QUERY)[0], 'L2');
  });

  it('re-ranks only the top `depth` candidates and keeps scores descending and paging consistent', () => {
    const shallow = build({ useRerank: true, rerank: { depth: 1, weight: 1 } });
    // With depth 1 the top lexical hit only gains: L2 cannot pass it.
    assert.equal(ids(shallow, QUERY)[0], 'L1');
    const index = build({ useRerank: true, rerank: { depth: 3, weight: 1 } });
    const all = index.search(QUERY, { limit: 10 });
    for (let i = 1; i < all.length; i++) assert.ok((all[i - 1]?.score ?? 0) >= (all[i]?.score ?? 0));
    assert.deepEqual(index.search(QUERY, { limit: 2, offset: 1 }).map((h) => h.id), all.slice(1, 3).map((h) => h.id));
    assert.deepEqual(index.search(QUERY, { limit: 10, offset: 2 }).map((h) => h.id), all.slice(2).map((h) => h.id));
    assert.deepEqual(ids(index, QUERY, 1), [all[0]?.id]);
  });

  it('is the plain ranking when off or weighted 0', () => {
    const off = build({ useRerank: false });
    const zero = build({ useRerank: true, rerank: { depth: 30, weight: 0 } });
    for (const q of [QUERY, 'asthma in winter', 'symptoms']) assert.deepEqual(zero.search(q, { limit: 5 }), off.search(q, { limit: 5 }));
  });

  it('explains the re-rank as its own component, summing to the search score', () => {
    const index = build({ useRerank: true, rerank: { depth: 10, weight: 1 } });
    const top = index.search(QUERY, { limit: 1 })[0];
    assert.ok(top);
    const e = index.explain(QUERY, top.id);
    assert.deepEqual(e.parts.map((p) => p.component), ['bm25f', 'focus+type', 'list', 'population', 'rqe']);
    assert.equal(e.score.toFixed(6), top.score.toFixed(6));
    const far = build({ useRerank: true, rerank: { depth: 1, weight: 1 } }).explain(QUERY, 'L2');
    assert.equal(far.parts.find((p) => p.component === 'rqe')?.score, 0);
  });

  it('honours filters and removals', () => {
    const index = build({ useRerank: true, rerank: { depth: 10, weight: 1 } });
    assert.deepEqual(index.search(QUERY, { limit: 5, filter: { questionType: 'causes' } }).map((h) => h.id), ['L1']);
    index.remove('L2');
    assert.ok(!ids(index, QUERY).includes('L2'));
    index.index(corpus()[1] as SearchDoc);
    assert.equal(ids(index, QUERY)[0], 'L2');
  });

  it('answers odd, empty and huge queries without throwing', () => {
    const index = build({ useRerank: true, rerank: { depth: 50, weight: 1 } });
    for (const q of ['', '   ', '🤒🤕💊', '?!?!', 'a'.repeat(10_000), 'lupus '.repeat(3_000), `${'word'.repeat(3)} `.repeat(2_000)]) {
      const hits = index.search(q, { limit: 10 });
      for (const h of hits) assert.ok(Number.isFinite(h.score));
      assert.doesNotThrow(() => index.explain(q, 'L1'));
    }
    assert.deepEqual(index.search('🤒 ?!', { limit: 5 }), []);
    // Many distinct words: the re-rank, like the lexical query, reads only the query's head
    // (bench:liveqa times such queries).
    const long = Array.from({ length: 1500 }, (_, i) => `lupus${i.toString(36)} winter`).join(' ');
    assert.ok(long.length > MAX_QUERY_CHARS);
    assert.deepEqual(index.search(long, { limit: 10 }), index.search(long.slice(0, MAX_QUERY_CHARS), { limit: 10 }));
  });
});
