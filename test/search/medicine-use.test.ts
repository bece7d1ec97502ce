import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SearchDoc } from '../../src/search/types.js';
import { aLeaflet, anIndexOf, aTrustedDoc, focusTypePart } from '../support/builders.js';

const leaflet = (id: string, name: string): SearchDoc[] => aLeaflet(id, name, [3, 4, 5, 7, 9]);
const docs: SearchDoc[] = [
  ...leaflet('WAR', 'Warfarin'),
  ...leaflet('MET', 'Metronidazole'),
  aTrustedDoc('ALC1', 'What is (are) Alcohol ?', 'Drinking alcohol safely means drinking in moderation.', 'Alcohol', 'information', { source: 'MPlusHealthTopics' }),
  aTrustedDoc('GRA1', 'What is Grapefruit ?', '', 'Grapefruit', 'information', { source: 'MPlusHerbsSuppls' }),
  aTrustedDoc('GRA5', 'Are there interactions between Grapefruit and other medications ?', '', 'Grapefruit', 'interactions with medications', { source: 'MPlusHerbsSuppls' }),
  aTrustedDoc('SAFE1', 'Do you have information about Taking multiple medicines safely', '', 'Taking multiple medicines safely', 'information', { source: 'ADAM' }),
  aTrustedDoc('FLU5', 'What are the treatments for Flu ?', 'Rest, fluids and, for some people, antiviral medicines.', 'Flu', 'treatment', { source: 'MPlusHealthTopics' }),
  aTrustedDoc('FLU9', 'How to prevent Flu ?', 'Avoid close contact with sick people and get a flu vaccine every year.', 'Flu', 'prevention', { source: 'MPlusHealthTopics' }),
];

describe('questions about living with a medicine', () => {
  const index = anIndexOf(docs);
  const read = (q: string): { types: string[]; foci: string[] } => {
    const u = index.understand(q);
    return { types: u.types, foci: u.foci.map((f) => f.phrase.toLowerCase()) };
  };

  it('reads "avoid" in a question about a medicine as what to avoid while taking it', () => {
    assert.deepEqual(read('What foods should I avoid on warfarin?').types, ['dietary']);
    assert.deepEqual(read('What should I avoid while taking metronidazole?').types, ['precautions']);
  });

  it('keeps "avoid" a prevention cue when the question names something that is no medicine', () => {
    assert.deepEqual(read('How can I avoid the flu?').types, ['prevention']);
    assert.equal(read('Can warfarin help avoid the flu?').types[0], 'prevention');
  });

  it("finds the leaflet's dietary section for foods to avoid, where without the rule its closing advice wins", () => {
    const q = 'What foods should I avoid on warfarin?';
    // A corpus this small gives every name a low idf; full specificity stands in for MedQuAD's.
    assert.equal(anIndexOf(docs, { focusIdfRef: 0.01 }).search(q, { limit: 1 })[0]?.id, 'WAR5');
    assert.notEqual(anIndexOf(docs, { focusIdfRef: 0.01, medicineUse: false }).search(q, { limit: 1 })[0]?.id, 'WAR5');
  });

  it('reads a food named with a medicine in a question about diet as how the two interact', () => {
    const q = 'Can I eat grapefruit while taking warfarin?';
    assert.deepEqual(read(q).types, ['dietary', 'interactions with medications']);
    const first = (patch: { medicineUse?: boolean }): string | undefined => anIndexOf(docs, { focusIdfRef: 0.01, ...patch }).search(q, { limit: 1 })[0]?.id;
    assert.ok(['GRA5', 'WAR5'].includes(first({}) ?? ''), first({}));
    assert.equal(first({ medicineUse: false }), 'GRA1');
  });

  it('reads stopping a medicine, or its withdrawal, as how to take it', () => {
    assert.deepEqual(read('How do I stop taking warfarin safely?').types.slice(0, 2), ['usage', 'dose']);
    assert.deepEqual(read('Metronidazole withdrawal symptoms').types.slice(0, 2), ['usage', 'dose']);
    assert.deepEqual(read('how to wean off warfarin').types, ['usage', 'dose']);
    // Stopping a disease is still its treatment, and what one gets from a medicine its side effects.
    assert.equal(read('How do I stop the flu?').types[0], 'treatment');
    assert.equal(read('What side effects can I get from warfarin?').types[0], 'side effects');
    assert.match(index.understand('How do I stop taking warfarin safely?').text, /\ndosage$/);
  });

  it("gives the leaflet's usage section the focus-and-type boost for stopping a medicine", () => {
    const q = 'How do I stop taking warfarin safely?';
    const boost = (patch: { medicineUse?: boolean }, id: string): number => focusTypePart(anIndexOf(docs, { focusIdfRef: 0.01, ...patch }), q, id);
    assert.ok(boost({}, 'WAR3') > boost({}, 'WAR9'));
    assert.ok(boost({}, 'WAR3') > boost({}, 'SAFE1'));
    // Without the rule "how do I stop" asks for a treatment, which no leaflet section is.
    assert.ok(boost({}, 'WAR3') > boost({ medicineUse: false }, 'WAR3'));
  });

  it('tells the re-rank that a question about a medicine with a drink asks about interactions', () => {
    assert.match(index.understand('Can I take warfarin after drinking alcohol?').text, /\ninteractions$/);
    assert.doesNotMatch(index.understand('Is alcohol bad for you?').text, /interactions/);
  });
});
