import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isStreetNameOf, rewriteStreetNames } from '../../src/search/query/street-names.js';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

describe('street names of drugs', () => {
  it('are street names only of the drug they name', () => {
    assert.equal(isStreetNameOf('Junk', 'Heroin'), true);
    assert.equal(isStreetNameOf('Weed', 'Substance use - marijuana'), true);
    // The same letters as the acronym of a page about no drug.
    assert.equal(isStreetNameOf('POT', 'Primary orthostatic tremor'), false);
    // A name that is no everyday word stays a synonym.
    assert.equal(isStreetNameOf('Ganja', 'Marijuana'), false);
  });

  it('read as the drug only where the query speaks of taking it', () => {
    const cases: [string, string][] = [
      ['Is smoking weed bad for your lungs?', 'Is smoking marijuana bad for your lungs?'],
      ['my son is addicted to crack', 'my son is addicted to cocaine'],
      ['signs of ice addiction', 'signs of methamphetamine addiction'],
      ['side effects of snorting coke', 'side effects of snorting cocaine'],
      ['how long does weed stay in your system', 'how long does marijuana stay in your system'],
      ['how accurate is a weed drug test', 'how accurate is a marijuana drug test'],
      ['I think my son is using ice.', 'I think my son is using methamphetamine.'],
    ];
    for (const [raw, want] of cases) assert.equal(rewriteStreetNames(raw).text, want, raw);
    for (const raw of ['is junk food bad for kids', 'blood when I blow my nose', 'should I put ice on a sprain', 'dry and cracked skin', 'grass allergy', 'I smoke and take vitamin C',
      // Ice for an injury: the name does not end the sentence.
      'I am using ice on my ankle', 'using ice and heat for back pain', 'is it better to use ice packs']) {
      assert.deepEqual(rewriteStreetNames(raw), { text: raw, rewrites: [] }, raw);
    }
  });
});

describe('a street name in a search', () => {
  const heroin: SearchDoc = {
    ...aTrustedDoc('HER1', 'Do you have information about Heroin', 'Heroin is an opioid drug made from morphine.', 'Heroin', 'information'),
    synonyms: ['Junk', 'Smack', 'Skag'],
  };
  const docs: SearchDoc[] = [
    heroin,
    aTrustedDoc('NUT1', 'What is (are) Nutrition for children?', 'Children need fruit and vegetables; limit food high in sugar and fat.', 'Nutrition for children', 'information'),
  ];
  const ix = anIndexOf(docs);

  it('does not make a drug the focus of an everyday question', () => {
    assert.equal(ix.search('is junk food bad for children', { limit: 1 })[0]?.id, 'NUT1');
    assert.deepEqual(ix.explain('is junk food bad for children', 'HER1').query.foci, []);
  });

  it('still finds the drug by its name, and by a street name that is no everyday word', () => {
    assert.equal(ix.search('is skag addictive', { limit: 1 })[0]?.id, 'HER1');
    assert.equal(ix.search('my brother is hooked on smack', { limit: 1 })[0]?.id, 'HER1');
  });
});
