import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SearchDoc } from '../../src/search/types.js';
import { asksLeaveToTake } from '../../src/search/query/medicine-pairs.js';
import { aLeaflet, anIndexOf, aTrustedDoc, focusTypePart } from '../support/builders.js';

const leaflet = (id: string, name: string): SearchDoc[] => aLeaflet(id, name, [1, 4, 7, 9]);
const docs: SearchDoc[] = [
  ...leaflet('KET', 'Ketorolac'),
  ...leaflet('IBU', 'Ibuprofen'),
  aTrustedDoc('HEA1', 'What is (are) Headache ?', 'A headache is pain in the head, scalp or neck.', 'Headache', 'information', { source: 'MPlusHealthTopics' }),
  aTrustedDoc('HBP1', 'What is (are) High blood pressure ?', 'Blood pressure that stays at or above 130/80.', 'High blood pressure', 'information', { source: 'MPlusHealthTopics' }),
  // A page that names the medicine as a synonym, as ADAM's "Ibuprofen dosing for children" names Advil.
  aTrustedDoc('DOS1', 'Do you have information about Ibuprofen dosing for children', '', 'Ibuprofen dosing for children', 'information', { source: 'ADAM', synonyms: ['Ibuprofen'] }),
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

  it('asks about precautions when one medicine is taken with a condition', () => {
    assert.deepEqual(types('Can I take ibuprofen with high blood pressure?'), ['precautions', 'contraindication']);
    assert.deepEqual(types('Is it ok to take ibuprofen if I have high blood pressure?'), ['precautions', 'contraindication']);
    // Taken for a complaint, not with one; and a condition named without taking anything.
    assert.deepEqual(types('Can I take ibuprofen for a headache?'), []);
    assert.deepEqual(types('ibuprofen and high blood pressure'), []);
  });

  it('gives the leaflet\'s precautions the focus-and-type boost for a medicine with a condition', () => {
    const q = 'Can I take ibuprofen with high blood pressure?';
    const boost = (patch: { medicinePairs?: boolean }, id: string): number => focusTypePart(anIndexOf(docs, { focusIdfRef: 0.01, ...patch }), q, id);
    assert.ok(boost({}, 'IBU4') > boost({}, 'IBU1'));
    assert.ok(boost({}, 'IBU4') > boost({}, 'DOS1'));
    // Without the rule the question asks nothing, and the precautions are no better placed than the overview.
    assert.ok(boost({ medicinePairs: false }, 'IBU4') <= boost({ medicinePairs: false }, 'IBU1'));
  });

  it('finds a leaflet\'s precautions first, where without the rule its overview wins', () => {
    // A corpus this small gives every name a low idf; full specificity stands in for MedQuAD's.
    const full = anIndexOf(docs, { focusIdfRef: 0.01 });
    assert.equal(full.search('Can I take ketorolac with ibuprofen?', { limit: 1 })[0]?.id.slice(-1), '4');
    const without = anIndexOf(docs, { medicinePairs: false, focusIdfRef: 0.01 });
    assert.equal(without.search('Can I take ketorolac with ibuprofen?', { limit: 1 })[0]?.id.slice(-1), '1');
  });
});

describe('a medicine taken with a condition, asked in a few words', () => {
  it('tells the everyday question from a long message or a clinician\'s choice of drug', () => {
    assert.equal(asksLeaveToTake('Can I take ibuprofen with high blood pressure?'), true);
    assert.equal(asksLeaveToTake('Is it OK for someone with asthma to take aspirin?'), true);
    assert.equal(asksLeaveToTake('Should we use captopril in diabetics with microalbuminuria?'), false);
    const long = 'My blood pressure comes up at night when I am asleep. I take four medicines and I have asked doctors why this happens but nobody can tell me, can I take clonidine with it or something else at bedtime?';
    assert.equal(asksLeaveToTake(long), false);
  });

  // A dozen pages about the condition, each with text, against a leaflet whose sections have none
  // (MedQuAD's MedlinePlus drug pages): the condition's words outweighed the medicine's name.
  const many: SearchDoc[] = [
    ...leaflet('IBU', 'Ibuprofen'),
    ...Array.from({ length: 12 }, (_, i) =>
      aTrustedDoc(`HBP${i}`, `What is (are) High blood pressure ? (${i})`, 'High blood pressure is blood pressure that stays high; high blood pressure raises the risk of stroke.', 'High blood pressure', 'information', { source: 'NHLBI' }),
    ),
    // The rest of an archive, so that the condition's words are as rare as a medicine's name.
    ...Array.from({ length: 120 }, (_, i) => aTrustedDoc(`OTH${i}`, `What is (are) Condition ${i} ?`, `Condition ${i} affects the skin, joints or sleep.`, `Condition ${i}`, 'information')),
  ];
  const q = 'Can I take ibuprofen with high blood pressure?';

  it('weighs the condition\'s words at conditionWeight and tells the re-rank that safety is asked', () => {
    const lowered = anIndexOf(many, { conditionWeight: 0.5 }).understand(q);
    const full = anIndexOf(many, { conditionWeight: 1 }).understand(q);
    assert.equal(lowered.terms.get('pressur'), (full.terms.get('pressur') ?? 0) * 0.5);
    assert.equal(lowered.terms.get('ibuprofen'), full.terms.get('ibuprofen'));
    assert.match(lowered.text, /\nsafety$/);
    // A long message naming both keeps every word's weight.
    const long = `${'I have had high blood pressure for years and my doctor changed my pills twice. '.repeat(3)}Can I take ibuprofen with it?`;
    const longQ = anIndexOf(many, { conditionWeight: 0.5 }).understand(long);
    assert.equal(longQ.terms.get('pressur'), anIndexOf(many, { conditionWeight: 1 }).understand(long).terms.get('pressur'));
  });

  it('finds the leaflet\'s precautions first, where the condition\'s pages won at full weight', () => {
    const first = (conditionWeight: number): string | undefined => anIndexOf(many, { focusIdfRef: 0.01, conditionWeight }).search(q, { limit: 1 })[0]?.id;
    assert.equal(first(0.5), 'IBU4');
    assert.match(first(1) ?? '', /^HBP/);
  });
});
