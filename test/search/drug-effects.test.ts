import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

// As in MedQuAD, the medicine pages carry their questions only (MedlinePlus drug answers are left out).
const docs: SearchDoc[] = [
  aTrustedDoc('LIS6', 'What are the side effects or risks of Lisinopril ?', '', 'Lisinopril', 'side effects', { source: 'MPlusDrugs' }),
  aTrustedDoc('LIS2', 'Who should get Lisinopril and why is it prescribed ?', '', 'Lisinopril', 'indication', { source: 'MPlusDrugs' }),
  aTrustedDoc('COU2', 'What causes Cough ?', 'Colds, asthma, reflux and smoking are the usual reasons for coughing; some blood pressure medicines too.', 'Cough', 'causes', { source: 'ADAM' }),
  aTrustedDoc('THY6', 'What are the side effects or risks of Thyroid ?', '', 'Thyroid', 'side effects', { source: 'MPlusDrugs' }),
  aTrustedDoc('HAI2', 'What causes Hair loss ?', 'Hair loss is caused by genes, stress, a thyroid problem, or medicines.', 'Hair loss', 'causes', { source: 'ADAM' }),
  // Coughing is in many pages, a medicine's name in its own: as in the archive, the medicine is the rarer word.
  ...['Croup', 'Asthma', 'Bronchitis', 'Pneumonia', 'Whooping cough', 'Common cold', 'Flu', 'Tuberculosis'].map((f, i) =>
    aTrustedDoc(`SYM${i}`, `What are the symptoms of ${f} ?`, `${f} brings a cough, sometimes a dry cough, and tiredness.`, f, 'symptoms', { source: 'ADAM' })),
];

describe('a medicine that causes something', () => {
  const index = anIndexOf(docs);
  const first = (q: string): string | undefined => index.understand(q).types[0];

  it('asks for the medicine\'s side effects when the medicine is the subject of causing', () => {
    assert.equal(first('Does lisinopril cause a dry cough?'), 'side effects');
    assert.equal(first('can being on lisinopril make you cough'), 'side effects');
    assert.equal(first('my lisinopril gives me a cough'), 'side effects');
  });

  it('asks for the side effects of a medicine a complaint followed', () => {
    assert.equal(first('my son has a cough after taking lisinopril'), 'side effects');
    assert.equal(first('hair loss since I started thyroid'), 'side effects');
    // Taking it with something else is a question about use, not a complaint.
    assert.equal(first('can I drink alcohol after taking lisinopril'), 'interactions with medications');
    // A medicine named without a complaint before it.
    assert.equal(first('how soon after taking lisinopril'), undefined);
  });

  it('asks for the side effects of a medicine the asker blames, or fears for an organ', () => {
    assert.equal(first('My doctor put me on lisinopril. Now I have a dry cough. Is it the medicine?'), 'side effects');
    assert.equal(first('I am on lisinopril and I cough at night, could it be a side effect?'), 'side effects');
    assert.equal(first('I take thyroid every day. Is this harming my heart?'), 'side effects');
    assert.equal(first('I have been on lisinopril for years, will it weaken my bones?'), 'side effects');
  });

  it("asks for the side effects of a medicine's risks or its use over a long time", () => {
    assert.equal(first('my doctor suggested lisinopril, what are the risks?'), 'side effects');
    assert.equal(first('lisinopril for years now, any long-term effects?'), 'side effects');
    assert.equal(first('is it bad to be on lisinopril for years'), 'side effects');
    // Risk factors, and a person at risk, are no risks of the medicine.
    assert.notEqual(first('she is a fall risk, should she be on lisinopril?'), 'side effects');
    assert.notEqual(first('with two risk factors, should I take lisinopril?'), 'side effects');
    // Nor when no medicine is named.
    assert.notEqual(first('what are the risks of a dry cough?'), 'side effects');
    // A complaint after a medicine was begun; what the medicine is for is no complaint.
    assert.equal(first('I started lisinopril last week and now I have a cough'), 'side effects');
    assert.notEqual(first('I started thyroid for my hair loss, when will it work?'), 'side effects');
    // Blame or harm with no medicine named asks nothing of a medicine.
    assert.notEqual(first('I have a cough. Is it the medicine?'), 'side effects');
    assert.notEqual(first('can a cough hurt my heart'), 'side effects');
  });

  it('asks for the side effects of a medicine a pronoun stands for', () => {
    assert.equal(first('what is lisinopril for and does it cause a cough'), 'side effects');
    assert.equal(first('I take thyroid for my hair loss and it makes me cough'), 'side effects');
    // A pronoun for the complaint, or after another focus, stands for no medicine.
    assert.notEqual(first('I have a cough, can it cause hair loss'), 'side effects');
    assert.notEqual(first('I take lisinopril, I have hair loss and can it cause a cough'), 'side effects');
    // Nor is taking it with another medicine a complaint.
    assert.notEqual(first('I take lisinopril and it affects my thyroid, can I take them together?'), 'side effects');
  });

  it('leaves the causes of a complaint when the medicine is a suspect, an organ, or not the subject', () => {
    assert.equal(first('What would cause a cough in a patient on lisinopril?'), 'causes');
    assert.equal(first('why does my lisinopril cause a cough'), 'causes');
    assert.equal(first('Can a thyroid problem cause hair loss?'), 'causes');
    assert.equal(first('What causes a cough?'), 'causes');
  });

  it('finds the side-effects page first, which the causes of the complaint outrank without the rule', () => {
    assert.equal(index.search('Does lisinopril cause a dry cough?', { limit: 1 })[0]?.id, 'LIS6');
    const without = anIndexOf(docs, { medicineEffects: false });
    assert.equal(without.search('Does lisinopril cause a dry cough?', { limit: 1 })[0]?.id, 'COU2');
  });

  it('knows a focus as a medicine only while a side-effects page of it is indexed', () => {
    const edited = anIndexOf(docs);
    edited.remove('LIS6');
    assert.equal(edited.understand('Does lisinopril cause a dry cough?').types[0], 'causes');
    edited.index(docs[0] as SearchDoc);
    assert.equal(edited.understand('Does lisinopril cause a dry cough?').types[0], 'side effects');
  });
});
