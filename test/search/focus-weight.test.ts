import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

// Many syndromes, each with an outlook page: "syndrome" says nothing, and "down" is a stop word.
const SYNDROMES = ['Sotos', 'Moebius', 'Empty sella', 'Turner', 'Noonan', 'Williams', 'Rett', 'Marfan', 'Usher', 'Alport'];
const docs: SearchDoc[] = [
  ...SYNDROMES.map((name, i) =>
    aTrustedDoc(`SYN${i}`, `What is the outlook for ${name} syndrome ?`, `Most people with ${name} syndrome have a normal life expectancy.`, `${name} syndrome`, 'outlook')),
  aTrustedDoc('DOWN7', 'What is the outlook for Down syndrome ?', 'Many people with Down syndrome live into their sixties; heart defects shorten life expectancy for some.', 'Down syndrome', 'outlook'),
  aTrustedDoc('DOWN1', 'What is (are) Down syndrome ?', 'Down syndrome is caused by an extra copy of chromosome 21; the chance rises with the mother\'s age.', 'Down syndrome', 'information'),
  aTrustedDoc('MIDD', 'What is (are) Maternally inherited diabetes and deafness ?', 'Diabetes and hearing loss passed on by the mother.', 'Maternally inherited diabetes and deafness', 'information'),
];

// Hepatitis A to E: to the analyser every one of them is "hepatitis".
const HEPATITIS: SearchDoc[] = [
  ...['A', 'B', 'D', 'E'].map((l) =>
    aTrustedDoc(`HEP${l}`, `What is (are) Hepatitis ${l} ?`, `Hepatitis ${l} is a liver infection caused by a virus.`, `Hepatitis ${l}`, 'information')),
  aTrustedDoc('HEPBVAX', 'Why get vaccinated with Hepatitis B Vaccine ?', 'The hepatitis B vaccine prevents hepatitis B. Every baby gets the vaccine.', 'Hepatitis B Vaccine', 'why get vaccinated'),
  aTrustedDoc('HEPC9', 'How to prevent Hepatitis C ?', 'Do not share needles or razors. No vaccine protects against it yet.', 'Hepatitis C', 'prevention'),
];

describe('the weight of a focus named by a word the analyser drops', () => {
  const question = 'what is the life expectancy of someone with down syndrome';

  it('weighs "Down syndrome" by how few pages are about it, so its own outlook page comes first', () => {
    assert.equal(anIndexOf(docs, { useRerank: false }).search(question, { limit: 1 })[0]?.id, 'DOWN7');
  });

  it('weighs it by its terms alone without either option, where any syndrome\'s outlook may win', () => {
    const top = anIndexOf(docs, { useRerank: false, nameIdf: false, nameTerms: false }).search(question, { limit: 1 })[0]?.id;
    assert.notEqual(top, 'DOWN7');
  });
});

describe('the term standing for such a name', () => {
  const first = (ds: SearchDoc[], q: string, nameTerms: boolean): string | undefined =>
    anIndexOf(ds, { useRerank: false, nameTerms }).search(q, { limit: 1 })[0]?.id;

  it('finds the page of the hepatitis asked about, not a vaccine for another', () => {
    const q = 'Is there a vaccine for hepatitis C?';
    assert.equal(first(HEPATITIS, q, true), 'HEPC9');
    assert.equal(first(HEPATITIS, q, false), 'HEPBVAX');
  });

  it('lets "Down syndrome" outweigh a word of another page', () => {
    const q = 'What is the risk of Down syndrome at various maternal ages?';
    assert.equal(first(docs, q, true), 'DOWN1');
    assert.equal(first(docs, q, false), 'MIDD');
  });
});
