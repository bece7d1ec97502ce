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
  aTrustedDoc('DOWN1', 'What is (are) Down syndrome ?', 'Down syndrome is caused by an extra copy of chromosome 21.', 'Down syndrome', 'information'),
];

describe('the weight of a focus named by a word the analyser drops', () => {
  const question = 'what is the life expectancy of someone with down syndrome';

  it('weighs "Down syndrome" by how few pages are about it, so its own outlook page comes first', () => {
    assert.equal(anIndexOf(docs, { useRerank: false }).search(question, { limit: 1 })[0]?.id, 'DOWN7');
  });

  it('weighs it by its terms alone without the option, where any syndrome\'s outlook may win', () => {
    const top = anIndexOf(docs, { useRerank: false, nameIdf: false }).search(question, { limit: 1 })[0]?.id;
    assert.notEqual(top, 'DOWN7');
  });
});
