import { isStopWord, stem, words } from '../text/analyze.js';
import { check } from '../snapshot/ragged.js';
import { SpellFixer, type SpellSnapshot } from './spell.js';
import { SHORT_NAME_MAX, WordCase, type WordCaseSnapshot } from './word-case.js';
import { otherSense } from './word-sense.js';

/**
 * Recognises the focus of a question (a disease, drug, test…) with the lexicon of every
 * indexed document's focus and synonyms. Phrases are compared as sequences of stemmed words,
 * so "Tay Sachs diseases" meets "Tay-Sachs disease"; stop words are kept in the key, or
 * "Time out" would be recognised in every question mentioning "time". Short names written with
 * capitals (CAS, ERS, ChILD) must appear exactly, not as a stem ("ca", "er"), and in capitals
 * too when the archive mostly writes that word as an ordinary one ("men", "child": `WordCase`).
 * The longest phrase starting at each position wins and consumes its words, as in
 * dictionary-based NER. Misspelt words are first corrected against the lexicon's words.
 */
export interface FocusMatch {
  key: number;
  phrase: string;
  /** Content terms of the match (for weighting it by specificity). */
  terms: string[];
  start: number;
  length: number;
  /**
   * The name holds a word the analyser drops that tells it from its neighbours: a letter or
   * "down" ("Vitamin D", "Hepatitis A", "Down syndrome"). Its terms alone then say little.
   */
  namedByStopWord: boolean;
}

/** Dropped words that, inside a focus name, are the name: letters (not "s" or "t" of "'s", "n't") and "down". */
const NAMING_STOP = /^(?:[a-ru-z]|down)$/;

const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;

/** The analyser drops every lone letter, not only the stop words among them (`analyze`). */
const dropped = (w: string): boolean => w.length === 1 || isStopWord(w);

/** The name holds a word the analyser drops that tells it apart ("Hepatitis C", "Down syndrome"). */
const namedByDroppedWord = (ws: readonly string[]): boolean => ws.length > 1 && ws.some((w) => NAMING_STOP.test(w) && dropped(w));

/**
 * A term standing for a whole name the analyser cannot see apart from its neighbours: to the
 * lexical index "Hepatitis C" and "Hepatitis B" are both "hepat", and "Down syndrome" is any
 * "syndrom". Indexed with a document's names and added to a query that names the focus, it
 * gives the name back the weight its dropped word would have had. Null for every other name.
 * Its "#" never survives word splitting, so it cannot meet a word of any text.
 */
export function nameTerm(name: string): string | null {
  const ws = words(name);
  return namedByDroppedWord(ws) ? `#${ws.map(stem).join(' ')}` : null;
}

