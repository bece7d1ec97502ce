import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runSimilarity } from '../../src/search/similarity/command.js';
import { decideEntailment } from '../../src/search/similarity/decide.js';
import { bestMargin } from '../../src/search/similarity/evaluate.js';
import { FEATURE_NAMES, analyse, pairFeatures } from '../../src/search/similarity/features.js';
import { loadModel, modelFromJson, trainModel, type ModelJson } from '../../src/search/similarity/model.js';
import { readPairs } from '../../src/search/similarity/pairs.js';
import { askedTypes, faqTypes, questionTypes } from '../../src/search/similarity/qtype.js';
import { stem } from '../../src/search/similarity/text.js';
import { WordVectors } from '../../src/search/similarity/vectors.js';
import { tempDir } from '../support/tmp.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const validationFile = path.resolve(repoRoot, '..', 'shared', 'data', 'mediqa2019', 'MEDIQA2019-Task2-RQE-ValidationSet-AMIA2016.xml');
const shippedModel = path.resolve(repoRoot, 'models', 'rqe.json');

/** Hand-made 2-d vectors: "treat" and "therapy" point the same way, "lupus" elsewhere. */
function tinyVectors(): WordVectors {
  const vocab = ['treat', 'therapy', 'lupus', 'caus'];
  const idf = Float32Array.from([1, 1, 4, 1]);
  const data = Int8Array.from([127, 0, 127, 0, 0, 127, 90, 90]);
  return new WordVectors(vocab, idf, data, 2);
}

