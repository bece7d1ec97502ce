import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { averagePrecision, condensedRun, parseQrels, precisionAt, reciprocalRank, scoreRun, trecRunLines } from '../../src/search/metrics.js';

// Q1 judges a=4, b=2, c=1, d=3 (R = 3 at grade ≥ 2); Q2 judges only x=1 (R = 0); Q3 nothing.
const qrels = parseQrels(['1 4-Excellent a.txt', '1 2-Related b.txt', '1 1-Incorrect c.txt', '1 3-Correct d.txt', '2 1-Incorrect x.txt', ''].join('\n'));
const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);

describe('LiveQA metrics', () => {
  it('parses qrels and keeps the higher of two judgments', () => {
    const q = parseQrels('7 2-Related A_1_Sec1.txt\n7 4-Excellent A_1_Sec1.txt\n7 3-Correct A_1_Sec2.txt\n');
    assert.equal(q.get('TQ7')?.get('A_1_Sec1'), 4);
    assert.equal(q.get('TQ7')?.get('A_1_Sec2'), 3);
    assert.equal(q.size, 1);
  });

  it('AP@10 divides by min(R, 10) and counts only grade ≥ 2', () => {
    // Relevant at ranks 2 (a) and 4 (b): (1/2 + 2/4) / 3.
    close(averagePrecision(['c', 'a', 'e', 'b'], qrels.get('TQ1'), 2), 1 / 3);
    close(averagePrecision(['a', 'd', 'b'], qrels.get('TQ1'), 2), 1);
    close(averagePrecision(['x'], qrels.get('TQ2'), 2), 0);
    close(averagePrecision([], undefined, 2), 0);
  });

  it('RR and P@10 use the threshold given', () => {
    close(reciprocalRank(['c', 'b', 'a'], qrels.get('TQ1'), 2), 1 / 2);
    close(reciprocalRank(['c', 'b', 'a'], qrels.get('TQ1'), 3), 1 / 3);
    close(precisionAt(['c', 'b', 'a', 'd'], qrels.get('TQ1'), 2), 3 / 10);
  });

  it('averages every measure over all questions, unanswered ones included', () => {
    const m = scoreRun(new Map([['TQ1', ['c', 'a', 'e', 'b']], ['TQ2', ['x']]]), qrels, ['TQ1', 'TQ2', 'TQ3']);
    close(m.avgScore, 0); // rank-1 answers are judged 1 (→ 0) or absent
    close(m.succ2, 0);
    close(m.map10, 1 / 3 / 3);
    close(m.mrr10, 1 / 2 / 3);
    close(m.p10, 2 / 10 / 3);
    close(m.mrr10Strict, 1 / 2 / 3); // a (grade 4) at rank 2
  });

  it('avgScore is judgment − 1 of the rank-1 answer, unjudged counting 0', () => {
    const m = scoreRun(new Map([['TQ1', ['a']], ['TQ2', ['x']], ['TQ3', ['zzz']]]), qrels, ['TQ1', 'TQ2', 'TQ3']);
    close(m.avgScore, 3 / 3);
    close(m.succ2, 1 / 3);
    close(m.succ3, 1 / 3);
    close(m.succ4, 1 / 3);
    const n = scoreRun(new Map([['TQ1', ['b']], ['TQ2', ['x']]]), qrels, ['TQ1', 'TQ2']);
    close(n.avgScore, (1 + 0) / 2);
    close(n.succ2, 1 / 2);
    close(n.succ3, 0);
  });

  it('condensed runs drop unjudged answers, so the first judged one is scored at rank 1', () => {
    const run = new Map([['TQ1', ['zzz', 'a', 'yyy', 'b']], ['TQ3', ['zzz']]]);
    const c = condensedRun(run, qrels);
    assert.deepEqual(c.get('TQ1'), ['a', 'b']);
    assert.deepEqual(c.get('TQ3'), []);
    close(scoreRun(run, qrels, ['TQ1', 'TQ3']).avgScore, 0);
    close(scoreRun(c, qrels, ['TQ1', 'TQ3']).avgScore, 3 / 2);
    close(scoreRun(c, qrels, ['TQ1']).map10, (1 + 1) / 3);
  });

  it('writes TREC run lines', () => {
    assert.deepEqual(trecRunLines('TQ1', [{ id: 'ADAM_0003147_Sec1', score: 2.5 }, { id: 'B', score: 1 }], 'tag'), [
      'TQ1 Q0 ADAM_0003147_Sec1 1 2.500000 tag',
      'TQ1 Q0 B 2 1.000000 tag',
    ]);
  });
});
