import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PARAMS, MedicalSearchIndex } from '../../src/search/medical-index.js';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf, aTrustedDoc, focusTypePart } from '../support/builders.js';

const qa = (id: string, question: string, answer: string, focus: string, synonyms: string[], qtype: string): SearchDoc =>
  aTrustedDoc(id, question, answer, focus, qtype, { synonyms });

/** Two topics with two pairs each, and one consultation. */
const corpus = (): SearchDoc[] => [
  qa('N1', 'What are the symptoms of Noonan syndrome?', 'Short stature, heart defects and a webbed neck.', 'Noonan syndrome', ['Male Turner syndrome'], 'symptoms'),
  qa('N2', 'What are the treatments for Noonan syndrome?', 'Growth hormone therapy; heart surgery may be needed.', 'Noonan syndrome', ['Male Turner syndrome'], 'treatment'),
  qa('D1', 'What is (are) Diabetes?', 'Diabetes is a disease in which blood glucose levels are too high.', 'Diabetes', ['Diabetes mellitus'], 'information'),
  qa('D2', 'How to prevent Diabetes?', 'Stay at a healthy weight and be physically active.', 'Diabetes', ['Diabetes mellitus'], 'prevention'),
  {
    id: 'C1', kind: 'consultation', question: 'Rash on my baby\nMy baby has had a red rash on the cheeks for two days.',
    answer: 'This looks like eczema; use a fragrance-free moisturiser.', focus: ['Eczema'], synonyms: [], questionType: null,
    source: 'Pediatrics', groupId: null,
  },
];

const build = (semantic = false): MedicalSearchIndex => anIndexOf(corpus(), { useSemantic: semantic });
const ids = (index: MedicalSearchIndex, q: string, limit = 5): string[] => index.search(q, { limit }).map((h) => h.id);

