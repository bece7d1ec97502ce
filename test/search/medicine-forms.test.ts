import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { medicineNames } from '../../src/search/query/medicine-forms.js';
import type { MedicalIndexParams } from '../../src/search/params.js';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

describe('the plain name of a medicine leaflet', () => {
  it('drops the route or dosage form written after the medicine', () => {
    assert.deepEqual(medicineNames('Metronidazole Oral', 'side effects'), ['Metronidazole']);
    assert.deepEqual(medicineNames('Fentanyl Transdermal Patch', 'usage'), ['Fentanyl']);
    // A vaccine is filed under the short name people use for it too.
    assert.ok(medicineNames('Human Papillomavirus (HPV) Vaccine (Gardasil)', 'side effects').includes('HPV Vaccine'));
    assert.ok(medicineNames('Tetanus, Diphtheria (Td) Vaccine', 'side effects').includes('Td Vaccine'));
    assert.deepEqual(medicineNames('Amphotericin B Lipid Complex Injection', 'precautions'), ['Amphotericin B']);
    assert.deepEqual(medicineNames('Albuterol and Ipratropium Oral Inhalation', 'dose'), ['Albuterol and Ipratropium']);
  });

  it('drops qualifiers in brackets, keeping the form as a name of its own', () => {
    assert.deepEqual(medicineNames('Insulin Glargine (rDNA origin) Injection', 'usage'), ['Insulin Glargine Injection', 'Insulin Glargine']);
    assert.deepEqual(medicineNames('Propranolol (Cardiovascular)', 'side effects'), ['Propranolol']);
  });

  it('leaves names without a form, vaccines, and pages that are no leaflet', () => {
    assert.deepEqual(medicineNames('Acetaminophen', 'side effects'), []);
    assert.deepEqual(medicineNames('Hepatitis B Vaccine', 'usage'), []);
    assert.deepEqual(medicineNames('Hip joint injection', 'information'), []);
    assert.deepEqual(medicineNames('Central nervous system', null), []);
    // A head too short to be a medicine's name is no key.
    assert.deepEqual(medicineNames('BCG Injection', 'usage'), []);
  });
});

// Unrelated pages make the medicine's name rare, as it is in the archive, so its focus boost counts.
const filler = Array.from({ length: 200 }, (_, i) =>
  aTrustedDoc(`OTH${i}`, `What is (are) Condition ${i} ?`, `Condition ${i} is a rare disorder of the skin.`, `Condition ${i}`, 'information'));
// Leaflet sections have no answer text in MedQuAD: only their questions and names can match.
const leaflet = (id: string, question: string, qtype: string): SearchDoc => aTrustedDoc(id, question, '', 'Metronidazole Oral', qtype);
const docs: SearchDoc[] = [
  ...filler,
  leaflet('MET3', 'How should Metronidazole Oral be used and what is the dosage ?', 'usage'),
  leaflet('MET4', 'Are there safety concerns or special precautions about Metronidazole Oral ?', 'precautions'),
  leaflet('MET6', 'What are the side effects or risks of Metronidazole Oral ?', 'side effects'),
  leaflet('MET1', 'Who should get Metronidazole Oral and why is it prescribed ?', 'indication'),
  leaflet('MET9', 'What other information should I know about Metronidazole Oral ?', 'other information'),
  leaflet('MET10', 'What are the brand names of Metronidazole Oral ?', 'brand names'),
  aTrustedDoc('ALC1', 'What is (are) Alcohol use and safe drinking ?', 'Drinking alcohol safely means drinking in moderation. Alcohol is safe for most adults in small amounts.', 'Alcohol use and safe drinking', 'information'),
  aTrustedDoc('ALC2', 'Do you have information about Alcohol', 'Alcohol affects the brain and the liver. Drinking too much alcohol is harmful and is not safe.', 'Alcohol', 'information'),
];

/** The leaflet's sections in the order a search ranks them. */
const leafletOrder = (patch: Partial<MedicalIndexParams>, q: string): string[] =>
  anIndexOf(docs, patch).search(q, { limit: 10 }).map((h) => h.id).filter((id) => id.startsWith('MET'));
const alcohol = 'Is it safe to drink alcohol while taking metronidazole?';

describe('a question naming a medicine without its form', () => {
  it('recognises the medicine, so its section of the asked type comes first among its pages', () => {
    assert.ok(anIndexOf(docs).explain(alcohol, 'MET4').query.foci.includes('Metronidazole'));
    assert.equal(leafletOrder({}, alcohol)[0], 'MET4');
    assert.equal(leafletOrder({}, 'metronidazole side effects')[0], 'MET6');
  });

  it('recognised nothing before, and ranked the leaflet by its words alone', () => {
    assert.ok(!anIndexOf(docs, { medicineNames: false }).explain(alcohol, 'MET4').query.foci.includes('Metronidazole'));
    assert.notEqual(leafletOrder({ medicineNames: false }, alcohol)[0], 'MET4');
  });

  it('finds the precautions section for an interaction only when the first cue\'s every type counts', () => {
    // "alcohol" asks for interactions with medications *or* precautions; a leaflet has only the latter.
    assert.notEqual(leafletOrder({ firstCueTypes: false }, alcohol)[0], 'MET4');
  });
});

describe('the sections of a leaflet that answer no question', () => {
  it('do not come first for a question about the medicine', () => {
    // Read as requests for general information, they were entailed by most questions naming it.
    for (const q of ['What is metronidazole used for?', 'metronidazole side effects', alcohol]) {
      const first = leafletOrder({}, q)[0];
      assert.ok(first !== 'MET9' && first !== 'MET10', `${q}: ${first}`);
    }
  });
});
