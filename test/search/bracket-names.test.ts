import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bracketNames } from '../../src/search/query/bracket-names.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

describe('the names a page with a bracket in its name is filed under', () => {
  it('drops the bracket, and keeps a bracketed name that closes the page name', () => {
    assert.deepEqual(bracketNames('Collapsed lung (pneumothorax)', 'information'), ['Collapsed lung', 'pneumothorax']);
    assert.deepEqual(bracketNames('Delta agent (Hepatitis D)', 'causes'), ['Delta agent', 'Hepatitis D']);
    assert.deepEqual(bracketNames('Pelvic inflammatory disease (PID) - aftercare', 'information'), ['Pelvic inflammatory disease - aftercare', 'PID']);
  });

  it('keeps a short name or an "also known as" wherever it stands', () => {
    assert.deepEqual(bracketNames('Acute cytomegalovirus (CMV) infection', 'symptoms'), ['Acute cytomegalovirus infection', 'CMV']);
    assert.deepEqual(bracketNames('Parasites - Enterobiasis (also known as Pinworm Infection)', 'causes'), ['Parasites - Enterobiasis', 'Pinworm Infection']);
  });

  it('reads a qualifier as no name: an age, "adult", "acute", a note for professionals, a list', () => {
    assert.deepEqual(bracketNames('Speech impairment (adult)', 'information'), ['Speech impairment']);
    assert.deepEqual(bracketNames('Crying - excessive (0 to 6 months)', 'information'), ['Crying - excessive']);
    assert.deepEqual(bracketNames('Partial (focal) seizure', 'information'), ['Partial seizure']);
    assert.deepEqual(bracketNames('MMR (measles, mumps,and rubella) vaccine - what you need to know', 'information'), ['MMR vaccine - what you need to know']);
    assert.deepEqual(bracketNames('Tuberculosis (TB)', 'information'), ['Tuberculosis']);
  });

  it('leaves names without brackets, and medicine leaflets, to other rules', () => {
    assert.deepEqual(bracketNames('Atrial fibrillation', 'information'), []);
    assert.deepEqual(bracketNames('Propranolol (Cardiovascular)', 'side effects'), []);
  });

  it('lets a question that names the page either way find it', () => {
    const docs = [
      aTrustedDoc('ASD1', 'What is (are) Atrial septal defect (ASD) ?', 'A hole in the wall between the upper chambers of the heart.', 'Atrial septal defect (ASD)', 'information'),
      aTrustedDoc('VSD1', 'What is (are) Ventricular septal defect ?', 'A hole in the wall between the lower chambers of the heart.', 'Ventricular septal defect', 'information'),
      aTrustedDoc('ATR1', 'What is (are) Atrial fibrillation ?', 'An atrial rhythm that is fast and irregular; the upper chambers quiver.', 'Atrial fibrillation', 'information'),
    ];
    const focusOf = (bracket: boolean): string[] => anIndexOf(docs, { useRerank: false, bracketNames: bracket }).understand('what is an atrial septal defect').foci.map((f) => f.phrase);
    assert.deepEqual(focusOf(true), ['Atrial septal defect']);
    assert.deepEqual(focusOf(false), []);
  });
});
