import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PARAMS, MedicalSearchIndex } from '../../src/search/medical-index.js';
import { personTerms } from '../../src/search/query/persons.js';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

describe('whom a question is about', () => {
  it('reads the person, with age and kind, only after a possessive', () => {
    assert.deepEqual([...personTerms('my toddler has a fever')], ['toddler']);
    assert.deepEqual([...personTerms('her 3 year old son has a rash')], ['3', 'year', 'son']);
    assert.deepEqual([...personTerms('our little baby girl has colic')], ['littl', 'babi', 'girl']);
    assert.deepEqual([...personTerms('My husband snores')], ['husband']);
    // Not a person the question is about: a page's subject, or no possessive.
    assert.deepEqual([...personTerms('toddler development milestones')], []);
    assert.deepEqual([...personTerms('the child has a cough')], []);
  });
});

describe('a person word in a search', () => {
  const docs: SearchDoc[] = [
    aTrustedDoc('TOD1', 'Do you have information about Toddler Health', 'Toddlers grow fast; keep your toddler safe and see the doctor for toddler checkups.', 'Toddler Health', 'information'),
    aTrustedDoc('FEV1', 'What is (are) Fever?', 'A fever is a body temperature above normal. Give fluids and watch for warning signs.', 'Fever', 'information'),
    // "Fever" is in many pages' names, "toddler" in few: alone, the rarer word wins.
    aTrustedDoc('DEN1', 'What is (are) Dengue fever?', 'Dengue fever is a viral illness spread by mosquitoes; fever, rash and aches.', 'Dengue fever', 'information'),
    aTrustedDoc('QFV1', 'What is (are) Q fever?', 'Q fever is an infection caught from farm animals; fever and headache.', 'Q fever', 'information'),
    aTrustedDoc('HAY1', 'What is (are) Hay fever?', 'Hay fever is an allergy to pollen, with sneezing but no fever.', 'Hay fever', 'information'),
    aTrustedDoc('TDV1', 'Do you have information about Toddler development', 'Toddler development covers the skills toddlers learn between one and three.', 'Toddler development', 'information'),
  ];
  const build = (personWeight: number): MedicalSearchIndex => anIndexOf(docs, { personWeight, useRerank: false });

  it('weighs the named complaint above the person who has it', () => {
    assert.equal(build(1).search('my toddler has a fever', { limit: 1 })[0]?.id, 'TOD1');
    assert.equal(build(DEFAULT_PARAMS.personWeight).search('my toddler has a fever', { limit: 1 })[0]?.id, 'FEV1');
  });

  it('keeps the person word whole when it is part of the focus the query names', () => {
    const ix = build(DEFAULT_PARAMS.personWeight);
    assert.equal(ix.understand('my toddler has a fever').terms.get('toddler'), DEFAULT_PARAMS.personWeight);
    assert.equal(ix.understand('is my toddler development normal').terms.get('toddler'), 1);
    // No focus named: nothing else to weigh the person against.
    assert.equal(ix.understand('my toddler is grumpy').terms.get('toddler'), 1);
  });
});
