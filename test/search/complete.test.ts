import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Bm25fIndex } from '../../src/search/lexical/bm25f.js';
import type { MedicalSearchIndex } from '../../src/search/medical-index.js';
import { PrefixCompleter } from '../../src/search/query/complete.js';
import { analyze } from '../../src/search/text/analyze.js';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

const corpus = (): SearchDoc[] => [
  aTrustedDoc('D1', 'What are the symptoms of Diabetes?', 'Thirst, frequent urination and tiredness.', 'Diabetes', 'symptoms'),
  aTrustedDoc('D2', 'What are the treatments for Diabetes?', 'Insulin, other medicines and a healthy diet.', 'Diabetes', 'treatment'),
  aTrustedDoc('S1', 'What are the symptoms of Somatic symptom disorder?', 'Worry about symptoms that is out of proportion.', 'Somatic symptom disorder', 'symptoms'),
  aTrustedDoc('M1', 'What causes Migraine?', 'Changes in brain activity; triggers include stress and some foods.', 'Migraine', 'causes'),
  aTrustedDoc('M2', 'What are the treatments for Migraine?', 'Pain relievers taken early, and medicines that prevent attacks.', 'Migraine', 'treatment'),
];

const build = (): MedicalSearchIndex => anIndexOf(corpus());
const ids = (index: MedicalSearchIndex, q: string, typing: boolean): string[] => index.search(q, { limit: 3, typing }).map((h) => h.id);

describe('completing the word being typed', () => {
  it('finds what the finished question would find while its last word is half typed', () => {
    const index = build();
    // As a finished query "diab" matches nothing, and the "symptoms" pairs of another focus win.
    assert.notEqual(ids(index, 'symptoms of diab', false)[0], 'D1');
    assert.equal(ids(index, 'symptoms of diab', true)[0], 'D1');
    assert.equal(ids(index, 'what causes migr', true)[0], 'M1');
    assert.equal(ids(index, 'treatments for migraine', true)[0], 'M2');
  });

  it('leaves finished words alone: a trailing space or mark, a stop word, a prefix under three letters', () => {
    const index = build();
    for (const q of ['symptoms of diab ', 'symptoms of diab?', 'symptoms of', 'symptoms of di']) {
      assert.deepEqual(ids(index, q, true), ids(index, q, false), q);
    }
    assert.deepEqual(index.understand('symptoms of diab ', true).text, 'symptoms of diab ');
    assert.equal(index.understand('symptoms of diab', true).text, 'symptoms of diabet');
  });

  it('weighs the candidates by document frequency and follows the vocabulary as it changes', () => {
    const lexical = new Bm25fIndex();
    // "diabetes" and "diabetic" share the stem "diabet": two documents against one for "diaphragm".
    const docs = ['diabetes insipidus', 'diabetic foot', 'diaphragm hernia'];
    docs.forEach((text, n) => lexical.add(n, [analyze(text), [], []]));
    const completer = new PrefixCompleter(lexical);
    const got = completer.complete('dia', 5);
    assert.deepEqual(got.map((c) => c.term), ['diabet', 'diaphragm']);
    assert.deepEqual(got.map((c) => c.weight.toFixed(3)), ['0.667', '0.333']);
    assert.deepEqual(completer.complete('dia', 1).map((c) => [c.term, c.weight]), [['diabet', 1]]);
    // A whole word typed without the space completes to its own stem.
    assert.deepEqual(completer.complete('diabetes', 5).map((c) => c.term), ['diabet']);
    assert.deepEqual(completer.complete('xyl', 5), []);
    lexical.add(3, [analyze('xylitol'), [], []]);
    assert.deepEqual(completer.complete('xyl', 5).map((c) => c.term), ['xylitol']);
    lexical.remove(3);
    assert.deepEqual(completer.complete('xyl', 5), []);
    assert.deepEqual(completer.complete('di', 5), []);
  });
});
