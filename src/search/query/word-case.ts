import { check } from '../snapshot/ragged.js';

/**
 * How the archive writes short words: in lower case ("men", "child", "arms") or in capitals
 * ("MEN", "ADHD"). A focus named by a short capitalised name — MEN (multiple endocrine
 * neoplasia), ChILD (children's interstitial lung disease), ARMS — must not be recognised in
 * every question about men, a child or arms; but a consumer who types "adhd" or "copd" in lower
 * case still means the condition. The archive itself tells the two apart: a name it writes more
 * often as an ordinary lower-case word than in capitals needs capitals in the query too.
 */

/** Longest word counted: short names are what collide with ordinary words. */
export const SHORT_NAME_MAX = 6;
const WORD = /[\p{L}\p{N}]+/gu;
const LOWER = /^(?=.*\p{L})[\p{Ll}\p{N}]+$/u;
const UPPER = /^(?=.*\p{L})[\p{Lu}\p{N}]+$/u;

export interface WordCaseSnapshot {
  words: string[];
  lower: number[];
  upper: number[];
}

export class WordCase {
  /** Lower-case word → [times written in lower case, times written in capitals]. */
  private readonly counts = new Map<string, [number, number]>();

  /** Counts the short words of an indexed text (the lexicon never forgets, so neither does this). */
  learn(text: string): void {
    for (const [w] of text.matchAll(WORD)) {
      if (w.length < 2 || w.length > SHORT_NAME_MAX) continue;
      const lower = LOWER.test(w);
      if (!lower && !UPPER.test(w)) continue;
      const key = w.toLowerCase();
      let c = this.counts.get(key);
      if (!c) {
        c = [0, 0];
        this.counts.set(key, c);
      }
      c[lower ? 0 : 1]++;
    }
  }

  /** Does the archive write `word` (lower case) more often as an ordinary word than in capitals? */
  ordinary(word: string): boolean {
    const c = this.counts.get(word);
    return c !== undefined && c[0] > c[1];
  }

  toSnapshot(): WordCaseSnapshot {
    const words = [...this.counts.keys()];
    return { words, lower: words.map((w) => this.counts.get(w)?.[0] ?? 0), upper: words.map((w) => this.counts.get(w)?.[1] ?? 0) };
  }

  static fromSnapshot(s: WordCaseSnapshot): WordCase {
    check(s.words.length === s.lower.length && s.words.length === s.upper.length, 'word-case counts differ in number');
    const wc = new WordCase();
    s.words.forEach((w, i) => wc.counts.set(w, [s.lower[i] ?? 0, s.upper[i] ?? 0]));
    return wc;
  }
}
