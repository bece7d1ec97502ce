import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PARAMS, MedicalSearchIndex } from '../../src/search/medical-index.js';
import { MAX_QUERY_CHARS } from '../../src/search/text/analyze.js';

const index = new MedicalSearchIndex({ ...DEFAULT_PARAMS, useSemantic: true });
index.index({
  id: 'D1', kind: 'trusted-qa', question: 'What is (are) Diabetes?', answer: 'Diabetes is a disease of high blood glucose.',
  focus: ['Diabetes'], synonyms: [], questionType: 'information', source: 'NIDDK', groupId: 'g',
});
index.index({
  id: 'A1', kind: 'trusted-qa', question: 'What are the symptoms of Asthma?', answer: '', focus: ['Asthma'], synonyms: [],
  questionType: 'symptoms', source: 'ADAM', groupId: 'a',
});

describe('search robustness', () => {
  const odd = [
    '', '   ', '?!?!...', '🤒🤕💊', "'; DROP TABLE trusted_qas; --", '<script>alert(1)</script>', '\u0000\u0001\uFFFF',
    'a'.repeat(10_000), 'diabetes '.repeat(2_000), `${'lorem ipsum '.repeat(900)} diabetes`,
  ];
  for (const q of odd) {
    it(`answers ${JSON.stringify(q.slice(0, 30))}${q.length > 30 ? '…' : ''} without throwing`, () => {
      const hits = index.search(q, { limit: 10 });
      assert.ok(Array.isArray(hits));
      for (const h of hits) assert.ok(Number.isFinite(h.score));
      assert.doesNotThrow(() => index.explain(q, 'D1'));
    });
  }

  it('gives nothing for queries without words and finds the focus inside markup or SQL', () => {
    assert.deepEqual(index.search('🤒 ?!', { limit: 5 }), []);
    assert.equal(index.search('<b>diabetes</b>', { limit: 5 })[0]?.id, 'D1');
    assert.equal(index.search("' OR 1=1; -- asthma symptoms", { limit: 5 })[0]?.id, 'A1');
  });

  // What bounds the cost of a pasted essay (bench:liveqa times it): only its head is read.
  it('reads only the first MAX_QUERY_CHARS characters of a 10,000-character query', () => {
    const essay = `my asthma ${'and then some more words about my day '.repeat(264)}`;
    assert.ok(essay.length > 10_000);
    assert.deepEqual(index.search(essay, { limit: 10 }), index.search(essay.slice(0, MAX_QUERY_CHARS), { limit: 10 }));
    const late = `${'and then some more words about my day '.repeat(110)} diabetes`;
    assert.ok(late.length > MAX_QUERY_CHARS);
    assert.equal(index.search(late.slice(-40), { limit: 5 })[0]?.id, 'D1');
    assert.notEqual(index.search(late, { limit: 5 })[0]?.id, 'D1');
  });

  it('handles odd paging values', () => {
    assert.deepEqual(index.search('diabetes', { limit: -3 }), []);
    assert.deepEqual(index.search('diabetes', { limit: 5, offset: 50 }), []);
    assert.equal(index.search('diabetes', { limit: 5, offset: -1 })[0]?.id, 'D1');
  });
});
