import { isStopWord, stem, words } from '../text/analyze.js';
import { isCommonWord } from '../text/common-words.js';

/**
 * Spelling repair against a closed vocabulary (focus names), by symmetric deletion: every word
 * and every query word is reduced by one letter, and equal reductions are candidates — one edit
 * apart in words under eight letters, up to two in longer ones (see `correct`). Words are also
 * compared by how they sound (`soundKey`), because people spell medical names as they hear them:
 * "hydrocefalus", "nefritis", "sistitis" are two or more letters off but sound right. Only words
 * unknown to the index, never stop words and never common English words (`common-words.ts`), are
 * touched, so correct input never changes.
 */
const MIN_LEN = 5;
const TWO_EDITS_FROM = 8;
/**
 * The shortest sound keys that may match a word's exactly, or one edit apart: shorter ones
 * collide with names ("Sackett" sounds as sachet, "Estrace" is one sound from esterase).
 */
const SOUND_FROM = 6;
const SOUND_EDIT_FROM = 8;
const TOKEN = /[\p{L}\p{N}]+/gu;

export class SpellFixer {
  private readonly known = new Set<string>();
  private readonly byDeletion = new Map<string, string>();
  /** The same, over sound keys: words that sound alike, or nearly. */
  private readonly bySound = new Map<string, string>();
  private readonly bySoundDeletion = new Map<string, string>();

  /** `twoEditsFrom`: the shortest word that may be two edits from its correction. */
  constructor(private readonly twoEditsFrom = TWO_EDITS_FROM) {}

  addWord(word: string): void {
    if (word.length < MIN_LEN || /\d/.test(word) || this.known.has(word)) return;
    this.known.add(word);
    // First writer wins: one variant per deletion key keeps memory and ties deterministic.
    if (!this.byDeletion.has(word)) this.byDeletion.set(word, word);
    for (let i = 0; i < word.length; i++) {
      const d = word.slice(0, i) + word.slice(i + 1);
      if (!this.byDeletion.has(d)) this.byDeletion.set(d, word);
    }
    const key = soundKey(word);
    if (!this.bySound.has(key)) this.bySound.set(key, word);
    for (let i = 0; i < key.length; i++) {
      const d = key.slice(0, i) + key.slice(i + 1);
      if (!this.bySoundDeletion.has(d)) this.bySoundDeletion.set(d, key);
    }
  }

  /** Whether `word` is a word of the vocabulary as it stands. */
  knows(word: string): boolean {
    return this.known.has(word);
  }

  /**
   * The vocabulary word that sounds like `word`, else one edit from it, else one edit from its
   * sound, or null. A word that sounds exactly like a name comes first because a letter-level
   * near miss may be another disease ("nefritis" is one letter from neuritis, but sounds as
   * nephritis). Within a tier, where several words are ("sickel": sickle, bickel; "artheritis":
   * arthritis, arteritis), the commonest by `commonness` wins, else the first found: the typist
   * more likely meant the word the archive uses most.
   */
  correct(word: string, commonness?: (word: string) => number): string | null {
    if (word.length < MIN_LEN || this.known.has(word)) return null;
    const key = soundKey(word);
    const sound = key.length >= SOUND_FROM ? this.bySound.get(key) : undefined;
    if (sound !== undefined) return sound;
    return pick(this.candidates(word), commonness) ?? pick(this.soundCandidates(key), commonness);
  }

  /** Words whose sound key is one edit from `key`; only long keys, as short ones collide. */
  private *soundCandidates(key: string): Generator<string> {
    if (key.length < SOUND_EDIT_FROM) return;
    const keys = new Set<string>();
    const direct = this.bySoundDeletion.get(key);
    if (direct) keys.add(direct);
    for (let i = 0; i < key.length; i++) {
      const d = key.slice(0, i) + key.slice(i + 1);
      const exact = this.bySound.get(d);
      if (exact !== undefined) keys.add(d);
      const hit = this.bySoundDeletion.get(d);
      if (hit && oneEdit(key, hit)) keys.add(hit);
    }
    for (const k of keys) {
      const w = this.bySound.get(k);
      if (w !== undefined) yield w;
    }
  }

