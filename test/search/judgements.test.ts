import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

describe('"bad" as a judgement', () => {
  const docs: SearchDoc[] = [
    aTrustedDoc('BAD1', 'What is (are) Bad Breath?', 'Breath odor comes from the mouth, the teeth or the stomach.', 'Bad Breath', 'information'),
    aTrustedDoc('SLP1', 'What is (are) Sleep habits?', 'A cool room, a fan or an open window help some people sleep.', 'Sleep habits', 'information'),
    // "Sleep" is a common word in an archive, "bad" in a name a rare one.
    aTrustedDoc('SLP2', 'What is (are) Sleep apnea?', 'Breathing stops for short times during sleep.', 'Sleep apnea', 'information'),
    aTrustedDoc('SLP3', 'What is (are) Insomnia?', 'Trouble with sleep: falling asleep or staying asleep.', 'Insomnia', 'information'),
    aTrustedDoc('SLP4', 'What is (are) Sleepwalking?', 'Walking or doing other things during sleep.', 'Sleepwalking', 'information'),
  ];

  it('is no search word when it judges, so a page named with it does not win on it', () => {
    const q = 'Is it bad to sleep with a fan on?';
    assert.equal(anIndexOf(docs, { judgementWords: false }).search(q, { limit: 1 })[0]?.id, 'BAD1');
    const ix = anIndexOf(docs);
    assert.equal(ix.search(q, { limit: 1 })[0]?.id, 'SLP1');
    assert.equal(ix.understand(q).terms.has('bad'), false);
  });

  it('stays a search word where it describes or names something', () => {
    const ix = anIndexOf(docs);
    for (const q of ['my breath smells bad?', 'how do I get rid of bad breath', 'is bad cholesterol genetic']) {
      assert.equal(ix.understand(q).terms.has('bad'), true, q);
    }
    assert.equal(ix.search('my breath smells bad?', { limit: 1 })[0]?.id, 'BAD1');
  });
});

describe('"fine" as how one is', () => {
  const docs: SearchDoc[] = [
    aTrustedDoc('FLS3', 'What causes Fine-Lubinsky syndrome?', 'The cause of this rare syndrome of the brain and face is not known.', 'Fine-Lubinsky syndrome', 'causes'),
    aTrustedDoc('THR2', 'What causes Thrombocytopenia?', 'A low platelet count may be caused by the bone marrow, the spleen or medicines.', 'Thrombocytopenia', 'causes'),
    aTrustedDoc('FNA1', 'What is (are) Fine needle aspiration?', 'A thin needle takes cells from a lump.', 'Fine needle aspiration', 'information'),
    aTrustedDoc('PLT1', 'What is (are) Platelets?', 'Platelets help blood clot; a count is part of a blood test.', 'Platelets', 'information'),
  ];

  it('is no search word, so the one page with it does not win on it', () => {
    const q = 'my platelets came back at 90,000 but I feel fine, what could cause it?';
    assert.equal(anIndexOf(docs, { judgementWords: false }).search(q, { limit: 1 })[0]?.id, 'FLS3');
    const ix = anIndexOf(docs);
    assert.equal(ix.understand(q).terms.has('fine'), false);
    assert.equal(ix.search(q, { limit: 1 })[0]?.id, 'THR2');
  });

  it('stays a search word in a name', () => {
    const ix = anIndexOf(docs);
    for (const q of ['is a fine needle aspiration painful', 'she looks fine needle marks aside', 'what causes Fine-Lubinsky syndrome']) {
      assert.equal(ix.understand(q).terms.has('fine'), true, q);
    }
  });
});
