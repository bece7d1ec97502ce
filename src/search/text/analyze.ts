import { archiveStem } from './everyday.js';
import { porterStem } from './porter.js';
import { STOP_WORDS } from './stopwords.js';

/**
 * Text → index terms: lower-case, fold accents, split on anything that is not a letter or
 * digit, drop stop words, Porter-stem. One function for documents and queries, so both sides
 * always agree on what a term is.
 */

/** Longest input analysed; a pasted essay beyond this adds latency, not meaning. */
export const MAX_QUERY_CHARS = 4000;

const WORD = /[\p{L}\p{N}]+/gu;
const stemCache = new Map<string, string>();

const unaccented = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '');

/** Lower-cased words, accents removed; no stop-word removal (used for phrase matching). */
export function words(text: string): string[] {
  return unaccented(text).toLowerCase().match(WORD) ?? [];
}

/** The words of `words(text)` as written (case kept), one for one where lower-casing adds no marks. */
export function casedWords(text: string): string[] {
  return unaccented(text).match(WORD) ?? [];
}

/**
 * Porter stem, then the archive's form of an everyday or British word (`everyday.ts`), with a
 * memo: MedQuAD's vocabulary is small, its token count is not.
 */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = word.length > 40 ? word.slice(0, 40) : inflammation(word) ? word.slice(0, -1) : archiveStem(porterStem(word));
    if (stemCache.size < 500_000) stemCache.set(word, s);
  }
  return s;
}

/**
 * "-itis" names an inflammation, a disease of its own. Porter's step 4 strips "-iti" from a long
 * stem, so "thyroiditis" met "thyroid", "prostatitis" "prostate", "sinusitis" "sinus" and
 * "hepatitis" "hepatic"; these keep the word less its "s", as short ones ("arthritis") already did.
 */
const inflammation = (word: string): boolean => word.length > 6 && word.endsWith('itis');

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Index terms of a text, in order, with repeats. */
export function analyze(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length < 2 && !/\d/.test(w)) continue;
    if (STOP_WORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}
