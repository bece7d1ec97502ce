import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Bm25fIndex } from '../../src/search/lexical/bm25f.js';

/** Document d holds "x" (d % 3) + 1 times in its question when d is even, and once in its answer when d % 5 = 0. */
function fields(d: number): string[][] {
  const question = d % 2 === 0 ? Array.from({ length: (d % 3) + 1 }, () => 'x') : ['y'];
  return [question, ['focus'], d % 5 === 0 ? ['x'] : ['z']];
}
const expected = (d: number): number[] => [d % 2 === 0 ? (d % 3) + 1 : 0, 0, d % 5 === 0 ? 1 : 0];

describe('Bm25fIndex.fieldFreqs', () => {
  it('finds each document in a long posting list, before and after removals compact it', () => {
    const ix = new Bm25fIndex();
    for (let d = 0; d < 3000; d++) ix.add(d, fields(d));
    for (const d of [0, 1, 2, 3, 10, 1499, 1500, 2998, 2999]) assert.deepEqual(ix.fieldFreqs('x', d), expected(d), `doc ${d}`);
    assert.deepEqual(ix.fieldFreqs('x', 5000), [0, 0, 0]);
    assert.deepEqual(ix.fieldFreqs('unknown', 4), [0, 0, 0]);
    // Removing over a tenth of the documents (and more than 1,000) compacts the postings.
    const removed = new Set<number>();
    for (let d = 0; d < 3000; d += 2) {
      ix.remove(d);
      removed.add(d);
    }
    for (let d = 0; d < 3000; d += 7) assert.deepEqual(ix.fieldFreqs('x', d), removed.has(d) ? [0, 0, 0] : expected(d), `doc ${d} after removals`);
  });
});
