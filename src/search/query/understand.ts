import { analyze, casedWords, MAX_QUERY_CHARS, stem, words } from '../text/analyze.js';
import type { Completion } from './complete.js';
import { type FocusLexicon, type FocusMatch, joinAt } from './focus.js';
import { readQuestionTypes } from './qtype.js';
import { repairQuestionWords } from './question-words.js';

/** A typed question word found in at most this many documents is taken for a typo of one. */
const TYPO_DOC_FREQ = 2;

/** What query understanding makes of a question before any document is scored. */
export interface UnderstoodQuery {
  /** Analysed term → query weight (repeats add up). */
  terms: Map<string, number>;
  foci: FocusMatch[];
  types: string[];
  /** How many of `types` the first matching cue asks (`readQuestionTypes`); 1 when not told. */
  firstTypes?: number;
  /**
   * Foci the first asked type is not about: the cause in "Can high blood pressure cause
   * headaches?" (`causal.ts`). They keep the focus boost; the focus-and-type boost comes to their
   * symptoms and complications pages and is taken from their own page of that type (`boosts.ts`).
   */
  notTypeFoci?: ReadonlySet<number>;
  /**
   * Whether the question speaks of a child (`population.ts`): pages written for children are
   * marked down when it does not, pages for adults when it does. Unset when neither penalty is on.
   */
  aboutChild?: boolean;
}

/**
 * `text` is the query with misspelt question words repaired where they stand, for the readers of
 * phrases (question-type cues here, the medicine rules and the re-rank in the index).
 */
export function understand(raw: string, lexicon: FocusLexicon, docFreq: (term: string) => number): UnderstoodQuery & { text: string } {
  const cut = raw.length > MAX_QUERY_CHARS ? raw.slice(0, MAX_QUERY_CHARS) : raw;
  const terms = new Map<string, number>();
  const known = (term: string): boolean => docFreq(term) > 0;
  // Spelling repair feeds the lexical query too: a misspelt drug name otherwise matches nothing.
  const repaired = words(lexicon.spell.fixText(cut, known, (w) => docFreq(stem(w))));
  // A name written apart is read joined, by the lexical query too: the archive writes "clubfoot"
  // and "breastfeeding". Keeping the two words besides cost tuning set J (MAP@10 0.663 → 0.661):
  // "breast" and "feeding" apart favoured Breast milk jaundice.
  const joins = lexicon.splitNames(repaired);
  const fixed = joinAt(repaired, joins).join(' ');
  const typed = casedWords(cut);
  const cased = typed.length === repaired.length ? joinAt(typed, joins) : typed;
  for (const t of analyze(fixed)) terms.set(t, (terms.get(t) ?? 0) + 1);
  // A misspelling the archive itself makes once or twice ("sympotms") is still a misspelling here.
  const text = repairQuestionWords(cut, (term) => docFreq(term) > TYPO_DOC_FREQ);
  const { types, first } = readQuestionTypes(text);
  return { terms, foci: lexicon.recognise(fixed, cased), types, firstTypes: first, text };
}

/**
 * A query still being typed: its last word, unless followed by a space or a mark, may be
 * unfinished ("symptoms of diab"). The lexical query takes every likely completion, weighted by
 * its likelihood; focus recognition, question-type cues and the re-rank read whole words, so
 * they see the likeliest one. `text` is that completed text.
 */
export function understandTyping(raw: string, lexicon: FocusLexicon, docFreq: (term: string) => number, complete: (prefix: string) => Completion[]): UnderstoodQuery & { text: string } {
  const text = raw.length > MAX_QUERY_CHARS ? raw.slice(0, MAX_QUERY_CHARS) : raw;
  const last = /[\p{L}\p{N}]+$/u.exec(text);
  const completions = last ? complete(words(last[0]).join('')) : [];
  const best = completions[0];
  if (!last || !best) return understand(text, lexicon, docFreq);
  const head = text.slice(0, last.index);
  const completed = `${head}${best.term}`;
  const terms = understand(head, lexicon, docFreq).terms;
  for (const c of completions) terms.set(c.term, (terms.get(c.term) ?? 0) + c.weight);
  return { ...understand(completed, lexicon, docFreq), terms };
}
