import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withinQuestionOrder, type JudgedPair } from '../../bench/judged-pairs.js';

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
