import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MedicalSearchIndex } from '../../src/search/medical-index.js';
import { leafletBrands, rewriteBrandNames } from '../../src/search/query/brand-names.js';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

describe('brand names of medicines', () => {
  it('keep the brand and add the generic name the archive uses', () => {
    const cases: [string, string][] = [
      ['what are the side effects of Tylenol', 'what are the side effects of Tylenol (acetaminophen)'],
      ['is it safe to take zoloft while pregnant', 'is it safe to take zoloft (sertraline) while pregnant'],
      ['can I take Claritin and Sudafed together?', 'can I take Claritin (loratadine) and Sudafed (pseudoephedrine) together?'],
      ['paracetamol for a fever', 'paracetamol (acetaminophen) for a fever'],
      // Two-word and hyphenated names, written either way; the longer name wins.
      ['what is plan B', 'what is plan B (levonorgestrel)'],
      ['pepto bismol for diarrhea', 'pepto bismol (bismuth subsalicylate) for diarrhea'],
      ['side effects of the Depo-Provera shot', 'side effects of the Depo-Provera (medroxyprogesterone) shot'],
    ];
    for (const [raw, want] of cases) assert.equal(rewriteBrandNames(raw).text, want, raw);
    assert.deepEqual(rewriteBrandNames('is xanax addictive').rewrites, [{ from: 'xanax', to: 'alprazolam' }]);
  });

  it('leave a query alone that names the generic already, or uses the name inside another word', () => {
    for (const raw of ['Is topiramate (Topamax) effective for cyclic vomiting?', 'a tylenoland story', 'the cipro-like drugs', 'ambient noise']) {
      assert.deepEqual(rewriteBrandNames(raw), { text: raw, rewrites: [] }, raw);
    }
  });
});

describe('a brand name in a search', () => {
  const docs: SearchDoc[] = [
    // MedQuAD's drug pages have the generic name and no answer text.
    aTrustedDoc('SER1', 'What are the side effects or risks of Sertraline ?', '', 'Sertraline', 'side effects'),
    aTrustedDoc('PRE1', 'What is (are) Steps to take before you get pregnant ?', 'Talk to your provider before you get pregnant; take folic acid and review the medicines you take.', 'Steps to take before you get pregnant', 'information'),
  ];
  const build = (useLayTerms: boolean): MedicalSearchIndex => anIndexOf(docs, { useLayTerms });

  it("finds the generic drug's page for a question that names only the brand", () => {
    const q = 'is it safe to take zoloft while pregnant';
    assert.equal(build(false).search(q, { limit: 1 })[0]?.id, 'PRE1');
    assert.equal(build(true).search(q, { limit: 1 })[0]?.id, 'SER1');
    assert.deepEqual(build(true).explain(q, 'SER1').query.rewrites, ['zoloft → sertraline']);
  });
});

describe("a leaflet filed under its medicine's brand names", () => {
  it('lists the one-word brands of the medicine a leaflet page is about, and none for other pages', () => {
    assert.deepEqual(leafletBrands(['Diphenhydramine'], 'precautions'), ['benadryl']);
    assert.deepEqual(new Set(leafletBrands(['Metronidazole Oral', 'Metronidazole'], 'dietary')), new Set(['flagyl']));
    // "Gas-X" would file the simethicone leaflet under "gas".
    assert.deepEqual(leafletBrands(['Simethicone'], 'usage'), []);
    assert.deepEqual(leafletBrands(['Diphenhydramine overdose'], 'information'), []);
    assert.deepEqual(leafletBrands(['Diphenhydramine'], 'information'), []);
  });

  const docs: SearchDoc[] = [
    // The encyclopedia's overdose page lists the brand among its synonyms; the leaflet, as in MedQuAD, has no brand and no text.
    aTrustedDoc('OD1', 'What is (are) Diphenhydramine overdose ?', '', 'Diphenhydramine overdose', 'information', { synonyms: ['Benadryl overdose'] }),
    aTrustedDoc('DIP4', 'Are there safety concerns or special precautions about Diphenhydramine ?', '', 'Diphenhydramine', 'precautions'),
    aTrustedDoc('DIP7', 'What are the side effects or risks of Diphenhydramine ?', '', 'Diphenhydramine', 'side effects'),
  ];
  const q = 'Can I take Benadryl while pregnant?';

  it("finds the leaflet's precautions for a question naming the brand, where the overdose page won without the brands", () => {
    assert.equal(anIndexOf(docs).search(q, { limit: 1 })[0]?.id, 'DIP4');
    assert.equal(anIndexOf(docs, { leafletBrands: false }).search(q, { limit: 1 })[0]?.id, 'OD1');
  });
});
