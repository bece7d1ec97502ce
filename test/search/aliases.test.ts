import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PARAMS, MedicalSearchIndex } from '../../src/search/medical-index.js';
import { aliasTerms, FocusAliases } from '../../src/search/query/aliases.js';
import { FocusLexicon } from '../../src/search/query/focus.js';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

describe('focus aliases', () => {
  const lexicon = new FocusLexicon();
  const key = (name: string): number => lexicon.add(name) ?? -1;
  const hbp = key('High blood pressure');
  const hyp = key('Hypertension');
  const pah = key('Pulmonary hypertension');

  it('counts which main names a synonym stands for, and forgets removed documents', () => {
    const a = new FocusAliases();
    a.add(0, hbp, [hyp]);
    a.add(1, hbp, [hyp, hbp]);
    a.add(2, hyp, []);
    a.add(3, pah, []);
    // Three documents carry "Hypertension": two under High blood pressure, one under its own name.
    assert.deepEqual(a.mainNames(hyp, 0.2), [{ key: hbp, share: 2 / 3 }]);
    assert.deepEqual(a.mainNames(hyp, 0.7), []);
    // A main name never stands for itself, and a key nobody uses stands for nothing.
    assert.deepEqual(a.mainNames(hbp, 0), []);
    assert.deepEqual(a.mainNames(pah, 0), []);
    a.remove(0);
    a.remove(1);
    a.remove(1);
    assert.deepEqual(a.mainNames(hyp, 0), []);
  });

  it('survives a snapshot round trip', () => {
    const a = new FocusAliases();
    a.add(0, hbp, [hyp]);
    a.add(2, pah, []);
    a.add(3, hbp, [hyp]);
    a.remove(3);
    const b = FocusAliases.fromSnapshot(structuredClone(a.toSnapshot()));
    assert.deepEqual(b.mainNames(hyp, 0), [{ key: hbp, share: 1 }]);
    assert.equal(b.documentRows, 4);
  });

  it('adds the main name\'s words the query lacks, at the configured weight', () => {
    const a = new FocusAliases();
    a.add(0, hbp, [hyp]);
    const q = { terms: new Map([['treatment', 1], ['hypertens', 1]]), foci: lexicon.recognise('treatments for hypertension'), types: ['treatment'] };
    const added = aliasTerms(q, a, lexicon, { weight: 0.25, minShare: 0.2 });
    assert.deepEqual([...added], [['high', 0.25], ['blood', 0.25], ['pressur', 0.25]]);
    assert.equal(aliasTerms(q, a, lexicon, { weight: 0, minShare: 0.2 }).size, 0);
  });

  it('leaves out the population a main name is written for', () => {
    const nva = key('Nausea and vomiting - adults');
    const vom = key('Vomiting');
    const a = new FocusAliases();
    a.add(0, nva, [vom]);
    const q = { terms: new Map([['babi', 1], ['vomit', 1]]), foci: lexicon.recognise('my baby keeps vomiting'), types: [] };
    assert.deepEqual([...aliasTerms(q, a, lexicon, { weight: 0.25, minShare: 0.2 }).keys()], ['nausea']);
  });
});

describe('a focus named by its synonym', () => {
  const docs: SearchDoc[] = [
    aTrustedDoc('HBP5', 'What are the treatments for High blood pressure?', 'Lifestyle changes and medicines lower blood pressure.', 'High blood pressure', 'treatment', { synonyms: ['Hypertension'] }),
    aTrustedDoc('HBP1', 'What is (are) High blood pressure?', 'Blood pressure that stays high damages arteries.', 'High blood pressure', 'information', { synonyms: ['Hypertension'] }),
    aTrustedDoc('PH5', 'What are the treatments for Pulmonary hypertension?', 'Pulmonary hypertension is treated with medicines that widen the lung arteries.', 'Pulmonary hypertension', 'treatment'),
    aTrustedDoc('PH1', 'What is (are) Pulmonary hypertension?', 'Pulmonary hypertension is high pressure in the arteries of the lungs.', 'Pulmonary hypertension', 'information'),
  ];
  const build = (weight: number): MedicalSearchIndex => anIndexOf(docs, { aliases: { ...DEFAULT_PARAMS.aliases, weight } });
  const first = (index: MedicalSearchIndex, q: string): string | undefined => index.search(q, { limit: 3 })[0]?.id;

  it('finds the pages written with the main name', () => {
    // Without the main name's words, the page whose wording holds "hypertension" wins.
    assert.equal(first(build(0), 'What are the treatments for hypertension?'), 'PH5');
    const index = build(DEFAULT_PARAMS.aliases.weight);
    assert.equal(first(index, 'What are the treatments for hypertension?'), 'HBP5');
    assert.equal(first(index, 'hypertension'), 'HBP1');
    // Naming the other disease in full still finds it.
    assert.equal(first(index, 'What are the treatments for pulmonary hypertension?'), 'PH5');
    assert.deepEqual(index.explain('hypertension', 'HBP1').query.expansions, ['high', 'blood', 'pressur']);
  });
});