describe('MedicalSearchIndex', () => {
  it('ranks the pair of the asked focus and type first', () => {
    const index = build();
    assert.equal(index.size, 5);
    assert.equal(ids(index, 'How is Noonan syndrome treated?')[0], 'N2');
    assert.equal(ids(index, 'symptoms of noonan syndrome')[0], 'N1');
    // Only focus words are shared: the type cue ("signs") decides between the two Noonan pairs.
    assert.deepEqual(ids(index, 'What are the signs of male Turner syndrome?').slice(0, 2), ['N1', 'N2']);
    // Misspelt focus + a prevention cue.
    assert.equal(ids(index, 'how can I avoid getting diabetis')[0], 'D2');
    assert.equal(ids(index, 'my baby has a red rash')[0], 'C1');
  });

  it('returns only documents sharing a term with the query, scores descending', () => {
    const hits = build().search('diabetes', { limit: 10 });
    assert.deepEqual(hits.map((h) => h.id).sort(), ['D1', 'D2']);
    assert.ok((hits[0]?.score ?? 0) >= (hits[1]?.score ?? 0));
    // Without a type cue, the general "information" answer comes first.
    assert.equal(hits[0]?.id, 'D1');
  });

  it('removes and replaces documents', () => {
    const index = build();
    index.remove('D2');
    assert.equal(index.size, 4);
    assert.deepEqual(ids(index, 'how can I avoid getting diabetes'), ['D1']);
    index.remove('D2'); // removing twice is harmless
    index.index(qa('D2', 'How to prevent Diabetes?', 'Exercise.', 'Diabetes', [], 'prevention'));
    index.index(qa('D2', 'How to prevent Diabetes?', 'Exercise.', 'Diabetes', [], 'prevention'));
    assert.equal(index.size, 5);
    assert.equal(ids(index, 'prevent diabetes')[0], 'D2');
    assert.equal(ids(index, 'prevent diabetes').filter((id) => id === 'D2').length, 1);
  });

  it('pages with offset and filters by kind, source and type', () => {
    const index = build();
    const all = ids(index, 'noonan syndrome diabetes baby', 10);
    assert.deepEqual(index.search('noonan syndrome diabetes baby', { limit: 2, offset: 1 }).map((h) => h.id), all.slice(1, 3));
    assert.deepEqual(index.search('baby diabetes', { limit: 5, filter: { kind: 'consultation' } }).map((h) => h.id), ['C1']);
    assert.deepEqual(index.search('diabetes', { limit: 5, filter: { questionType: 'prevention' } }).map((h) => h.id), ['D2']);
    assert.deepEqual(index.search('diabetes', { limit: 5, filter: { source: 'Pediatrics' } }), []);
    assert.deepEqual(index.search('diabetes', { limit: 0 }), []);
  });

  it('finds similar documents, never the document itself', () => {
    const index = build();
    const similar = index.similar('N1', 3).map((h) => h.id);
    assert.equal(similar[0], 'N2');
    assert.ok(!similar.includes('N1'));
    assert.deepEqual(index.similar('nope', 3), []);
  });

  it('explains a score component by component', () => {
    const e = build().explain('How is Noonan syndrome treated?', 'N2');
    assert.deepEqual(e.query.foci, ['Noonan syndrome']);
    assert.equal(e.query.types[0], 'treatment');
    assert.deepEqual(e.parts.map((p) => p.component), ['bm25f', 'focus+type', 'list', 'population', 'rqe']);
    assert.ok(Math.abs(e.score - e.parts.reduce((s, p) => s + p.score, 0)) < 1e-9);
    assert.equal(build().search('How is Noonan syndrome treated?', { limit: 1 })[0]?.score.toFixed(6), e.score.toFixed(6));
  });

  it('adds the focus-and-type boost only to documents with both the named focus and the asked type', () => {
    const docs = [...corpus(), qa('A1', 'What are the symptoms of Asthma?', 'Wheezing and cough.', 'Asthma', [], 'symptoms')];
    const make = (focusTypeBoost: number): MedicalSearchIndex => anIndexOf(docs, { focusTypeBoost, useRerank: false });
    const part = focusTypePart;
    const [on, off] = [make(0.2), make(0)];
    const q = 'What are the signs of male Turner syndrome?';
    assert.ok(part(on, q, 'N1') > part(off, q, 'N1')); // Noonan syndrome (via its synonym) + symptoms
    assert.equal(part(on, q, 'N2'), part(off, q, 'N2')); // the focus, another type
    assert.equal(part(on, q, 'A1'), part(off, q, 'A1')); // the type, another focus
    // No type asked: the focus's "information" answer is the one a bare name wants.
    assert.ok(part(on, 'diabetes', 'D1') > part(off, 'diabetes', 'D1'));
    assert.equal(part(on, 'diabetes', 'D2'), part(off, 'diabetes', 'D2'));
  });

  it('lets a page without a treatment section answer "how do I treat it" with its "What to do for"', () => {
    const docs = [
      ...corpus(),
      qa('B1', 'What is (are) Burns?', 'A burn is damage to the skin from heat, chemicals or electricity.', 'Burns', [], 'information'),
      qa('B2', 'What to do for Burns?', 'Cool the burn under running water and cover it loosely.', 'Burns', [], 'considerations'),
      qa('B3', 'What causes Burns?', 'Heat, chemicals, electricity, sunlight and radiation.', 'Burns', [], 'causes'),
    ];
    const index = anIndexOf(docs, { useRerank: false });
    const part = (q: string, id: string): number => focusTypePart(index, q, id);
    const q = 'How do I treat a burn on my wrist?';
    assert.ok(part(q, 'B2') > part(q, 'B1'));
    assert.ok(part(q, 'B2') > part(q, 'B3'));
    assert.equal(index.search(q, { limit: 1 })[0]?.id, 'B2');
    // The stand-in serves treatment only: a cause question still wants the causes page.
    assert.ok(part('What causes burns?', 'B3') > part('What causes burns?', 'B2'));
  });

  it('lets a supplement, which has no treatment section, answer "does it work for" with how effective it is', () => {
    const docs = [
      ...corpus(),
      qa('G1', 'What is Glucosamine sulfate ?', 'A chemical found in the body, sold as a supplement.', 'Glucosamine sulfate', [], 'information'),
      qa('G2', 'How effective is Glucosamine sulfate ?', 'Likely effective for osteoarthritis of the knee.', 'Glucosamine sulfate', [], 'how effective is it'),
      qa('G3', 'What is the action of Glucosamine sulfate and how does it work ?', 'It may help build cartilage.', 'Glucosamine sulfate', [], 'how does it work'),
    ];
    const index = anIndexOf(docs, { useRerank: false });
    const q = 'Does glucosamine sulfate work for knee pain?';
    assert.ok(focusTypePart(index, q, 'G2') > focusTypePart(index, q, 'G3'));
    assert.ok(focusTypePart(index, q, 'G2') > focusTypePart(index, q, 'G1'));
  });

  it('lets the causes and risk pages answer "is it inherited" for a focus with no inheritance page', () => {
    const docs = [
      ...corpus(),
      qa('A1', 'What is (are) Asthma?', 'Asthma is a disease that inflames and narrows the airways.', 'Asthma', [], 'information'),
      qa('A2', 'What causes Asthma?', 'Its exact cause is unknown; it tends to run in families.', 'Asthma', [], 'causes'),
      qa('A3', 'Who is at risk for Asthma?', 'People with a family history of asthma or allergies.', 'Asthma', [], 'susceptibility'),
      qa('F1', 'What is (are) Cystic fibrosis?', 'An inherited disease of the mucus and sweat glands.', 'Cystic fibrosis', [], 'information'),
      qa('F2', 'What causes Cystic fibrosis?', 'Mutations in the CFTR gene.', 'Cystic fibrosis', [], 'causes'),
      qa('F3', 'Is Cystic fibrosis inherited?', 'It is inherited in an autosomal recessive pattern.', 'Cystic fibrosis', [], 'inheritance'),
    ];
    const index = anIndexOf(docs, { useRerank: false, focusIdfRef: 0.01 });
    const part = (q: string, id: string): number => focusTypePart(index, q, id);
    const q = 'Is asthma hereditary?';
    assert.ok(part(q, 'A2') > part(q, 'A1'));
    assert.equal(part(q, 'A3'), part(q, 'A2'));
    assert.ok(['A2', 'A3'].includes(index.search(q, { limit: 1 })[0]?.id ?? ''));
    // A focus with its own inheritance page keeps it: its causes page stands in for nothing.
    assert.equal(part('Is cystic fibrosis hereditary?', 'F2'), part('Is cystic fibrosis hereditary?', 'F1'));
    assert.ok(part('Is cystic fibrosis hereditary?', 'F3') > part('Is cystic fibrosis hereditary?', 'F2'));
    // Without the rule the causes page is no better placed than the overview.
    const without = anIndexOf(docs, { useRerank: false, focusIdfRef: 0.01, absentStandIns: false });
    assert.equal(focusTypePart(without, q, 'A2'), focusTypePart(without, q, 'A1'));
    // The index stays current: once the inheritance page is gone, the causes page stands in.
    index.remove('F3');
    assert.ok(part('Is cystic fibrosis hereditary?', 'F2') > part('Is cystic fibrosis hereditary?', 'F1'));
  });

  it('lets the genetic changes answer "what causes it" for a focus with no causes page', () => {
    const docs = [
      ...corpus(),
      qa('P1', 'What is (are) Pompe disease?', 'A disorder in which a sugar builds up in cells.', 'Pompe disease', [], 'information'),
      qa('P2', 'What are the genetic changes related to Pompe disease?', 'Mutations in the GAA gene.', 'Pompe disease', [], 'genetic changes'),
      qa('F1', 'What is (are) Cystic fibrosis?', 'An inherited disease of the mucus and sweat glands.', 'Cystic fibrosis', [], 'information'),
      qa('F2', 'What causes Cystic fibrosis?', 'Mutations in the CFTR gene.', 'Cystic fibrosis', [], 'causes'),
      qa('F3', 'What are the genetic changes related to Cystic fibrosis?', 'The CFTR gene.', 'Cystic fibrosis', [], 'genetic changes'),
    ];
    const index = anIndexOf(docs, { useRerank: false, focusIdfRef: 0.01 });
    const part = (q: string, id: string): number => focusTypePart(index, q, id);
    assert.ok(part('What causes Pompe disease?', 'P2') > part('What causes Pompe disease?', 'P1'));
    // A focus with its own causes page keeps it.
    assert.equal(part('What causes cystic fibrosis?', 'F3'), part('What causes cystic fibrosis?', 'F1'));
    assert.ok(part('What causes cystic fibrosis?', 'F2') > part('What causes cystic fibrosis?', 'F3'));
  });

  it('lets the treatments answer prevention and diet, and the outlook complications, for a focus with no such page', () => {
    const docs = [
      ...corpus(),
      qa('P1', 'What is (are) Phenylketonuria?', 'A body cannot break down phenylalanine.', 'Phenylketonuria', [], 'information'),
      qa('P2', 'What are the treatments for Phenylketonuria?', 'A diet very low in phenylalanine, for life.', 'Phenylketonuria', [], 'treatment'),
      qa('M1', 'What is (are) Migraine?', 'A headache with throbbing pain.', 'Migraine', [], 'information'),
      qa('M2', 'What are the treatments for Migraine?', 'Medicines taken every day can prevent attacks.', 'Migraine', [], 'treatment'),
      qa('S1', 'What is (are) Sleep apnea?', 'Breathing stops during sleep.', 'Sleep apnea', [], 'information'),
      qa('S2', 'What is the outlook for Sleep apnea?', 'Untreated, it raises the risk of heart disease.', 'Sleep apnea', [], 'outlook'),
    ];
    const index = anIndexOf(docs, { useRerank: false, focusIdfRef: 0.01 });
    const part = (q: string, id: string): number => focusTypePart(index, q, id);
    assert.ok(part('How can I prevent migraines?', 'M2') > part('How can I prevent migraines?', 'M1'));
    assert.ok(part('What are the complications of sleep apnea?', 'S2') > part('What are the complications of sleep apnea?', 'S1'));
    assert.ok(part('what foods should my baby with phenylketonuria eat?', 'P2') > part('what foods should my baby with phenylketonuria eat?', 'P1'));
    const without = anIndexOf(docs, { useRerank: false, focusIdfRef: 0.01, absentStandIns: false });
    assert.equal(focusTypePart(without, 'How can I prevent migraines?', 'M2'), focusTypePart(without, 'How can I prevent migraines?', 'M1'));
  });

  it('answers a question naming only a medicine with why the leaflet says it is prescribed', () => {
    const leaflet = (sec: number, question: string, qtype: string): SearchDoc =>
      qa(`L${sec}`, question, '', 'Alprazolam', [], qtype);
    const docs = [
      ...corpus(),
      leaflet(1, 'Who should get Alprazolam and why is it prescribed?', 'indication'),
      leaflet(2, 'How should Alprazolam be used and what is the dosage?', 'usage'),
      leaflet(9, 'What other information should I know about Alprazolam?', 'other information'),
    ];
    // A corpus this small gives every name a low idf; full specificity stands in for MedQuAD's.
    const index = anIndexOf(docs, { useRerank: false, focusIdfRef: 0.01 });
    const part = (q: string, id: string): number => focusTypePart(index, q, id);
    // The closing section has the shortest question, so words alone put it first.
    assert.ok(part('alprazolam', 'L1') > part('alprazolam', 'L9'));
    assert.equal(index.search('alprazolam', { limit: 1 })[0]?.id, 'L1');
    // An asked type still wins over the stand-in.
    assert.equal(index.search('alprazolam dosage', { limit: 1 })[0]?.id, 'L2');
  });

  it('puts a prose answer before a list of links answering the same question', () => {
    const links = qa('N3', 'What are the treatments for Noonan syndrome?',
      'Resources on the treatment of Noonan syndrome:  - Registry: Noonan syndrome treatment  - Encyclopedia: Noonan syndrome  - Hospital: Noonan syndrome care',
      'Noonan syndrome', ['Male Turner syndrome'], 'treatment');
    const make = (listPenalty: number): MedicalSearchIndex => anIndexOf([...corpus(), links], { listPenalty, useRerank: false });
    const q = 'What is the treatment for Noonan syndrome?';
    // Without the penalty the list wins on its many mentions of the query's words…
    assert.deepEqual(ids(make(0), q).slice(0, 2), ['N3', 'N2']);
    // …with it the prose answer comes first, and explain shows what the list lost.
    const on = make(DEFAULT_PARAMS.listPenalty);
    assert.deepEqual(ids(on, q).slice(0, 2), ['N2', 'N3']);
    const part = (id: string): number => on.explain(q, id).parts.find((p) => p.component === 'list')?.score ?? Number.NaN;
    assert.equal(part('N2'), 0);
    assert.equal(part('N3'), -DEFAULT_PARAMS.listPenalty);
  });

  it('works with the semantic stage on', () => {
    const index = build(true);
    assert.equal(ids(index, 'How is Noonan syndrome treated?')[0], 'N2');
  });
});
