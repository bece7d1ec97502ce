import { rewriteBrandNames } from './brand-names.js';
import { BLADDER_BOWEL_TERMS } from './lay/bladder-bowel.js';
import { FOREIGN_BODY_TERMS } from './lay/foreign-bodies.js';
import { GENERAL_TERMS } from './lay/general.js';
import { LEVEL_TERMS } from './lay/levels.js';
import { MIND_TERMS } from './lay/mind.js';
import { MISSPELLING_TERMS } from './lay/misspellings.js';
import { PAIN_TERMS } from './lay/pain.js';
import { REPRODUCTIVE_TERMS } from './lay/reproductive.js';
import { SENSE_TERMS } from './lay/senses.js';
import { PATTERN_TERMS } from './lay/patterns.js';
import { SKIN_INJURY_TERMS } from './lay/skin-injury.js';
import type { LayTerm } from './lay/words.js';
import { rewriteStreetNames } from './street-names.js';

/**
 * Everyday phrases for a complaint that share no word with the name the archive files it under.
 * "Trouble falling asleep" is insomnia, but its words meet Falls; "pins and needles" meets Pin
 * care; "ringing in my ears" meets Ring chromosome 20. Stemming and the focus lexicon cannot
 * bridge these (MedQuAD lists a few as synonyms, "ringing in the ears", and only in one wording),
 * so the query is rewritten: the phrase is replaced by the archive's name before the focus,
 * question type, lexical query and re-rank read it.
 *
 * Only phrases whose meaning is settled without context are here, each mapped to a symptom or
 * condition name, never to a cause ("burning feet" has many, so it is left alone); the one
 * exception, `lay/patterns.ts`, adds a condition's name beside two of its textbook signs told together. Phrases the
 * archive already names in their usual wording ("heart attack", "pink eye", "hair loss") need no
 * entry. Patterns ignore case; curly apostrophes are read as straight ones.
 *
 * The tables are in `lay/`, one per kind of complaint, after names misspelt beyond the spelling
 * repair's reach (`lay/misspellings.ts`). They are applied in the order below, each
 * in its own order. Order matters where phrases overlap: the narrower phrase comes before the one
 * it contains ("leak urine when I cough" before "leak urine"), and a rewrite comes before the
 * phrase that reads its result ("falling pregnant" → get pregnant, before "trouble getting
 * pregnant"). Both pairs stand in one table, so a new table's place in this list rarely matters.
 */
const LAY_TERMS: readonly LayTerm[] = [
  ...FOREIGN_BODY_TERMS,
  ...LEVEL_TERMS,
  ...REPRODUCTIVE_TERMS,
  ...SENSE_TERMS,
  ...PAIN_TERMS,
  ...BLADDER_BOWEL_TERMS,
  ...MIND_TERMS,
  ...SKIN_INJURY_TERMS,
  ...GENERAL_TERMS,
  // Last, to read the signs as the tables above have named them.
  ...PATTERN_TERMS,
];

export interface LayRewrite {
  readonly text: string;
  /** Each replaced phrase and the archive's name put in its place, in the order found. */
  readonly rewrites: readonly { readonly from: string; readonly to: string }[];
}

// A search reads the rewrite twice, once to rank and once to highlight (`highlightTerms`), and
// the tables cost up to ~1 ms on a long message: the last query's rewrite is kept.
let last: { raw: string; repair: ((text: string) => string) | undefined; rewrite: LayRewrite } | undefined;

/**
 * The query with its everyday phrases replaced by the archive's names. `repair`, the index's
 * spelling repair, runs after the misspellings table and before the phrases, which then read
 * "alergic to penicilin" as typed right; the table first, since it holds what repair gets wrong.
 */
export function rewriteLayTerms(raw: string, repair?: (text: string) => string): LayRewrite {
  if (last?.raw === raw && last.repair === repair) return last.rewrite;
  const rewrite = rewriteAll(raw, repair);
  last = { raw, repair, rewrite };
  return rewrite;
}

function rewriteAll(raw: string, repair: ((text: string) => string) | undefined): LayRewrite {
  const rewrites: { from: string; to: string }[] = [];
  const spelt = applyTerms(raw.replace(/[\u2018\u2019\u02bc]/g, "'"), MISSPELLING_TERMS, rewrites);
  const repaired = repair ? repair(spelt) : spelt;
  const text = applyTerms(repaired, LAY_TERMS, rewrites);
  const street = rewriteStreetNames(text);
  const brands = rewriteBrandNames(street.text);
  rewrites.push(...street.rewrites, ...brands.rewrites);
  return { text: rewrites.length > 0 ? brands.text : repaired !== spelt ? repaired : raw, rewrites };
}

function applyTerms(start: string, terms: readonly LayTerm[], rewrites: { from: string; to: string }[]): string {
  let text = start;
  for (const [pattern, to, how] of terms) {
    if (how?.notWith?.test(text) || (how?.onlyWith && !how.onlyWith.test(text))) continue;
    // A name added beside the words is no news where the text already holds it ("Aches and pains
    // during pregnancy" typed as the page's name).
    if (how?.keep && !to.includes('$') && holdsName(text, to)) continue;
    text = text.replace(pattern, (from: string, ...groups: unknown[]) => {
      if (how?.unless?.test(from)) return from;
      const name = to.replace(/\$1/g, typeof groups[0] === 'string' ? groups[0].toLowerCase() : '');
      // A table's name typed as it stands, or written by an earlier table, is no rewrite.
      if (name === from.toLowerCase()) return from;
      rewrites.push({ from, to: name });
      return how?.keep ? `${from} (${name})` : name;
    });
  }
  return text;
}

/** Whether the text already names `name` as whole words. */
function holdsName(text: string, name: string): boolean {
  return new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text);
}