function feature(values: number[], name: string): number {
  const i = FEATURE_NAMES.indexOf(name);
  assert.ok(i >= 0, `unknown feature ${name}`);
  return values[i] ?? NaN;
}

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<Set>
<pair pid="1" value="true"><chq> lupus. I want to know about Lupus &amp; its treatment. </chq><faq>How is lupus treated?</faq></pair>
<pair pid="2" value="false" type="x"><chq>lupus. I want to know about Lupus &amp; its treatment.</chq><faq>What causes lupus?</faq></pair>
<pair pid="007"><chq>Is 1.5 mg safe?</chq><faq>What is the dose of X?</faq></pair>
</Set>`;

describe('readPairs', () => {
  it('reads pids, texts (trimmed, entities decoded) and labels, null when absent', () => {
    const pairs = readPairs(XML);
    assert.equal(pairs.length, 3);
    assert.deepEqual(pairs[0], { pid: '1', chq: 'lupus. I want to know about Lupus & its treatment.', faq: 'How is lupus treated?', label: true });
    assert.equal(pairs[1]?.label, false);
    assert.equal(pairs[2]?.pid, '007', 'pids stay strings');
    assert.equal(pairs[2]?.chq, 'Is 1.5 mg safe?');
    assert.equal(pairs[2]?.label, null);
  });

  it('reads a file with a single pair', () => {
    assert.equal(readPairs('<R><pair pid="9" value="true"><chq>a</chq><faq>b</faq></pair></R>').length, 1);
  });
});

describe('question types and focus', () => {
  it('merges inflections so consumer and FAQ wordings meet', () => {
    for (const w of ['treated', 'treating', 'treatments', 'treats']) assert.equal(stem(w), 'treat');
    assert.equal(stem('diagnosed'), stem('diagnose'));
  });

  it('reads the FAQ type from its question form; "What is X?" is the generic form', () => {
    assert.deepEqual([...faqTypes('How is lupus treated?').types], ['treatment']);
    assert.deepEqual([...faqTypes('What are the causes of trigeminal neuralgia?').types], ['cause']);
    assert.equal(faqTypes('What is lupus?').info, true);
    assert.equal(faqTypes('What is the outlook for lupus?').info, false);
    // A leaflet's catch-all and list sections are no overview of the medicine.
    assert.equal(faqTypes('What other information should I know about Baclofen Oral ?').info, false);
    assert.equal(faqTypes('What are the brand names of Baclofen Oral ?').info, false);
    // "Combination products" lists names and asks about no interaction.
    assert.deepEqual([...faqTypes('What are the brand names of combination products of Atorvastatin ?').types], []);
    assert.ok(questionTypes('How does grapefruit combine with atorvastatin?').types.has('interaction'));
    // A leaflet answers what not to take with it in its precautions.
    assert.ok(faqTypes('Are there safety concerns or special precautions about Ibuprofen ?').types.has('interaction'));
    assert.ok(!faqTypes('What are the side effects or risks of Ibuprofen ?').types.has('interaction'));
    assert.equal(faqTypes('What special dietary instructions should I follow with Warfarin ?').info, false);
    assert.equal(faqTypes('Do you have information about Baclofen').info, true);
  });

  it('reads the everyday ways of asking how to be rid of something as treatment', () => {
    for (const q of ['How can body lice be gotten rid of?', 'How can snoring be stopped?', 'Is melatonin effective for insomnia?', 'Is surgery recommended for a small hernia?']) {
      assert.ok(questionTypes(q).types.has('treatment'), q);
    }
    assert.ok(!questionTypes('What causes body lice?').types.has('treatment'));
    assert.ok(questionTypes('Does saw palmetto work for an enlarged prostate?').types.has('treatment'));
    assert.ok(!questionTypes('How does metformin work?').types.has('treatment'));
  });

  it('reads an illness left untreated as its complications, not its treatment', () => {
    for (const q of ["What happens if sleep apnea isn't treated?", 'what happens to the liver if hepatitis C is not treated', 'is it dangerous to leave a hernia untreated']) {
      const t = questionTypes(q).types;
      assert.ok(t.has('sideEffects') && !t.has('treatment') && !t.has('symptoms'), q);
    }
    assert.ok(questionTypes('How is sleep apnea treated?').types.has('treatment'));
    // Both readers share the everyday asks: what helps, whether it is deadly, whether to be seen.
    assert.ok(questionTypes('my legs cramp at night, what helps?').types.has('treatment'));
    assert.ok(questionTypes('is it deadly?').types.has('prognosis'));
    assert.ok(questionTypes('should he be seen today?').types.has('provider'));
  });

  it('reads rarity, likelihood and a child inheriting it in everyday words', () => {
    assert.ok(questionTypes('How rare is Wilson disease?').types.has('susceptibility'));
    assert.ok(questionTypes('Who is most likely to get multiple sclerosis?').types.has('susceptibility'));
    assert.ok(questionTypes('will his children have it too?').types.has('genetics'));
    assert.ok(questionTypes('Is it passed from father to son?').types.has('genetics'));
    assert.ok(!questionTypes('My son has it. What is it?').types.has('genetics'));
    // Carriers, a parent's side and a relative's illness, as the boosts' detector reads them.
    for (const q of ['we just found out we are both carriers', 'is color blindness from your mom', 'it comes from the mother\'s side', 'my cousin has it, does that mean I will get it?']) {
      assert.ok(questionTypes(q).types.has('genetics'), q);
      assert.ok(!questionTypes(q).types.has('diagnosis'), q);
    }
    assert.ok(!questionTypes('is my husband a carrier of hepatitis B?').types.has('genetics'));
    assert.ok(questionTypes('how much folic acid should I take before pregnancy').types.has('dosage'));
    assert.ok(!questionTypes('how much protein should be eaten').types.has('dosage'));
    assert.ok(!questionTypes('she had surgery on her back, will she be able to walk?').types.has('treatment'));
    assert.ok(questionTypes('she had surgery on her back, will she be able to walk?').types.has('prognosis'));
    assert.ok(questionTypes('How long does it take to get over pneumonia?').types.has('prognosis'));
    // A parent's way of asking the outlook.
    assert.ok(questionTypes('umbilical hernia, will it close by itself').types.has('prognosis'));
    assert.ok(questionTypes('will his heart be ok?').types.has('prognosis'));
    assert.ok(questionTypes('can kids outgrow a milk allergy').types.has('prognosis'));
    assert.ok(!questionTypes('will the clinic close on Sunday').types.has('prognosis'));
  });

  it('lets a question about heredity be answered in part by a causes FAQ, and not the other way round', () => {
    for (const q of ['Is depression hereditary?', 'Does asthma run in families?']) {
      assert.ok(askedTypes(q).types.has('genetics'), q);
      assert.ok(askedTypes(q).types.has('cause'), q);
      assert.ok(!questionTypes(q).types.has('cause'), q);
    }
    assert.ok(!askedTypes('What causes asthma?').types.has('genetics'));
    assert.ok(!askedTypes('How is asthma treated?').types.has('cause'));
  });

  it('reads how an infection passes between people as its cause, as MedlinePlus files it', () => {
    for (const q of ['How is Lyme disease transmitted?', 'How is scabies spread?', 'Is eczema contagious?', 'How are colds passed from person to person?']) {
      assert.ok(questionTypes(q).types.has('cause'), q);
    }
    assert.ok(!questionTypes('Has the cancer spread?').types.has('cause'));
  });

  it('reads asking whether to seek care now as a question for the provider', () => {
    for (const q of ['When should I go to the ER for a headache?', 'Does a kidney stone need emergency care?', 'When do I send them to the ER?']) {
      assert.ok(questionTypes(q).types.has('provider'), q);
    }
    // Told, not asked: the place alone is no cue.
    assert.ok(!questionTypes('He was seen in the emergency room and given fluids. Why is he still dizzy?').types.has('provider'));
  });

  it('reads a safe amount as the dose, and "how do I know if I have" as the signs too', () => {
    const amount = questionTypes('How much Tylenol is safe in a day?').types;
    assert.ok(amount.has('dosage'));
    assert.ok(!amount.has('sideEffects'));
    assert.ok(questionTypes('Is Tylenol safe for my liver?').types.has('sideEffects'));
    const know = questionTypes('How do I know if I have a UTI?').types;
    assert.ok(know.has('symptoms') && know.has('diagnosis'));
    // A clinician's "how do you know" asks only the test.
    const clinical = questionTypes('How do you know if ST elevation is abnormal?').types;
    assert.ok(clinical.has('diagnosis') && !clinical.has('symptoms'));
  });

  it('ignores narrative that only looks like a request', () => {
    // "diagnosed with" tells a story; the question is about treatment.
    const t = questionTypes('I was diagnosed with sleep apnea. Is there a cure?');
    assert.ok(t.types.has('treatment'));
    assert.ok(!t.types.has('diagnosis'));
  });

  it('extracts the FAQ focus without its type words, from brackets when given', () => {
    const v = tinyVectors();
    assert.deepEqual(analyse('How Is Fibromyalgia Treated?', v, true).focus, ['fibromyalgia']);
    assert.deepEqual(analyse('Is there any treatment [for Parkinson disease]?', v, true).focus, ['parkinson', 'diseas']);
  });
});

describe('pair features', () => {
  const v = tinyVectors();
  const chq = analyse('lupus. Hi, I want to know about Lupus and its therapy.', v, false);

  it('same focus, matching type: focus fully covered, types agree', () => {
    const f = pairFeatures(chq, analyse('How is lupus treated?', v, true), v);
    assert.equal(feature(f, 'focusExact'), 1); // the only focus word, "lupus", is in the CHQ
    assert.equal(feature(f, 'typeMatch'), 1); // "therapy" and "treated" are both treatment cues
    assert.equal(feature(f, 'typeMismatch'), 0);
    assert.equal(feature(f, 'focusXmatch'), 1);
    // "treat" is not in the CHQ but "therapy" is, with cosine 1 in the hand-made vectors.
    assert.ok(Math.abs(feature(f, 'typeSoft') - 1) < 1e-9);
  });

  it('same focus, other type: focus covered but type mismatch', () => {
    const f = pairFeatures(chq, analyse('What causes lupus?', v, true), v);
    assert.equal(feature(f, 'focusExact'), 1);
    assert.equal(feature(f, 'typeMatch'), 0);
    assert.equal(feature(f, 'typeMismatch'), 1);
    assert.equal(feature(f, 'focusXmismatch'), 1);
  });

  it('generic FAQ answers an information request', () => {
    const f = pairFeatures(chq, analyse('What is lupus?', v, true), v);
    assert.equal(feature(f, 'faqGeneric'), 1);
    assert.equal(feature(f, 'genericInfo'), 1); // "I want to know about" is an information request
    assert.equal(feature(f, 'typeMismatch'), 0);
  });

  it('other focus: nothing of the focus is in the CHQ, misspellings still count as fuzzy', () => {
    const other = pairFeatures(chq, analyse('How is asthma treated?', v, true), v);
    assert.equal(feature(other, 'focusExact'), 0);
    assert.equal(feature(other, 'focusFuzzy'), 0);
    const typo = pairFeatures(analyse('fibromalgia help', v, false), analyse('What is fibromyalgia?', v, true), v);
    assert.equal(feature(typo, 'focusExact'), 0);
    assert.equal(feature(typo, 'focusFuzzy'), 1);
  });
});

function tinyModelFile(dir: string): string {
  const pairs = [
    { chq: 'How is lupus treated?', faq: 'What is the therapy for lupus?', label: true, weight: 1 },
    { chq: 'How is lupus treated?', faq: 'What causes lupus?', label: false, weight: 1 },
    { chq: 'What causes lupus?', faq: 'Why do people get lupus?', label: true, weight: 1 },
    { chq: 'What causes lupus?', faq: 'How is asthma treated?', label: false, weight: 1 },
  ];
  const model = trainModel(pairs, { vectors: tinyVectors(), groups: ['type', 'focus'], l2: 1 });
  const file = path.join(dir, 'tiny.json');
  writeFileSync(file, JSON.stringify(model.toJson()));
  return file;
}

describe('model', () => {
  it('trains, saves and loads to the same scores; probabilities rank the right FAQ first', async () => {
    const dir = tempDir('askdoc-rqe-');
    const file = tinyModelFile(dir);
    const loaded = await loadModel(file);
    const json = JSON.parse(readFileSync(file, 'utf8')) as ModelJson;
    const again = modelFromJson(json);
    const good = loaded.score('How is lupus treated?', 'What is the therapy for lupus?');
    const bad = loaded.score('How is lupus treated?', 'What causes lupus?');
    assert.ok(good > 0 && good < 1);
    assert.ok(good > bad);
    assert.equal(again.score('How is lupus treated?', 'What causes lupus?'), bad);
  });

  it('refuses a file whose features do not match the code', () => {
    const dir = tempDir('askdoc-rqe-');
    const json = JSON.parse(readFileSync(tinyModelFile(dir), 'utf8')) as ModelJson;
    assert.throws(() => modelFromJson({ ...json, features: ['nope'] }), /do not match/);
    assert.throws(() => modelFromJson({ ...json, logistic: { ...json.logistic, weights: [1] } }), /logistic has 1 weights/);
  });
});

describe('deciding with the threshold', () => {
  it('askdoc similarity calls a pair entailing exactly when its probability reaches the threshold', async () => {
    const dir = tempDir('askdoc-rqe-');
    const file = tinyModelFile(dir);
    const json = JSON.parse(readFileSync(file, 'utf8')) as ModelJson;
    const xml = path.join(dir, 'pairs.xml');
    writeFileSync(xml, '<R><pair pid="a" value="true"><chq>How is lupus treated?</chq><faq>What is the therapy for lupus?</faq></pair></R>');
    // A regression of constant probability 1/(1+e^2) ≈ 0.1192, whatever the pair.
    const constant = { ...json.logistic, weights: json.logistic.weights.map(() => 0), bias: -2 };
    for (const [threshold, entails] of [[0.2, false], [0.119, true]] as const) {
      writeFileSync(file, JSON.stringify({ ...json, logistic: constant, threshold }));
      const lines: string[] = [];
      assert.deepEqual(await runSimilarity(xml, file, (l) => lines.push(l)), { accuracy: entails ? 1 : 0 });
      assert.equal(lines[0], `a 0.1192 ${entails}`);
      assert.equal(modelFromJson({ ...json, logistic: constant, threshold }).entails('How is lupus treated?', 'What causes lupus?'), entails);
    }
  });
});

describe('runSimilarity', () => {
  it('prints "pid score label" per pair and the accuracy over labelled pairs', async () => {
    const dir = tempDir('askdoc-rqe-');
    const model = tinyModelFile(dir);
    const xml = path.join(dir, 'pairs.xml');
    writeFileSync(xml, XML);
    const lines: string[] = [];
    const { accuracy } = await runSimilarity(xml, model, (l) => lines.push(l));
    assert.equal(lines.length, 4);
    assert.match(lines[0] ?? '', /^1 [01]\.\d{4} (true|false)$/);
    assert.match(lines[2] ?? '', /^007 /);
    assert.match(lines[3] ?? '', /^accuracy: [01]\.\d{3}$/);
    assert.ok(accuracy !== null && [0, 0.5, 1].includes(accuracy), 'two labelled pairs');

    writeFileSync(xml, '<R><pair pid="a"><chq>How is lupus treated?</chq><faq>What causes lupus?</faq></pair></R>');
    const unlabelled: string[] = [];
    assert.deepEqual(await runSimilarity(xml, model, (l) => unlabelled.push(l)), { accuracy: null });
    assert.equal(unlabelled.length, 1);
  });
});

describe('decisions among one question\'s candidates', () => {
  const pairs = [
    { chq: 'How is lupus treated?', score: 0.9 },
    { chq: ' how is  LUPUS treated? ', score: 0.72 },
    { chq: 'How is lupus treated?', score: 0.55 },
    { chq: 'What causes gout?', score: 0.5 },
    { chq: 'Is acne contagious?', score: 0.3 },
  ];

  it('without a margin, each pair is decided by the threshold alone', () => {
    assert.deepEqual(decideEntailment(pairs, 0.45, null), [true, true, true, true, false]);
  });

  it('with a margin, a pair far below its question\'s best candidate does not entail', () => {
    // Lupus best 0.9: within 0.3 means ≥ 0.6, so 0.72 stays and 0.55 goes; gout has no rival.
    assert.deepEqual(decideEntailment(pairs, 0.45, 0.3), [true, true, false, true, false]);
    // The best candidate must still reach the threshold.
    assert.deepEqual(decideEntailment(pairs, 0.95, 0.3), [false, false, false, false, false]);
  });

  it('picks the widest margin with the best accuracy', () => {
    const labels = [true, true, false, true, false];
    const m = bestMargin(pairs, labels, 0.45);
    // none and 0.4 (≥ 0.5) keep 0.55: 4 of 5; 0.3 and 0.25 get all 5, and the wider one wins;
    // 0.15 (≥ 0.75) also drops 0.72.
    assert.equal(m.margin, 0.3);
    assert.equal(m.accuracy, 1);
    assert.equal(m.tried.find((t) => t.margin === null)?.accuracy, 0.8);
    assert.equal(m.tried.find((t) => t.margin === 0.15)?.accuracy, 0.8);
  });

  it('askdoc similarity applies the model\'s margin', async () => {
    const dir = tempDir('askdoc-rqe-');
    const file = tinyModelFile(dir);
    const json = JSON.parse(readFileSync(file, 'utf8')) as ModelJson;
    const xml = path.join(dir, 'pairs.xml');
    writeFileSync(
      xml,
      '<R><pair pid="a" value="true"><chq>How is lupus treated?</chq><faq>What is the therapy for lupus?</faq></pair>' +
        '<pair pid="b" value="false"><chq>How is lupus treated?</chq><faq>What causes lupus?</faq></pair></R>',
    );
    // Threshold 0: pair by pair both entail; with margin 0 only the better candidate does.
    writeFileSync(file, JSON.stringify({ ...json, threshold: 0 }));
    const plain: string[] = [];
    assert.deepEqual(await runSimilarity(xml, file, (l) => plain.push(l)), { accuracy: 0.5 });
    assert.match(plain[1] ?? '', / true$/);
    writeFileSync(file, JSON.stringify({ ...json, threshold: 0, margin: 0 }));
    const lines: string[] = [];
    assert.deepEqual(await runSimilarity(xml, file, (l) => lines.push(l)), { accuracy: 1 });
    assert.match(lines[0] ?? '', /^a .* true$/);
    assert.match(lines[1] ?? '', /^b .* false$/);
  });
});

describe('shipped model', () => {
  it('scores at least 0.80 on the MEDIQA validation pairs', async (t) => {
    if (!existsSync(validationFile)) {
      t.skip(`${validationFile} is absent`);
      return;
    }
    const lines: string[] = [];
    const { accuracy } = await runSimilarity(validationFile, shippedModel, (l) => lines.push(l));
    assert.equal(lines.length, 303);
    assert.ok(accuracy !== null && accuracy >= 0.8, `validation accuracy ${accuracy}`);
  });

  it('takes a causes FAQ over the overview for a question about heredity', async () => {
    const model = await loadModel(shippedModel);
    const q = 'Is depression hereditary?';
    assert.ok(model.score(q, 'What causes Depression ?') > model.score(q, 'What is (are) Depression ?'));
    // A genetic condition's own inheritance page stays the better match.
    const cf = 'Is cystic fibrosis inherited?';
    assert.ok(model.score(cf, 'Is cystic fibrosis inherited ?') > model.score(cf, 'What causes Cystic Fibrosis ?'));
  });
});
