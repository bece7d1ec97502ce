import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { causeSubjects } from '../../src/search/query/causal.js';
import type { FocusMatch } from '../../src/search/query/focus.js';
import { words } from '../../src/search/text/analyze.js';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

/** A focus match for `phrase` where it first occurs in `text`, keyed by `key`. */
function focusIn(text: string, phrase: string, key: number): FocusMatch {
  const ws = words(text);
  const ps = words(phrase);
  const start = ws.findIndex((_, i) => ps.every((p, j) => ws[i + j] === p));
  assert.ok(start >= 0, `"${phrase}" is not in "${text}"`);
  return { key, phrase, terms: ps, start, length: ps.length, namedByStopWord: false };
}

function subjects(text: string, foci: [string, number][], types = ['causes']): number[] {
  return [...causeSubjects(text, { foci: foci.map(([p, k]) => focusIn(text, p, k)), types })];
}

describe('the cause named in a question', () => {
  it('is the subject of a verb of causing that says what it causes', () => {
    assert.deepEqual(subjects('Can high blood pressure cause headaches?', [['high blood pressure', 1], ['headaches', 2]]), [1]);
    assert.deepEqual(subjects('Does lupus cause fatigue?', [['lupus', 1]]), [1]);
    assert.deepEqual(subjects('can stress make my psoriasis worse', [['stress', 1], ['psoriasis', 2]]), [1]);
  });

  it('is not the focus of a passive verb, which is the effect', () => {
    assert.deepEqual(subjects('Can headaches be caused by high blood pressure?', [['headaches', 2], ['high blood pressure', 1]]), []);
    assert.deepEqual(subjects('Is this anemia caused by iron deficiency?', [['anemia', 1], ['iron deficiency', 2]]), []);
    assert.deepEqual(subjects('I have swelling caused from that', [['swelling', 1]]), []);
  });

  it('is nothing when the question asks what causes, names no effect, or asks another type', () => {
    assert.deepEqual(subjects('What can high blood pressure cause in the eyes?', [['high blood pressure', 1]]), []);
    assert.deepEqual(subjects('Can diabetes cause it?', [['diabetes', 1]]), []);
    assert.deepEqual(subjects('I have been diagnosed with gout. Which foods cause gout attacks?', [['gout', 1]]), []);
    assert.deepEqual(subjects('Can high blood pressure cause headaches?', [['high blood pressure', 1], ['headaches', 2]], ['treatment', 'causes']), []);
  });
});

// The cause's name is longer and rarer than the effect's, as "high blood pressure" is against
// "headache"; unrelated pages make both names rare, as in the archive, so the focus boosts count.
const filler = Array.from({ length: 200 }, (_, i) =>
  aTrustedDoc(`OTH${i}`, `What is (are) Condition ${i} ?`, `Condition ${i} is a rare disorder of the skin.`, `Condition ${i}`, 'information'));
const docs: SearchDoc[] = [
  ...filler,
  aTrustedDoc('HBP2', 'What causes High blood pressure ?', 'Age, weight, salt, kidney disease and some medicines raise blood pressure.', 'High blood pressure', 'causes'),
  aTrustedDoc('HBP3', 'What are the symptoms of High blood pressure ?', 'Most of the time there are none. Very high blood pressure can bring a severe headache or a nosebleed.', 'High blood pressure', 'symptoms'),
  aTrustedDoc('HBP5', 'What are the treatments for High blood pressure ?', 'Diet, exercise and medicines lower blood pressure.', 'High blood pressure', 'treatment'),
  aTrustedDoc('HEA2', 'What causes Headache ?', 'Tension, migraine, sinus infections and very high blood pressure are causes of a headache.', 'Headache', 'causes'),
  ...['Migraine', 'Sinusitis', 'Concussion', 'Flu', 'Eye strain', 'Meningitis'].map((f, i) =>
    aTrustedDoc(`SYM${i}`, `What are the symptoms of ${f} ?`, `${f} can bring a headache, and sometimes fever or tiredness.`, f, 'symptoms')),
];

describe('a question whether one condition causes another', () => {
  it('finds the cause\'s symptoms or the effect\'s causes first, not the causes of the cause', () => {
    const index = anIndexOf(docs);
    const first = index.search('Can high blood pressure cause headaches?', { limit: 1 })[0]?.id;
    assert.ok(first === 'HBP3' || first === 'HEA2', `first answer ${first}`);
    const without = anIndexOf(docs, { causeObject: false });
    assert.equal(without.search('Can high blood pressure cause headaches?', { limit: 1 })[0]?.id, 'HBP2');
  });

  it('still finds the causes of a condition asked about in the passive', () => {
    const index = anIndexOf(docs);
    assert.equal(index.search('Can high blood pressure be caused by salt?', { limit: 1 })[0]?.id, 'HBP2');
  });
});
