import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PARAMS, MedicalSearchIndex } from '../../src/search/medical-index.js';
import { asksAboutChild, pagePopulation } from '../../src/search/query/population.js';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

describe('whom a page is written for', () => {
  it('reads children and adults from the main name', () => {
    const cases: [string, 'child' | 'adult' | null][] = [
      ['Stuffy or runny nose - children', 'child'],
      ['Childhood Liver Cancer', 'child'],
      ['Low calcium level - infants', 'child'],
      ['Acetaminophen dosing for children', 'child'],
      ['Stuffy or runny nose - adult', 'adult'],
      ['Adult Primary Liver Cancer', 'adult'],
      ['Sleep apnea', null],
      // A word inside another word is not the word.
      ['Kidney stones', null],
    ];
    for (const [name, want] of cases) assert.equal(pagePopulation(name), want, name);
  });
});

describe('whether a question speaks of a child', () => {
  it('hears a child by a word or by an age under 18', () => {
    for (const q of ['my son has a cough', 'Is a fever of 101 dangerous for a baby?', 'my 7 year old wets the bed', 'our 3 months old spits up', 'my 2yo bites', 'sore throat in kids', 'acne at puberty']) {
      assert.equal(asksAboutChild(q), true, q);
    }
  });

  it('does not take a duration or an adult age for a child', () => {
    for (const q of ['I have had headaches for 3 years', 'my nose is always stuffy', 'I am 35 years old with a rash', 'What causes low serum calcium?']) {
      assert.equal(asksAboutChild(q), false, q);
    }
  });
});

describe('a page for the wrong population in a search', () => {
  const docs: SearchDoc[] = [
    aTrustedDoc('KID', 'What is (are) Stuffy or runny nose - children?', 'A stuffy nose in a child is often a cold; use saline drops and a bulb syringe for a stuffy nose.', 'Stuffy or runny nose - children', 'information', { synonyms: ['Runny nose', 'Stuffy nose'] }),
    aTrustedDoc('ADU', 'What is (are) Stuffy or runny nose - adult?', 'A stuffy nose is often a cold or an allergy; saline spray helps.', 'Stuffy or runny nose - adult', 'information', { synonyms: ['Runny nose', 'Stuffy nose'] }),
  ];
  const build = (penalty: number): MedicalSearchIndex => anIndexOf(docs, { childPagePenalty: penalty, adultPagePenalty: penalty, useRerank: false });

  it('serves a question about nobody in particular with the general or adult page', () => {
    // Without the rule the children's page wins on its words.
    assert.equal(build(0).search('my nose is always stuffy', { limit: 1 })[0]?.id, 'KID');
    assert.equal(build(DEFAULT_PARAMS.childPagePenalty).search('my nose is always stuffy', { limit: 1 })[0]?.id, 'ADU');
  });

  it('serves a question about a child with the page for children', () => {
    assert.equal(build(DEFAULT_PARAMS.adultPagePenalty).search("my toddler's nose is always stuffy", { limit: 1 })[0]?.id, 'KID');
  });

  it('explains the mark-down as its own part', () => {
    const parts = build(DEFAULT_PARAMS.childPagePenalty).explain('my nose is always stuffy', 'KID').parts;
    assert.equal(parts.find((p) => p.component === 'population')?.score, -DEFAULT_PARAMS.childPagePenalty);
  });

  it('gives a page for another population no re-rank credit', () => {
    // The entailment model reads no population: alone it would lift the children's page back.
    const index = anIndexOf(docs, { useRerank: true, rerank: { depth: 10, weight: 1 } });
    const rqe = (q: string, id: string): number | undefined => index.explain(q, id).parts.find((p) => p.component === 'rqe')?.score;
    assert.equal(rqe('my nose is always stuffy', 'KID'), 0);
    assert.ok((rqe('my nose is always stuffy', 'ADU') ?? 0) > 0);
    assert.ok((rqe("my toddler's nose is always stuffy", 'KID') ?? 0) > 0);
    assert.equal(rqe("my toddler's nose is always stuffy", 'ADU'), 0);
  });
});
