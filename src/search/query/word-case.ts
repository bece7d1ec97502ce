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

/** Letter or digit: ASCII, or a Latin letter with an accent (kept inside its word, so "naïve" is one word). */
function wordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * Everyday words that MedQuAD writes mostly as short names (HIT, PET, CAR), found by listing its
 * short names that are common English words: "I hit my head" named heparin-induced
 * thrombocytopenia, "my pet" PET, "in the car" CAR, "dish detergent" DISH. Left out are the
 * names people do type in lower case for the condition: "ms", "aids", "pots", "cad", "gist".
 */
const EVERYDAY_SHORT: ReadonlySet<string> = new Set([
  'add', 'all', 'alms', 'amp', 'arm', 'arms', 'art', 'ash', 'boo', 'cam', 'cap', 'car', 'char', 'clam',
  'cop', 'dig', 'dish', 'dot', 'dub', 'em', 'era', 'fed', 'gag', 'hem', 'hit', 'lord', 'mad', 'mar',
  'men', 'mid', 'nod', 'oak', 'oks', 'pad', 'pan', 'pet', 'pot', 'prom', 'prop', 'sad', 'sod', 'suds',
  'traps', 'tug', 'vats', 'wed',
  // Texting, not a word: "wat happens if" named Wolffian adnexal tumor.
  'wat',
]);

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
    // A hand-rolled scan: MedQuAD's answers hold millions of words, and a regex match object per
    // word cost about 1 s of the index build. Short names are ASCII (isShortName in focus.ts).
    let start = 0;
    let lower = 0;
    let upper = 0;
    let other = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      if (wordChar(c)) {
        if (c >= 97 && c <= 122) lower++;
        else if (c >= 65 && c <= 90) upper++;
        else if (c > 57) other++;
        continue;
      }
      const len = i - start;
      if (len >= 2 && len <= SHORT_NAME_MAX && other === 0 && (lower === 0) !== (upper === 0)) {
        const w = text.slice(start, i);
        this.count(upper === 0 ? w : w.toLowerCase(), upper === 0);
      }
      start = i + 1;
      lower = upper = other = 0;
    }
  }

  private count(key: string, asLower: boolean): void {
    let c = this.counts.get(key);
    if (!c) {
      c = [0, 0];
      this.counts.set(key, c);
    }
    c[asLower ? 0 : 1]++;
  }

  /**
   * Is `word` (lower case) an ordinary word, so that a short name spelt like it needs capitals?
   * Yes when the archive writes it more often in lower case than in capitals, and always for the
   * everyday words that a medical archive seldom writes in lower case at all.
   */
  ordinary(word: string): boolean {
    if (EVERYDAY_SHORT.has(word)) return true;
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
