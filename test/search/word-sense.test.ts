import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WordCase } from '../../src/search/query/word-case.js';
import { otherSense, type WordInContext } from '../../src/search/query/word-sense.js';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

const at = (word: string, prev = '', next = ''): WordInContext => ({ word, prev, next });

describe('a focus word used in another sense', () => {
  it('tells the focus from the everyday word that shares its stem', () => {
    assert.equal(otherSense('spot', at('spots', 'dark', 'on')), true);
    assert.equal(otherSense('spot', at('spotting', '', 'between')), false);
    assert.equal(otherSense('test', at('tests', 'what', 'are')), true);
    assert.equal(otherSense('test', at('testes', 'undescended', '')), false);
    assert.equal(otherSense('parent', at('parents', 'my', 'both')), true);
    assert.equal(otherSense('parent', at('parenting', 'for', 'a')), false);
    assert.equal(otherSense('later', at('later', 'much', 'can')), true);
    assert.equal(otherSense('medic', at('medical', 'is', 'marijuana')), true);
    assert.equal(otherSense('medic', at('medications', 'my', '')), false);
    assert.equal(otherSense('burn', at('burning', '', 'feet')), true);
    // The gland, unless the medicine is taken.
    assert.equal(otherSense('thyroid', at('thyroid', 'my', 'is')), true);
    assert.equal(otherSense('thyroid', at('thyroid', 'armour', 'with')), false);
    assert.equal(otherSense('thyroid', at('thyroid', 'of', 'tablets')), false);
    assert.equal(otherSense('burn', at('burned', 'i', 'my')), false);
    assert.equal(otherSense('teeth', at('teeth', 'wisdom', 'removed')), true);
    assert.equal(otherSense('teeth', at('teething', 'is', 'and')), false);
    assert.equal(otherSense('enzym', at('enzymes', 'liver', 'are')), true);
    assert.equal(otherSense('enzym', at('enzyme', 'an', '')), false);
    assert.equal(otherSense('stress', at('stress', 'a', 'test')), true);
    assert.equal(otherSense('stress', at('stress', 'does', 'affect')), false);
    assert.equal(otherSense('tear', at('tear', 'cuff', '')), true);
    assert.equal(otherSense('tear', at('tear', 'a', 'in')), true);
    assert.equal(otherSense('tear', at('tears', 'excessive', '')), false);
    assert.equal(otherSense('tear', at('tear', 'artificial', 'drops')), false);
    assert.equal(otherSense('boil', at('boiling', '', 'water')), true);
    assert.equal(otherSense('boil', at('boil', 'a', 'on')), false);
    assert.equal(otherSense('nurs', at('nursing', 'from', 'what')), true);
    assert.equal(otherSense('nurs', at('nurse', 'the', 'said')), false);
    assert.equal(otherSense('drink', at('drink', 'i', 'coffee')), true);
    assert.equal(otherSense('drink', at('drinking', 'binge', 'on')), false);
  });

  it('reads "cold" as the illness only where no temperature is meant', () => {
    assert.equal(otherSense('cold', at('cold', 'always', '')), true);
    assert.equal(otherSense('cold', at('cold', '', 'feet')), true);
    assert.equal(otherSense('cold', at('cold', 'feel', '')), true);
    assert.equal(otherSense('cold', at('cold', 'a', 'and')), false);
    assert.equal(otherSense('cold', at('cold', 'the', 'i')), false);
    assert.equal(otherSense('cold', at('cold', 'to', '')), true);
    assert.equal(otherSense('cold', at('colds', 'to', '')), false);
  });

  it('needs capitals for a short name that is an everyday word, and only for those', () => {
    // MedQuAD writes "HIT" far more often than "hit", so the archive's counts alone would let it through.
    const wordCase = new WordCase();
    wordCase.learn('HIT is rare. HIT follows heparin. Test for HIT. COPD and COPD.');
    assert.equal(wordCase.ordinary('hit'), true);
    assert.equal(wordCase.ordinary('copd'), false);
    // Listed everyday words need capitals however the archive writes them: "dish soap" is no DISH.
    wordCase.learn('DISH affects the spine. DISH and DISH.');
    assert.equal(wordCase.ordinary('dish'), true);
    // A key with no entry is never another sense.
    assert.equal(otherSense('asthma', at('asthma')), false);
  });
});

describe('a word in another sense in a search', () => {
  const docs: SearchDoc[] = [
    { ...aTrustedDoc('VB1', 'What is (are) Vaginal bleeding between periods?', 'Bleeding or spotting between periods can have many causes.', 'Vaginal bleeding between periods', 'information'), synonyms: ['Spotting'] },
    aTrustedDoc('LIV1', 'What is (are) Liver spots?', 'Liver spots are flat, dark spots on the face and hands of older adults.', 'Liver spots', 'information'),
    { ...aTrustedDoc('CC1', 'What is (are) Common cold?', 'A cold is a viral infection of the nose and throat.', 'Common cold', 'information'), synonyms: ['Cold'] },
    { ...aTrustedDoc('HIT1', 'What is (are) Heparin-induced thrombocytopenia?', 'HIT is a fall in platelets caused by heparin.', 'Heparin-induced thrombocytopenia', 'information'), synonyms: ['HIT'] },
  ];
  const ix = anIndexOf(docs);
  const foci = (q: string): string[] => ix.understand(q).foci.map((f) => f.phrase);

  it('names no focus, so the everyday page can come first', () => {
    assert.deepEqual(foci('dark spots on my face'), []);
    assert.equal(ix.search('dark spots on my face', { limit: 1 })[0]?.id, 'LIV1');
    assert.deepEqual(foci('my feet are always cold'), []);
    assert.deepEqual(foci('I hit the table with my hand'), []);
  });

  it('still names the focus in its own sense', () => {
    assert.deepEqual(foci('spotting between periods'), ['Spotting']);
    assert.deepEqual(foci('I caught a cold last week'), ['Cold']);
    assert.deepEqual(foci('signs of HIT after heparin'), ['HIT']);
  });
});
