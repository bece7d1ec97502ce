import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readableQuestion, verbFor } from '../../src/domain/rules/question-text.js';

describe('readableQuestion: MedQuAD template seams, shown without rewording', () => {
  it('"What is (are) X ?" reads "What is X?" or "What are X?" by the head noun', () => {
    const cases: Array<[string, string]> = [
      ['What is (are) Glaucoma ?', 'What is Glaucoma?'],
      ['What is (are) Kidney Stones ?', 'What are Kidney Stones?'],
      ['What is (are) Knee Injuries and Disorders ?', 'What are Knee Injuries and Disorders?'],
      // The head noun is the one before the preposition, not the phrase's last word.
      ['What is (are) Devices for hearing loss ?', 'What are Devices for hearing loss?'],
      ['What is (are) Heart failure - surgeries and devices ?', 'What is Heart failure - surgeries and devices?'],
      ['What is (are) Chronic lymphocytic leukemia (CLL) ?', 'What is Chronic lymphocytic leukemia (CLL)?'],
    ];
    for (const [raw, shown] of cases) assert.equal(readableQuestion(raw), shown, raw);
  });

  it('names ending in s that are one thing take "is"', () => {
    for (const focus of ['Measles', 'Diabetes', 'Psoriasis', 'Lupus', 'Cushing\'s', 'AIDS', 'Genetics', 'Stress', 'Shingles']) {
      assert.equal(verbFor(focus), 'is', focus);
    }
    for (const focus of ['Varicose Veins', 'Mitochondrial Myopathies', 'Ulcers', 'Mucopolysaccharidoses']) {
      assert.equal(verbFor(focus), 'are', focus);
    }
  });

  it('a focus that is itself a titled question is shown as it stands', () => {
    assert.equal(
      readableQuestion('What is (are) What I need to know about Kidney Failure and How Its Treated ?'),
      'What I need to know about Kidney Failure and How Its Treated?',
    );
    assert.equal(
      readableQuestion('What is (are) Am I at Risk for Type 2 Diabetes? Taking Steps to Lower Your Risk of Getting Diabetes ?'),
      'Am I at Risk for Type 2 Diabetes? Taking Steps to Lower Your Risk of Getting Diabetes?',
    );
  });

  it('one question mark right after the last word, and a capital first letter', () => {
    assert.equal(readableQuestion('Who is at risk for Sleep Apnea? ?'), 'Who is at risk for Sleep Apnea?');
    assert.equal(readableQuestion('What are the symptoms of Angina  ??'), 'What are the symptoms of Angina?');
    assert.equal(
      readableQuestion('what research (or clinical trials) is being done for Ataxia ?'),
      'What research (or clinical trials) is being done for Ataxia?',
    );
    assert.equal(readableQuestion('Do you have information about Vitamin D'), 'Do you have information about Vitamin D?');
  });

  it('leaves well-formed questions and titles that are not questions alone', () => {
    for (const text of ['How is gout treated?', 'Crutches and children - stairs', 'how vaccines prevent disease', 'Is it safe to run with a cold?']) {
      const shown = readableQuestion(text);
      assert.equal(shown.toLowerCase(), text.toLowerCase(), text);
    }
  });
});
