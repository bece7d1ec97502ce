import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FocusLexicon } from '../../src/search/query/focus.js';
import { detectQuestionTypes } from '../../src/search/query/qtype.js';
import { SpellFixer } from '../../src/search/query/spell.js';

const lexicon = (): FocusLexicon => {
  const l = new FocusLexicon();
  for (const f of ['Tay-Sachs disease', 'Polycystic kidney disease', 'Kidney', 'Diabetes', 'High blood pressure']) l.add(f);
  return l;
};
const none = (): boolean => false;

describe('focus recognition', () => {
  it('prefers the longest phrase and finds several foci', () => {
    const found = lexicon().recognise('My son has Tay Sachs diseases and polycystic kidney disease', none);
    assert.deepEqual(found.map((f) => f.phrase), ['Tay-Sachs disease', 'Polycystic kidney disease']);
  });

  it('repairs a one-letter misspelling of a focus word', () => {
    assert.deepEqual(lexicon().recognise('is polycistic kidney disease curable', none).map((f) => f.phrase), ['Polycystic kidney disease']);
    assert.deepEqual(lexicon().recognise('diabetis diet', none).map((f) => f.phrase), ['Diabetes']);
  });

  it('finds nothing in a question without a known focus', () => {
    assert.deepEqual(lexicon().recognise('what should I eat for breakfast', none), []);
  });
});

describe('spelling repair', () => {
  it('corrects insertions, deletions and substitutions of one letter, and leaves short words alone', () => {
    const s = new SpellFixer();
    for (const w of ['metformin', 'ibuprofen']) s.addWord(w);
    assert.equal(s.correct('metformine'), 'metformin');
    assert.equal(s.correct('ibuprofn'), 'ibuprofen');
    assert.equal(s.correct('ibuprofan'), 'ibuprofen');
    assert.equal(s.correct('metformin'), null);
    assert.equal(s.correct('cat'), null);
  });
});

describe('question type', () => {
  it('maps cue words to MedQuAD qtypes, first cue first', () => {
    assert.equal(detectQuestionTypes('How is Noonan syndrome treated?')[0], 'treatment');
    assert.equal(detectQuestionTypes('What causes migraines?')[0], 'causes');
    assert.ok(detectQuestionTypes('Is it hereditary? Will my kids get it?').includes('inheritance'));
    assert.equal(detectQuestionTypes('What is the usual dose of metformin')[0], 'usage');
    assert.equal(detectQuestionTypes('How should I store insulin?')[0], 'storage and disposal');
    assert.ok(detectQuestionTypes('side effects of lisinopril').includes('side effects'));
    assert.deepEqual(detectQuestionTypes('Tell me about asthma'), ['information']);
    assert.deepEqual(detectQuestionTypes('asthma'), []);
  });
});
