import assert from 'node:assert/strict';
import { test } from 'node:test';
import { highlight } from '../../src/search/highlight.js';

const marked = (h: { text: string; matches: Array<[number, number]> }): string[] =>
  h.matches.map(([s, e]) => h.text.slice(s, e));

test('marks the words that share a stem with a query term, ignoring stop words', () => {
  // Porter keeps "treating" (treat) apart from "treatment"; plurals fold onto the singular.
  const h = highlight('Treating migraines: what treatments work for a migraine?', 'treatment for migraine');
  assert.deepEqual(marked(h), ['migraines', 'treatments', 'migraine']);
  assert.equal(h.text, 'Treating migraines: what treatments work for a migraine?');
});

test('cuts a long text around the first match, at word boundaries, with ellipses', () => {
  const filler = 'lorem ipsum dolor sit amet '.repeat(30);
  const h = highlight(`${filler}the kidney stones pass slowly ${filler}`, 'kidney stone', 120);
  assert.ok(h.text.startsWith('…') && h.text.endsWith('…'));
  assert.ok(h.text.length <= 122);
  assert.deepEqual(marked(h), ['kidney', 'stones']);
  assert.match(h.text, /^…(lorem|ipsum|dolor|sit|amet|the) /, 'starts at a whole word');
  assert.match(h.text, / (lorem|ipsum|dolor|sit|amet|the)…$/, 'ends at a whole word');
});

test('queries of punctuation, emoji or markup match nothing and never throw', () => {
  for (const q of ['', '?!?!', '😀😷', "'; DROP TABLE consultations; --", '<script>alert(1)</script>']) {
    const h = highlight('Headache after a <script> tag in my notes', q);
    assert.ok(Array.isArray(h.matches));
  }
  assert.deepEqual(marked(highlight('Headache after a <script> tag', '<script>')), ['script']);
});

test('marks the name an everyday phrase stands for as well as the phrase\'s own words', () => {
  const h = highlight('Insomnia is trouble falling asleep or staying asleep.', 'trouble falling asleep');
  assert.deepEqual(marked(h), ['Insomnia', 'trouble', 'falling', 'asleep', 'asleep']);
});
