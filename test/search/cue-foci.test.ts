import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dropTypeNamedFoci } from '../../src/search/query/cue-foci.js';
import type { FocusMatch } from '../../src/search/query/focus.js';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

const focus = (phrase: string, key: number): FocusMatch => ({ key, phrase, terms: [], start: key, length: 1, namedByStopWord: false });
const names = (foci: FocusMatch[]): string[] => dropTypeNamedFoci(foci).map((f) => f.phrase);

describe('a page named like a question type', () => {
  it('yields to the focus the question asks about', () => {
    assert.deepEqual(names([focus('Side effects', 1), focus('Chemotherapy', 2)]), ['Chemotherapy']);
    assert.deepEqual(names([focus('Clinical Trials', 1), focus('ALS', 2)]), ['ALS']);
    assert.deepEqual(names([focus('Breast cancer', 1), focus('Genetics', 2), focus('Inheritance', 3)]), ['Breast cancer']);
    assert.deepEqual(names([focus('First Aid', 1), focus('Jellyfish stings', 2)]), ['Jellyfish stings']);
  });

  it('stays when it is all the question names, or the other focus is medicines in general', () => {
    assert.deepEqual(names([focus('Side effects', 1)]), ['Side effects']);
    assert.deepEqual(names([focus('Side effects', 1), focus('Medications', 2)]), ['Side effects', 'Medications']);
    assert.deepEqual(names([focus('Clinical Trials', 1), focus('Drugs', 2)]), ['Clinical Trials', 'Drugs']);
  });
});

// "Side effects" is a synonym of Drug Reactions, as in MedlinePlus; unrelated pages make the names rare.
const filler = Array.from({ length: 200 }, (_, i) =>
  aTrustedDoc(`OTH${i}`, `What is (are) Condition ${i} ?`, `Condition ${i} is a rare disorder of the skin.`, `Condition ${i}`, 'information'));
const docs: SearchDoc[] = [
  ...filler,
  aTrustedDoc('DRUGREACT', 'What is (are) Drug Reactions ?', 'Drug reactions are problems a medicine causes besides its intended effect, from a rash to a severe allergic reaction.', 'Drug Reactions', 'information', { synonyms: ['Side effects', 'Adverse drug event'] }),
  aTrustedDoc('CHEMO', 'Do you have information about Chemotherapy', 'Chemotherapy treats cancer with medicines. Its side effects include nausea, hair loss and tiredness.', 'Chemotherapy', 'information'),
];

describe('searching for the side effects of a treatment', () => {
  it('finds the treatment\'s page first, and the general page when no treatment is named', () => {
    const index = anIndexOf(docs);
    assert.equal(index.search('What are the side effects of chemotherapy?', { limit: 1 })[0]?.id, 'CHEMO');
    assert.equal(index.search('What are side effects?', { limit: 1 })[0]?.id, 'DRUGREACT');
    const without = anIndexOf(docs, { typeNamedFoci: false });
    assert.equal(without.search('What are the side effects of chemotherapy?', { limit: 1 })[0]?.id, 'DRUGREACT');
  });
});
