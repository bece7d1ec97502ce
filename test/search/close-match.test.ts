import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLOSE_MATCH_THRESHOLD, isCloseMatch } from '../../src/search/close-match.js';
import type { MedicalSearchIndex } from '../../src/search/medical-index.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

const index = (): MedicalSearchIndex =>
  anIndexOf([
    aTrustedDoc('N1', 'What are the symptoms of Noonan syndrome?', 'Short stature, heart defects and a webbed neck.', 'Noonan syndrome', 'symptoms'),
    aTrustedDoc('N2', 'What are the treatments for Noonan syndrome?', 'Growth hormone therapy; heart surgery may be needed.', 'Noonan syndrome', 'treatment'),
    aTrustedDoc('D1', 'What is (are) Diabetes?', 'Diabetes is a disease in which blood glucose levels are too high.', 'Diabetes', 'information'),
    aTrustedDoc('G1', 'What are the treatments for Glaucoma?', 'Eye drops lower the pressure in the eye; laser treatment or surgery may follow.', 'Glaucoma', 'treatment'),
  ]);

const first = (ix: MedicalSearchIndex, q: string): { id: string; match: number } => {
  const hit = ix.search(q, { limit: 3 })[0];
  assert.ok(hit, `no hit for ${q}`);
  assert.equal(typeof hit.match, 'number', 'a search hit carries its match estimate');
  return { id: hit.id, match: hit.match ?? -1 };
};

describe('close match', () => {
  it('takes an answer about the asked focus and type as close', () => {
    const ix = index();
    const hit = first(ix, 'How is Noonan syndrome treated?');
    assert.equal(hit.id, 'N2');
    assert.ok(isCloseMatch(hit.match), `match ${hit.match} < ${CLOSE_MATCH_THRESHOLD}`);
  });

  it('does not take an answer that shares one word of another subject as close', () => {
    const ix = index();
    // Only "webbed" and "neck" reach the archive, through an answer about Noonan syndrome.
    const hit = first(ix, 'Why do ducks have webbed feet and such long necks?');
    assert.equal(hit.id, 'N1');
    assert.equal(isCloseMatch(hit.match), false, `match ${hit.match}`);
    // "pressure" finds the glaucoma page, which is not about a pressure cooker.
    assert.equal(isCloseMatch(first(ix, 'how long to cook beans in a pressure cooker').match), false);
  });

  it('counts words the archive never uses against the match', () => {
    const ix = index();
    const plain = first(ix, 'treatments for glaucoma');
    const padded = first(ix, 'treatments for glaucoma in my cockatiel parrot aviary');
    assert.equal(plain.id, 'G1');
    assert.equal(padded.id, 'G1');
    assert.ok(padded.match < plain.match, `${padded.match} should be below ${plain.match}`);
  });

  it('is not estimated while a question is being typed', () => {
    const hits = index().search('glauc', { limit: 3, typing: true });
    assert.ok(hits.length > 0);
    assert.ok(hits.every((h) => h.match === undefined));
  });
});
