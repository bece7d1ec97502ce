import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

describe('a substance told as swallowed or breathed in', () => {
  const docs: SearchDoc[] = [
    aTrustedDoc('D1', 'What is (are) Detergent poisoning ?', 'Swallowing or breathing in laundry or dish soap can harm the mouth and throat.', 'Detergent poisoning', 'information'),
    aTrustedDoc('D2', 'What is (are) Laundry ?', 'How to wash clothes with detergent at home.', 'Laundry', 'information'),
    aTrustedDoc('L1', 'What is (are) Lead poisoning ?', 'Lead builds up in the body over months or years.', 'Lead poisoning', 'information'),
    aTrustedDoc('L2', 'What is (are) Paint ?', 'Old paint on walls and windows.', 'Paint', 'information'),
    { ...aTrustedDoc('M1', 'What is (are) Methamphetamine overdose ?', 'Too much of the stimulant.', 'Methamphetamine overdose', 'information'), synonyms: ['Ice overdose'] },
    aTrustedDoc('M2', 'What is (are) Methamphetamine ?', 'A stimulant drug.', 'Methamphetamine', 'information'),
  ];
  const index = anIndexOf(docs, { useRerank: false });
  const foci = (q: string): string[] => index.understand(q).foci.map((f) => f.phrase);
  const first = (ix: ReturnType<typeof anIndexOf>, q: string): string | undefined => ix.search(q, { limit: 1 })[0]?.id;

  it('names its poisoning page, which then comes first', () => {
    assert.ok(foci('my toddler swallowed some detergent, what do we do?').includes('Detergent poisoning'));
    assert.equal(first(index, 'my toddler swallowed some detergent, what do we do?'), 'D1');
    assert.ok(foci('we were exposed to lead from old paint').includes('Lead poisoning'));
    // Its place is counted in the whole question's words, as every focus's is.
    const told = index.understand('He is two. Then he swallowed detergent!').foci.find((f) => f.phrase === 'Detergent poisoning');
    assert.deepEqual([told?.start, told?.length], [6, 1]);
    const without = anIndexOf(docs, { useRerank: false, poisonings: false });
    assert.ok(!without.understand('my toddler swallowed some detergent, what do we do?').foci.some((f) => f.phrase === 'Detergent poisoning'));
  });

  it('names none where nothing was taken in, or in another sentence', () => {
    assert.ok(!foci('which detergent is best for sensitive skin?').includes('Detergent poisoning'));
    assert.ok(!foci('How should she be followed after that exposure? Detergent?').includes('Detergent poisoning'));
  });

  it('reads exposure as a poisoning, not an overdose, and an everyday word as no street name', () => {
    assert.ok(!foci('what are the effects of methamphetamine exposure before birth').includes('Methamphetamine overdose'));
    assert.ok(foci('he swallowed a bag of methamphetamine').includes('Methamphetamine overdose'));
    // "Ice overdose" is a street name of the overdose page, and "ice" an everyday word.
    assert.deepEqual(foci('the kids ate ice all afternoon').filter((f) => /overdose/i.test(f)), []);
  });
});
