import { analyze, words } from '../text/analyze.js';
import { SpellFixer } from './spell.js';

/**
 * Recognises the focus of a question (a disease, drug, test…) with the lexicon of every
 * indexed document's focus and synonyms. Phrases are compared as analysed term sequences,
 * so "Tay-Sachs diseases" meets "Tay-Sachs disease"; the longest phrase starting at each
 * position wins and consumes its words, as in dictionary-based NER. Misspelt words are first
 * corrected against the lexicon's own words (one edit).
 */
export interface FocusMatch {
  key: number;
  phrase: string;
  start: number;
  length: number;
}

export class FocusLexicon {
  private readonly keys = new Map<string, number>();
  private readonly phrases: string[] = [];
  private maxLen = 1;
  readonly spell = new SpellFixer();

  /** Key of a focus phrase, creating it; stable for the life of the index. */
  add(phrase: string): number | null {
    const terms = analyze(phrase);
    if (terms.length === 0) return null;
    const k = terms.join(' ');
    let id = this.keys.get(k);
    if (id === undefined) {
      id = this.phrases.length;
      this.keys.set(k, id);
      this.phrases.push(phrase);
      this.maxLen = Math.max(this.maxLen, terms.length);
      for (const w of words(phrase)) this.spell.addWord(w);
    }
    return id;
  }

  get size(): number {
    return this.phrases.length;
  }

  phrase(key: number): string {
    return this.phrases[key] ?? '';
  }

  /** Longest-match scan of the query's analysed terms (after spelling repair). */
  recognise(text: string, known: (term: string) => boolean): FocusMatch[] {
    const terms = analyze(this.spell.fixText(text, known));
    const out: FocusMatch[] = [];
    let i = 0;
    while (i < terms.length) {
      let hit: FocusMatch | null = null;
      for (let n = Math.min(this.maxLen, terms.length - i); n >= 1; n--) {
        const key = this.keys.get(terms.slice(i, i + n).join(' '));
        if (key !== undefined) {
          hit = { key, phrase: this.phrases[key] ?? '', start: i, length: n };
          break;
        }
      }
      if (hit) {
        out.push(hit);
        i += hit.length;
      } else i++;
    }
    return out;
  }
}
