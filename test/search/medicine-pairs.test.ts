import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SearchDoc } from '../../src/search/types.js';
import { aLeaflet, anIndexOf, aTrustedDoc } from '../support/builders.js';

const leaflet = (id: string, name: string): SearchDoc[] => aLeaflet(id, name, [1, 4, 7, 9]);
const docs: SearchDoc[] = [
  ...leaflet('KET', 'Ketorolac'),
  ...leaflet('IBU', 'Ibuprofen'),
  aTrustedDoc('HEA1', 'What is (are) Headache ?', 'A headache is pain in the head, scalp or neck.', 'Headache', 'information', { source: 'MPlusHealthTopics' }),
];

describe('two medicines taken together', () => {
  const index = anIndexOf(docs);
  const types = (q: string): string[] => index.understand(q).types;

  it('asks whether they go together when the question is about taking both', () => {
    assert.deepEqual(types('Can I take ketorolac with ibuprofen?'), ['interactions with medications', 'precautions']);
    assert.deepEqual(types("I'm on ketorolac, can I take ibuprofen?"), ['interactions with medications', 'precautions']);
  });

  it('leaves a choice between them, one medicine, and questions whose cues ask something else', () => {
    assert.deepEqual(types('Should I take ketorolac or ibuprofen for a headache?'), []);
    assert.deepEqual(types('Which is better, ketorolac or ibuprofen?'), []);
    assert.deepEqual(types('Can I take ketorolac?'), []);
    assert.equal(types('What are the side effects of ketorolac and ibuprofen?')[0], 'side effects');
    // Two medicines named without taking them.
    assert.deepEqual(types('ketorolac and ibuprofen'), []);
  });

  it('finds a leaflet\'s precautions first, where without the rule its overview wins', () => {
    // A corpus this small gives every name a low idf; full specificity stands in for MedQuAD's.
    const full = anIndexOf(docs, { focusIdfRef: 0.01 });
    assert.equal(full.search('Can I take ketorolac with ibuprofen?', { limit: 1 })[0]?.id.slice(-1), '4');
    const without = anIndexOf(docs, { medicinePairs: false, focusIdfRef: 0.01 });
    assert.equal(without.search('Can I take ketorolac with ibuprofen?', { limit: 1 })[0]?.id.slice(-1), '1');
  });
});
