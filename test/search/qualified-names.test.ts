import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { qualifiedNames } from '../../src/search/query/qualified-names.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

describe('the names a page with a population or a colon in its name is filed under', () => {
  it('drops a trailing population', () => {
    assert.deepEqual(qualifiedNames('Intussusception - children'), ['Intussusception']);
    assert.deepEqual(qualifiedNames('Pyloric stenosis - infant'), ['Pyloric stenosis']);
    assert.deepEqual(qualifiedNames('Obstructive sleep apnea - adults'), ['Obstructive sleep apnea']);
    assert.deepEqual(qualifiedNames('Fractured collar bone - newborn'), ['Fractured collar bone']);
  });

  it('drops a trailing word that sorts the page among its kind, but keeps "in children"', () => {
    assert.deepEqual(qualifiedNames('Goiter - simple'), ['Goiter']);
    assert.deepEqual(qualifiedNames('Osteoporosis - overview'), ['Osteoporosis']);
    assert.deepEqual(qualifiedNames('Hypercalcemia - discharge'), []);
    assert.deepEqual(qualifiedNames('Diarrhea in infants'), []);
  });

  it('keeps other dashes, and a population that is not at the end', () => {
    assert.deepEqual(qualifiedNames('Tooth - abnormal colors'), []);
    assert.deepEqual(qualifiedNames('Thrush - children and adults'), []);
    assert.deepEqual(qualifiedNames('Asthma'), []);
  });

  it('splits a colon title into the name before it and a short name after it', () => {
    assert.deepEqual(qualifiedNames('Pyelonephritis: Kidney Infection'), ['Pyelonephritis', 'Kidney Infection']);
    assert.deepEqual(qualifiedNames('Treatment Methods for Kidney Failure: Hemodialysis'), ['Treatment Methods for Kidney Failure', 'Hemodialysis']);
  });

  it('reads a headline after the colon, or a former name before it, as no name', () => {
    assert.deepEqual(qualifiedNames('Kidney Failure: What to Expect'), ['Kidney Failure']);
    assert.deepEqual(qualifiedNames('How to stop smoking: Dealing with cravings'), ['How to stop smoking']);
    assert.deepEqual(qualifiedNames('Your Guide to Diabetes: Type 1 and Type 2'), ['Your Guide to Diabetes']);
    assert.deepEqual(qualifiedNames("Formerly: Wegener's granulomatosis"), ["Wegener's granulomatosis"]);
  });

  it('leaves no stray short key behind', () => {
    assert.deepEqual(qualifiedNames('OG - infants'), []);
  });

  it('lets a question that names the condition without the population find its page by focus', () => {
    const docs = [
      aTrustedDoc('INT2', 'What causes Intussusception - children ?', 'The cause is mostly unknown; a viral infection may swell the lymph tissue of the intestine.', 'Intussusception - children', 'causes'),
      aTrustedDoc('INT1', 'What is (are) Intussusception - children ?', 'One part of the intestine slides into another.', 'Intussusception - children', 'information'),
      aTrustedDoc('CAU1', 'What causes Abdominal pain ?', 'Many things cause belly pain, among them a blocked intestine.', 'Abdominal pain', 'causes'),
    ];
    const understand = (on: boolean): string[] => anIndexOf(docs, { useRerank: false, qualifiedNames: on }).understand('what causes intussusception').foci.map((f) => f.phrase);
    assert.deepEqual(understand(true), ['Intussusception']);
    assert.deepEqual(understand(false), []);
    assert.equal(anIndexOf(docs, { useRerank: false }).search('what causes intussusception', { limit: 1 })[0]?.id, 'INT2');
  });

  it('files the main name only: a synonym for a population does not make the everyday word its focus', () => {
    const docs = [
      aTrustedDoc('GERI', 'What is (are) Gastroesophageal reflux in infants ?', 'Food comes back up from an infant\'s stomach.', 'Gastroesophageal reflux in infants', 'information', { synonyms: ['Reflux - infants'] }),
      aTrustedDoc('GERD', 'What is (are) Gastroesophageal reflux disease ?', 'Stomach contents leak back into the food pipe.', 'Gastroesophageal reflux disease', 'information'),
    ];
    assert.deepEqual(anIndexOf(docs, { useRerank: false }).understand('what is reflux').foci, []);
  });
});
