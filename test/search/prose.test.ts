import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { proseShare } from '../../src/search/text/prose.js';

describe('proseShare', () => {
  it('is 1 for sentences and 0 for a list of links', () => {
    assert.equal(proseShare('Growth hormone helps children grow. Heart surgery may be needed!'), 1);
    const links = 'These pages cover the care of Noonan syndrome:  - Testing Registry: Noonan syndrome  - Encyclopedia: Noonan syndrome  - Drug Therapy  - Palliative Care';
    assert.equal(proseShare(links), 0);
  });

  it('counts the words of finished sentences among all words, list items included', () => {
    // A 6-word sentence, a 2-word lead-in without a stop, then 4 list items of 2 words: 6 / 16.
    const mixed = 'Signs vary from person to person. The list:  - Short stature  - Webbed neck  - Low ears  - Heart defects';
    assert.equal(proseShare(mixed), 6 / 16);
    // A sentence inside a list item is still prose, and a bracket may close after the stop:
    // "Causes:" (1 word) is not; the two items (4 + 4 words) are.
    assert.equal(proseShare('Causes:  - Most cases are inherited.  - Some start anew (rarely.)'), 8 / 9);
  });

  it('treats a missing answer as prose, not as a list', () => {
    assert.equal(proseShare(''), 1);
    assert.equal(proseShare('   '), 1);
  });

  it('counts an answer of questions alone as no prose: it only repeats what was asked', () => {
    assert.equal(proseShare("What causes Bell's palsy?"), 0);
    assert.equal(proseShare('What are the signs of X? - fever - rash'), 0);
    // A question before sentences that answer it is prose like them.
    assert.equal(proseShare('What causes X? A change in one gene causes it.'), 1);
  });
});