  /** Vocabulary words one edit from `word` (two in long words), in the order they are found. */
  private *candidates(word: string): Generator<string> {
    const direct = this.byDeletion.get(word); // an extra letter was typed
    if (direct) yield direct;
    for (let i = 0; i < word.length; i++) {
      const hit = this.byDeletion.get(word.slice(0, i) + word.slice(i + 1));
      // Equal deletions at different places can be two edits apart ("those" / "horse" both
      // give "hose"). Short words need a true single edit (a substitution, a swap of neighbours,
      // a missing letter); long ones may take the two ("supernuclear" → "supranuclear"), as
      // fuzzy matchers allow more edits in longer words.
      if (hit && (word.length >= this.twoEditsFrom || oneEdit(word, hit))) yield hit;
    }
  }

  /**
   * The text's words with unknown ones corrected (words joined by spaces). Stop words are never
   * corrected: they are unknown to the index only because it drops them, and "would", "those",
   * "found" are one edit from "could", "horse", "wound".
   */
  fixText(text: string, isIndexed: (term: string) => boolean, commonness?: (word: string) => number): string {
    return words(text)
      .map((w) => this.fixWord(w, isIndexed, commonness))
      .join(' ');
  }

  /**
   * The text with unknown words corrected where they stand, its marks and case kept elsewhere,
   * for readers of phrases such as the question-type cues ("what are the symptons of…").
   */
  fixInPlace(text: string, isIndexed: (term: string) => boolean, commonness?: (word: string) => number): string {
    return text.replace(TOKEN, (token) => {
      const [w, more] = words(token);
      if (w === undefined || more !== undefined) return token;
      const fixed = this.fixWord(w, isIndexed, commonness);
      return fixed === w ? token : fixed;
    });
  }

  private fixWord(w: string, isIndexed: (term: string) => boolean, commonness?: (word: string) => number): string {
    return w.length >= MIN_LEN && !isStopWord(w) && !isIndexed(stem(w)) && !isCommonWord(w) ? (this.correct(w, commonness) ?? w) : w;
  }

  /** The known words in the order they were added: replaying them rebuilds the deletion map exactly. */
  toSnapshot(): SpellSnapshot {
    return { words: [...this.known] };
  }

  static fromSnapshot(s: SpellSnapshot): SpellFixer {
    const f = new SpellFixer();
    for (const w of s.words) f.addWord(w);
    if (f.known.size !== s.words.length) throw new Error('snapshot: spelling vocabulary does not replay');
    return f;
  }
}

/** The first best of `hits` by `commonness`, the first of them without it; null when none. */
function pick(hits: Iterable<string>, commonness?: (word: string) => number): string | null {
  let best: string | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const hit of hits) {
    if (!commonness) return hit;
    const score = commonness(hit);
    if (score > bestScore) [best, bestScore] = [hit, score];
  }
  return best;
}

/**
 * A word as it sounds, roughly, in the spellings English confuses: ph and f, c and k or s, y and
 * i, z and s, ae and oe and e, the Greek ch and k, silent h after r and other letters, doubled
 * letters, and the silent first letter of ps- and pn-. Sh, th, wh and gh keep their h, which
 * changes their sound.
 */
export function soundKey(word: string): string {
  return word
    .replace(/^p(?=[sn])/, '')
    .replace(/ph/g, 'f')
    .replace(/ch/g, 'k')
    .replace(/([a-z])h/g, (m: string, c: string) => ('stwg'.includes(c) ? m : c))
    .replace(/ae|oe/g, 'e')
    .replace(/y/g, 'i')
    .replace(/ck/g, 'k')
    .replace(/c(?=[ei])/g, 's')
    .replace(/c/g, 'k')
    .replace(/z/g, 's')
    .replace(/(.)\1+/g, '$1');
}

export interface SpellSnapshot {
  words: string[];
}

/** One substitution, one swap of neighbouring letters, or one letter more in either word. */
function oneEdit(a: string, b: string): boolean {
  if (a.length === b.length + 1) return oneEdit(b, a);
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    const [i, j] = diff;
    return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  if (b.length !== a.length + 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i) === b.slice(i + 1);
}
