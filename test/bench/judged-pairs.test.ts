import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { overlap, overlapMatchedDraws, readEntailmentLabels, withinQuestionOrder, type JudgedPair } from '../../bench/judged-pairs.js';

const pair = (chq: string, faq: string, entails: boolean): JudgedPair => ({ form: 'original', chq, faq, entails });

describe('withinQuestionOrder', () => {
  // One question, one entailing candidate and two that are not; a second question's candidates
  // are never compared with the first's.
  const q = 'How is lupus treated?';
  const pairs = [
    pair(q, 'What is the therapy for lupus?', true), // shares only "lupus" with the question
    pair(q, 'How is lupus diagnosed?', false), // shares "lupus" too: as much overlap, a hard couple
    pair(q, 'What causes gout?', false), // shares nothing: an easy couple
    pair('What causes gout?', 'Why does gout happen?', true),
  ];

  it('counts couples of the same question, ties half, and the hard ones apart', () => {
    // Entailing 0.9 beats 0.5 (hard) and ties 0.9 (easy): all 1.5 / 2; hard 1 / 1.
    assert.deepEqual(withinQuestionOrder(pairs, [0.9, 0.5, 0.9, 0]), { all: 0.75, hard: 1, hardCouples: 1 });
    // Below the hard negative, above the easy one: all 1 / 2, hard 0 / 1.
    assert.deepEqual(withinQuestionOrder(pairs, [0.4, 0.5, 0.1, 0]), { all: 0.5, hard: 0, hardCouples: 1 });
  });
});

describe('readEntailmentLabels', () => {
  it('reads "Vn ANSWER_ID E|N" lines and skips the header and malformed lines', () => {
    const labels = readEntailmentLabels('# header line\nV1 ADAM_0001967_Sec2 E\nV1 GHR_0000001_Sec1 N\nV2 X_1 maybe\nnot a line\n');
    assert.deepEqual([...labels], [
      ['V1 ADAM_0001967_Sec2', true],
      ['V1 GHR_0000001_Sec1', false],
    ]);
  });
});

describe('overlapMatchedDraws', () => {
  // Entailing pairs overlap their question more than the others, so overlap alone separates
  // them; a matched draw must keep equal numbers of each within every overlap decile.
  const q = 'how is lupus treated with steroids';
  const pairs: JudgedPair[] = [
    ...['how is lupus treated with steroids', 'lupus treated with steroids', 'how is lupus treated', 'lupus treated'].map((f) => pair(q, f, true)),
    ...['lupus treated with steroids', 'lupus', 'what causes gout', 'gout', 'kidney stones', 'lupus diagnosis'].map((f) => pair(q, f, false)),
  ];

  it('balances entailing and other pairs in each overlap decile, reproducibly', () => {
    const draws = overlapMatchedDraws(pairs, 3, 7);
    assert.equal(draws.length, 3);
    for (const idx of draws) {
      assert.equal(new Set(idx).size, idx.length, 'no pair twice');
      const yes = idx.filter((i) => pairs[i]?.entails);
      assert.equal(yes.length * 2, idx.length, 'as many entailing as other pairs');
      // Pairs of equal overlap fall in one decile: the only non-entailing pair that ties an
      // entailing one ("lupus treated with steroids") is the only one that can be drawn.
      for (const i of idx) if (!pairs[i]?.entails) assert.equal(pairs[i]?.faq, 'lupus treated with steroids');
    }
    assert.deepEqual(overlapMatchedDraws(pairs, 3, 7), draws, 'same seed, same draws');
    assert.ok(overlap(q, 'lupus') < overlap(q, 'lupus treated with steroids'));
  });
});
