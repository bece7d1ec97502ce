import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dietCondition } from '../../src/search/query/diet-pages.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

describe('diet pages', () => {
  it('reads the condition a diet page is named for', () => {
    assert.equal(dietCondition('Diet - chronic kidney disease'), 'chronic kidney disease');
    assert.equal(dietCondition('Heart disease and diet'), 'Heart disease');
    assert.equal(dietCondition('Diabetes type 2 - meal planning'), 'Diabetes type 2');
    assert.equal(dietCondition('Celiac disease - nutritional considerations'), 'Celiac disease');
    for (const name of ['Mediterranean diet', 'Chronic kidney disease', 'Diets']) assert.equal(dietCondition(name), null, name);
  });

  const docs = [
    aTrustedDoc('K1', 'What is (are) Chronic kidney disease?', 'The kidneys slowly lose their function over time.', 'Chronic kidney disease', 'information'),
    aTrustedDoc('K2', 'What are the treatments for Chronic kidney disease?', 'Blood pressure control and dialysis.', 'Chronic kidney disease', 'treatment'),
    aTrustedDoc('K3', 'What is (are) Diet - chronic kidney disease?', 'Limit salt, potassium and phosphorus.', 'Diet - chronic kidney disease', 'information'),
    aTrustedDoc('T1', "What is (are) Traveler's diarrhea?", 'Loose stools after eating food abroad.', "Traveler's diarrhea", 'information'),
    aTrustedDoc('T2', "What is (are) Diet - traveler's diarrhea?", 'Drink clear fluids.', "Diet - traveler's diarrhea", 'information'),
    aTrustedDoc('A1', 'What is (are) Diarrhea?', 'Loose, watery stools.', 'Diarrhea', 'information'),
  ];
  const first = (index: ReturnType<typeof anIndexOf>, q: string): string | undefined => index.search(q, { limit: 1 })[0]?.id;

  it('answers what to eat with a condition from its diet page, only when diet is asked', () => {
    const index = anIndexOf(docs, { useRerank: false });
    assert.equal(first(index, 'what should I eat with chronic kidney disease?'), 'K3');
    assert.ok(index.understand('what should I eat with chronic kidney disease?').foci.some((f) => f.phrase === 'Diet - chronic kidney disease'));
    assert.ok(!index.understand('how is chronic kidney disease treated?').foci.some((f) => f.phrase === 'Diet - chronic kidney disease'));
    const without = anIndexOf(docs, { useRerank: false, dietPages: false });
    assert.notEqual(first(without, 'what should I eat with chronic kidney disease?'), 'K3');
  });

  it('does not take a diet for a narrower condition as a diet for the broader one', () => {
    const index = anIndexOf(docs, { useRerank: false });
    assert.ok(!index.understand('what should I eat when I have diarrhea?').foci.some((f) => f.phrase === "Diet - traveler's diarrhea"));
  });
});
