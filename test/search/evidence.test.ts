import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

const docs: SearchDoc[] = [
  aTrustedDoc('XRY1', 'Do you have information about X-Rays', 'X-rays make pictures of bones; a knee x-ray shows the joint space.', 'X-Rays', 'information', { synonyms: ['X-ray'] }),
  aTrustedDoc('OST5', 'What are the treatments for Osteoarthritis ?', 'Exercise, weight loss and pain medicines; a knee replacement when the joint is worn.', 'Osteoarthritis', 'treatment'),
  aTrustedDoc('BIO1', 'What is (are) Biopsy ?', 'A biopsy removes a small piece of tissue to look at it.', 'Biopsy', 'information'),
];

describe('a test told as the evidence', () => {
  const index = anIndexOf(docs);
  const foci = (q: string): string[] => index.understand(q).foci.map((f) => f.phrase);

  it('is no focus where the question is about what it showed', () => {
    assert.deepEqual(foci('my knee x-ray shows osteoarthritis, what is the treatment?'), ['Osteoarthritis']);
    assert.deepEqual(foci('the biopsy came back as osteoarthritis'), ['Osteoarthritis']);
    assert.deepEqual(foci('x-ray results showed osteoarthritis'), ['Osteoarthritis']);
    assert.equal(index.search('my knee x-ray shows osteoarthritis, what is the treatment?', { limit: 1 })[0]?.id, 'OST5');
  });

  it('stays the focus where it is asked about, or is all there is', () => {
    assert.deepEqual(foci('how is an x-ray done'), ['X-Rays']);
    assert.deepEqual(foci('does an x-ray show osteoarthritis'), ['X-Rays', 'Osteoarthritis']);
    assert.deepEqual(foci('my x-ray showed nothing, what now'), ['X-Rays']);
    // What was found is the question: "found" follows it.
    assert.deepEqual(foci('osteoarthritis found on x-ray, what now'), ['Osteoarthritis', 'X-Rays']);
  });
});
