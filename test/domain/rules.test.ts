import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { salutationFlag, salutationOf } from '../../src/domain/rules/salutation.js';
import { firstSentence, isTitleArtifact, reviewTitle, titleArtifact } from '../../src/domain/rules/title.js';

describe('title artifacts', () => {
  test('apology, refusal and AI phrases are detected', () => {
    const artifacts = [
      "I'm sorry, but the question",
      'I’m sorry, I could not',
      'I am sorry for the confusion',
      'I apologize, but there is no',
      'Sorry, but I need more details',
      'As an AI, I cannot diagnose',
      'Title: as a language model I',
      'I cannot provide a title for this',
      "I can't help with that request",
      'Unfortunately, I do not have enough',
      'It seems that the text',
    ];
    for (const title of artifacts) assert.ok(isTitleArtifact(title), title);
  });

  test('titles cut off mid-sentence or empty are detected', () => {
    assert.equal(titleArtifact('Knee pain that'), 'ends mid-sentence');
    assert.equal(titleArtifact('Questions about the'), 'ends mid-sentence');
    assert.equal(titleArtifact('Rash on my arms,'), 'ends mid-sentence');
    assert.equal(titleArtifact(''), 'is empty');
    assert.equal(titleArtifact('   '), 'is empty');
  });

  test('ordinary titles pass, including ones with "I can\'t"', () => {
    for (const title of [
      'Heel pain in the morning',
      'Why I can’t sleep after knee surgery',
      "I can't stop sneezing in spring",
      'Is it normal to feel dizzy after standing up?',
      'Hepatitis A vaccine before travel',
      'Sorry state of my teeth',
    ]) {
      assert.equal(titleArtifact(title), null, title);
    }
  });

  test('first sentence ignores abbreviation periods and later paragraphs', () => {
    assert.equal(firstSentence('Is a cold sore contagious? My partner has one.'), 'Is a cold sore contagious?');
    assert.equal(firstSentence('Dr. Ruiz said it was fine. But it still hurts?'), 'Dr. Ruiz said it was fine.');
    assert.equal(firstSentence('No punctuation here\nSecond paragraph?'), 'No punctuation here');
    assert.equal(firstSentence('Really?! It came back.'), 'Really?!');
  });

  test('a sound title is left alone', () => {
    assert.deepEqual(reviewTitle('Heel pain in the morning', 'Why does my heel hurt?'), {
      title: 'Heel pain in the morning',
      flag: null,
    });
  });

  test('an artifact title is replaced by an opening question', () => {
    assert.deepEqual(reviewTitle("I'm sorry, but it seems that", 'Do cold sores spread to the eyes? I have one now.'), {
      title: 'Do cold sores spread to the eyes?',
      flag: { kind: 'title-repaired', detail: `original title: "I'm sorry, but it seems that"` },
    });
  });

  test('an artifact title stays, flagged, when the question opens with a statement', () => {
    const review = reviewTitle('I apologize, but', 'My ankle is swollen. Should I see someone?');
    assert.equal(review.title, 'I apologize, but');
    assert.equal(review.flag?.kind, 'title-artifact');
    assert.match(review.flag?.detail ?? '', /apology/);
  });

  test('an opening question too long to be a title is not used', () => {
    const long = `Could ${'this very long and winding description '.repeat(6)}be serious?`;
    assert.equal(reviewTitle('', long).flag?.kind, 'title-artifact');
  });
});

describe('salutation', () => {
  test('gendered greetings are read from the opening', () => {
    assert.deepEqual(salutationOf('Hello Mr. Chen,\nYour tests are normal.'), { term: 'Mr.', sex: 'male' });
    assert.deepEqual(salutationOf('Hello, Sir: please rest.'), { term: 'Sir', sex: 'male' });
    assert.deepEqual(salutationOf('Dear Madam, thank you.'), { term: 'Madam', sex: 'female' });
    assert.deepEqual(salutationOf('Hello Mrs. Wang: the rash is mild.'), { term: 'Mrs.', sex: 'female' });
    assert.deepEqual(salutationOf('Dear Lee Miss, I cannot examine you online.'), { term: 'Miss', sex: 'female' });
  });

  test('openings without a gendered greeting give nothing', () => {
    assert.equal(salutationOf('Hello: the symptoms you describe are common.'), null);
    assert.equal(salutationOf('To-ANNA: this is usually harmless.'), null);
    assert.equal(salutationOf('Hello, Jun. Rest and fluids help.'), null);
    // A man mentioned after the greeting is not the person greeted.
    assert.equal(salutationOf('Hello: your father, Mr. Wu, should see a neurologist.'), null);
    // Only the opening line counts.
    assert.equal(salutationOf('Hello,\nMr. Wu can book a test.'), null);
    // Both forms together say nothing about the asker.
    assert.equal(salutationOf('Dear Mr. and Mrs. Lee, thank you.'), null);
  });

  test('a greeting contradicting the recorded sex is flagged', () => {
    assert.deepEqual(salutationFlag('Hello Mr. Chen,', 'female'), {
      kind: 'salutation-mismatch',
      detail: 'reply greets "Mr." but the asker is recorded as female',
    });
    assert.deepEqual(salutationFlag('Dear Ms. Park: rest.', 'male'), {
      kind: 'salutation-mismatch',
      detail: 'reply greets "Ms." but the asker is recorded as male',
    });
  });

  test('no false positives', () => {
    assert.equal(salutationFlag('Hello Mr. Chen,', 'male'), null);
    assert.equal(salutationFlag('Dear Miss Ho,', 'female'), null);
    assert.equal(salutationFlag('Hello Mr. Chen,', 'unknown'), null);
    assert.equal(salutationFlag('Hello: rest well.', 'female'), null);
  });
});
