import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, words } from '../../src/search/text/analyze.js';
import { porterStem } from '../../src/search/text/porter.js';

describe('Porter stemmer', () => {
  it('matches the examples of Porter (1980)', () => {
    const cases: [string, string][] = [
      ['caresses', 'caress'], ['ponies', 'poni'], ['cats', 'cat'], ['agreed', 'agre'], ['plastered', 'plaster'],
      ['motoring', 'motor'], ['sing', 'sing'], ['conflated', 'conflat'], ['hopping', 'hop'], ['falling', 'fall'],
      ['filing', 'file'], ['happy', 'happi'], ['relational', 'relat'], ['conditional', 'condit'], ['generalization', 'gener'],
      ['electrical', 'electr'], ['adjustment', 'adjust'], ['adoption', 'adopt'], ['controlling', 'control'], ['rolling', 'roll'],
    ];
    for (const [word, stem] of cases) assert.equal(porterStem(word), stem, word);
  });

  it('conflates the variants health questions use', () => {
    assert.equal(porterStem('symptoms'), porterStem('symptom'));
    assert.equal(porterStem('diseases'), porterStem('disease'));
    assert.equal(porterStem('kidneys'), porterStem('kidney'));
    assert.equal(porterStem('treating'), porterStem('treated'));
  });
});

describe('analyze', () => {
  it('drops function words and chatty consumer phrasing, then stems', () => {
    assert.deepEqual(analyze("Hi doctor, I was wondering about my kidneys' treatments! Thanks"), ['kidnei', 'treatment']);
    // What someone said is how the question is told, not what it is about ("say" met Barber Say syndrome).
    assert.deepEqual(analyze('My doctor says my blood is thin, he said so and told me'), ['blood', 'thin']);
  });

  it('folds case and accents and keeps numbers', () => {
    assert.deepEqual(words('Café AU-LAIT spots, type 2'), ['cafe', 'au', 'lait', 'spots', 'type', '2']);
    assert.deepEqual(analyze('Type 2 diabetes'), ['type', '2', 'diabet']);
  });

  it('gives everyday and British forms the archive\'s stem, inflections included', () => {
    assert.deepEqual(analyze('itchy, swollen ankles'), analyze('itching swelling ankles'));
    assert.deepEqual(analyze('Tumours and diarrhoea'), analyze('tumors and diarrhea'));
    assert.deepEqual(analyze('paracetamol'), analyze('acetaminophen'));
    assert.deepEqual(analyze('anxious, poop, peeing'), analyze('anxiety, stool, urine'));
    assert.deepEqual(analyze('a high temp, my meds'), analyze('a high temperature, my medicines'));
    // Porter alone leaves them apart: that is why the table exists.
    assert.notEqual(porterStem('itchy'), porterStem('itching'));
    // Words outside the table keep Porter's stem ("runny" is not "run").
    assert.deepEqual(analyze('runny nose'), ['runni', 'nose']);
  });

  it('keeps an inflammation apart from its organ', () => {
    // Porter alone strips "-iti" from a long stem: "thyroiditis" would be "thyroid".
    assert.equal(porterStem('thyroiditis'), porterStem('thyroid'));
    const pairs: Array<[string, string]> = [['thyroiditis', 'thyroid'], ['prostatitis', 'prostate'], ['sinusitis', 'sinuses'], ['hepatitis', 'hepatic'], ['tonsillitis', 'tonsils']];
    for (const [disease, organ] of pairs) {
      assert.notDeepEqual(analyze(disease), analyze(organ), disease);
    }
    assert.deepEqual(analyze('Sinusitis'), analyze('sinusitis'));
    assert.deepEqual(analyze('arthritis'), [porterStem('arthritis')]);
  });

  it('returns nothing for text without words', () => {
    assert.deepEqual(analyze(''), []);
    assert.deepEqual(analyze('?!… 🤒🤕 ---'), []);
  });
});