/** CAS, ERS, and mixed-case short names with two or more capitals: ChILD, CdLS, aHUS. */
export function isShortName(name: string): boolean {
  if (ACRONYM.test(name)) return true;
  return name.length <= SHORT_NAME_MAX && /^[A-Za-z0-9]+$/.test(name) && (name.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/** The lexicon's key text of a phrase: its stemmed words, or "=" and the name for a short name. */
/** The shortest part of a name written apart: "ear ache" joins, "a cne" does not. */
const MIN_PART = 3;

/** `ws` with each word at `at` joined to the next (`FocusLexicon.splitNames`). */
export function joinAt(ws: readonly string[], at: readonly number[]): string[] {
  if (at.length === 0) return [...ws];
  const join = new Set(at);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (join.has(i)) {
      out.push(`${ws[i] ?? ''}${ws[i + 1] ?? ''}`);
      i++;
    } else out.push(ws[i] ?? '');
  }
  return out;
}

function keyText(phrase: string): string | null {
  const trimmed = phrase.trim();
  const ws = words(trimmed);
  if (ws.length === 0 || ws.every(isStopWord)) return null;
  return ws.length === 1 && isShortName(trimmed) ? `=${ws[0]}` : ws.map(stem).join(' ');
}

/** Text typed mostly in capitals ("WANT TO KNOW ABOUT…"): its capitals say nothing about names. */
function shouted(cased: readonly string[]): boolean {
  const lettered = cased.filter((w) => /\p{L}/u.test(w));
  return lettered.length >= 3 && lettered.filter((w) => w === w.toUpperCase()).length * 2 > lettered.length;
}

/** A query word written the way a short name is: two or more capitals ("ChILD", "MEN", not "Men"). */
const writtenAsName = (raw: string): boolean => (raw.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

/** A FocusLexicon as plain data: keys and phrases by key id. */
export interface FocusLexiconSnapshot {
  keys: string[];
  phrases: string[];
  prefixes: string[];
  maxLen: number;
  spell: SpellSnapshot;
  wordCase: WordCaseSnapshot;
}

export class FocusLexicon {
  private readonly keys = new Map<string, number>();
  /** Every proper prefix of a key, so a scan stops as soon as no longer phrase can match. */
  private readonly prefixes = new Set<string>();
  private readonly phrases: string[] = [];
  private maxLen = 1;
  readonly spell: SpellFixer;
  /** How the indexed text writes short words; fed by `learnCase`. */
  private readonly wordCase: WordCase;

  constructor(spell = new SpellFixer(), wordCase = new WordCase()) {
    this.spell = spell;
    this.wordCase = wordCase;
  }

  toSnapshot(): FocusLexiconSnapshot {
    return {
      keys: [...this.keys.keys()],
      phrases: [...this.phrases],
      prefixes: [...this.prefixes],
      maxLen: this.maxLen,
      spell: this.spell.toSnapshot(),
      wordCase: this.wordCase.toSnapshot(),
    };
  }

  static fromSnapshot(s: FocusLexiconSnapshot): FocusLexicon {
    const lex = new FocusLexicon(SpellFixer.fromSnapshot(s.spell), WordCase.fromSnapshot(s.wordCase));
    check(s.keys.length === s.phrases.length, 'focus keys and phrases differ in number');
    s.keys.forEach((k, id) => lex.keys.set(k, id));
    check(lex.keys.size === s.keys.length, 'repeated focus keys');
    for (const p of s.phrases) lex.phrases.push(p);
    for (const p of s.prefixes) lex.prefixes.add(p);
    lex.maxLen = s.maxLen;
    return lex;
  }

  /** Whether a phrase is a focus name, compared as names are (stemmed words). */
  has(phrase: string): boolean {
    const k = keyText(phrase);
    return k !== null && this.keys.has(k);
  }

  /** Key of a focus phrase, creating it; stable for the life of the index. */
  add(phrase: string): number | null {
    const trimmed = phrase.trim();
    const k = keyText(trimmed);
    if (k === null) return null;
    const ws = words(trimmed);
    let id = this.keys.get(k);
    if (id === undefined) {
      id = this.phrases.length;
      this.keys.set(k, id);
      this.phrases.push(trimmed);
      this.maxLen = Math.max(this.maxLen, ws.length);
      const parts = k.split(' ');
      for (let n = 1; n < parts.length; n++) this.prefixes.add(parts.slice(0, n).join(' '));
      for (const w of ws) this.spell.addWord(w);
    }
    return id;
  }

  /**
   * Where two neighbouring words are one name written apart ("club foot", "heart burn", "bed
   * wetting"): the places i at which word i and the next make a word of the names, while the two
   * as written begin no name of their own. Apart, they match nothing of the name's, and "club"
   * alone met Clubbing.
   */
  splitNames(ws: readonly string[]): number[] {
    const out: number[] = [];
    for (let i = 0; i + 1 < ws.length; i++) {
      const a = ws[i] ?? '';
      const b = ws[i + 1] ?? '';
      if (a.length < MIN_PART || b.length < MIN_PART || isStopWord(a) || isStopWord(b) || !this.spell.knows(a + b)) continue;
      const pair = `${stem(a)} ${stem(b)}`;
      if (this.keys.has(pair) || this.prefixes.has(pair)) continue;
      out.push(i);
      i++;
    }
    return out;
  }

  /** Learns how an indexed text writes its short words (see `WordCase`). */
  learnCase(text: string): void {
    this.wordCase.learn(text);
  }

  get size(): number {
    return this.phrases.length;
  }

  phrase(key: number): string {
    return this.phrases[key] ?? '';
  }

  /** The focus a single word's stem names, unless the word is used in another sense there (`word-sense.ts`). */
  private stemKey(stemmed: string, i: number, ws: readonly string[]): number | undefined {
    const key = this.keys.get(stemmed);
    return key !== undefined && otherSense(stemmed, { word: ws[i] ?? '', prev: ws[i - 1] ?? '', next: ws[i + 1] ?? '' }) ? undefined : key;
  }

  /**
   * Longest-match scan of the query's words; `text` should already be spelling-repaired.
   * `cased`: the same words as typed (`casedWords` of the original), which tell "MEN" from
   * "men"; without them (or when they do not line up) every word counts as lower case.
   */
  recognise(text: string, cased: readonly string[] = []): FocusMatch[] {
    const ws = words(text);
    const stems = ws.map(stem);
    const asTyped = cased.length === ws.length && !shouted(cased) ? cased : [];
    const shortName = (i: number): number | undefined => {
      const w = ws[i] ?? '';
      const key = this.keys.get(`=${w}`);
      if (key === undefined) return undefined;
      return writtenAsName(asTyped[i] ?? '') || !this.wordCase.ordinary(w) ? key : undefined;
    };
    const out: FocusMatch[] = [];
    let i = 0;
    while (i < stems.length) {
      let hit: FocusMatch | null = null;
      let prefix = '';
      // Grow the phrase while it is still the prefix of some key; remember the longest key.
      for (let n = 1; n <= this.maxLen && i + n <= stems.length; n++) {
        prefix = n === 1 ? (stems[i] ?? '') : `${prefix} ${stems[i + n - 1] ?? ''}`;
        const key = n === 1 ? (this.stemKey(prefix, i, ws) ?? shortName(i)) : this.keys.get(prefix);
        const span = ws.slice(i, i + n);
        // A match made only of stop words ("it", "all") names nothing.
        if (key !== undefined && !span.every(isStopWord)) {
          const terms = stems.slice(i, i + n).filter((_, j) => !isStopWord(span[j] ?? ''));
          hit = { key, phrase: this.phrases[key] ?? '', terms, start: i, length: n, namedByStopWord: namedByDroppedWord(span) };
        }
        if (!this.prefixes.has(prefix)) break;
      }
      if (hit) {
        out.push(hit);
        i += hit.length;
      } else i++;
    }
    return out;
  }
}
