import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eponymShortNames, nameEponyms } from '../../src/search/query/eponyms.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

// The archive's names as a lexicon would hold them (exact text here, for the sake of the test).
const names = new Set(["Parkinson's disease", "Bell's palsy", "Graves' disease", 'Heart disease', 'Hashimoto syndrome', 'Child syndrome', 'CHILD']);
const isFocus = (p: string): boolean => names.has(p);

describe('a disease called by the name of a person alone', () => {
  it('adds the noun that makes the name a focus of the archive', () => {
    assert.equal(nameEponyms("my dad has Parkinson's", isFocus).text, "my dad has Parkinson's disease");
    assert.equal(nameEponyms("is it Bell's?", isFocus).text, "is it Bell's palsy?");
    assert.equal(nameEponyms("is Graves' hereditary", isFocus).text, "is Graves' disease hereditary");
    // Where the archive writes the name without the possessive, so is it written.
    assert.equal(nameEponyms("Hashimoto's diet", isFocus).text, 'Hashimoto syndrome diet');
    assert.deepEqual(nameEponyms("my dad has Parkinson's", isFocus).rewrites, [{ from: "Parkinson's", to: "Parkinson's disease" }]);
    // Followed by its noun, the name loses the possessive only where the archive writes it without.
    const plain = (p: string): boolean => isFocus(p) || p === 'Addison disease';
    assert.equal(nameEponyms("life expectancy with Addison's disease", plain).text, 'life expectancy with Addison disease');
    assert.equal(nameEponyms("is Bell's palsy contagious", plain).text, "is Bell's palsy contagious");
    assert.equal(nameEponyms("Smith's disease", plain).text, "Smith's disease");
  });

  it('reads the names people write in lower case or without the apostrophe', () => {
    const withAlz = (p: string): boolean => isFocus(p) || p === "Alzheimer's disease" || p === "Crohn's disease";
    assert.equal(nameEponyms('my mom has alzheimers', withAlz).text, "my mom has Alzheimer's disease");
    assert.equal(nameEponyms("my mom has alzheimer's, is it hereditary", withAlz).text, "my mom has Alzheimer's disease, is it hereditary");
    assert.equal(nameEponyms('crohns flare', withAlz).text, "Crohn's disease flare");
    // Once, whichever way it came; and an everyday word in the possessive stays as typed.
    assert.equal(nameEponyms("my mom has Alzheimer's", withAlz).text, "my mom has Alzheimer's disease");
    assert.equal(nameEponyms("crohn's disease diet", withAlz).text, "crohn's disease diet");
    assert.equal(nameEponyms("the heart's valves", (p) => p === 'heart disease').text, "the heart's valves");
  });

  it('leaves a name that has its noun, an everyday possessive, an "\'s" that means "is", and names of no focus', () => {
    for (const text of ["Parkinson's disease and tremor", "What is Child's classification of cirrhosis?", "my mom's memory", "Heart's racing at night", "the heart's valves", "Smith's garden", "Bell's been ringing"]) {
      assert.equal(nameEponyms(text, isFocus).text, text, text);
    }
  });

  it('lets the bare name be the focus of a search', () => {
    const ix = anIndexOf([
      aTrustedDoc('PD1', 'What is (are) Parkinson disease ?', 'A disorder of movement.', 'Parkinson disease', 'information'),
      aTrustedDoc('MEM1', 'What is (are) Memory ?', 'How we remember.', 'Memory', 'information'),
    ]);
    const q = ix.understand("My dad has memory problems, is it Parkinson's?");
    assert.deepEqual(q.foci.map((f) => f.phrase), ['Memory', 'Parkinson disease']);
    assert.deepEqual(ix.understand("My dad has memory problems, is it Parkinson's?").rewrites, ["Parkinson's → Parkinson disease"]);
  });

  it('files a page named after people under their names alone', () => {
    assert.deepEqual(eponymShortNames('Charcot-Marie-Tooth disease'), ['Charcot-Marie-Tooth']);
    assert.deepEqual(eponymShortNames('McCune-Albright syndrome'), ['McCune-Albright']);
    for (const name of ['Post-splenectomy syndrome', 'Hand-foot-mouth disease', 'Charcot-Marie-Tooth disease type 1E', 'Parkinson disease', 'HAIR-AN syndrome']) {
      assert.deepEqual(eponymShortNames(name), [], name);
    }
    const ix = anIndexOf([
      aTrustedDoc('CMT1', 'What is (are) Charcot-Marie-Tooth disease ?', 'A disorder of the nerves.', 'Charcot-Marie-Tooth disease', 'information'),
      aTrustedDoc('CMT2', 'What is (are) Charcot-Marie-Tooth disease type 1E ?', 'One type of it.', 'Charcot-Marie-Tooth disease type 1E', 'information'),
    ]);
    assert.deepEqual(ix.understand('I read Charcot-Marie-Tooth in my report').foci.map((f) => f.phrase), ['Charcot-Marie-Tooth']);
    assert.equal(ix.search('what is charcot marie tooth', { limit: 1 })[0]?.id, 'CMT1');
  });
});
