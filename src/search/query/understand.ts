import { analyze, MAX_QUERY_CHARS } from '../text/analyze.js';
import type { FocusLexicon, FocusMatch } from './focus.js';
import { detectQuestionTypes } from './qtype.js';

/** What query understanding makes of a question before any document is scored. */
export interface UnderstoodQuery {
  /** Analysed term → query weight (repeats add up). */
  terms: Map<string, number>;
  foci: FocusMatch[];
  types: string[];
}

export function understand(raw: string, lexicon: FocusLexicon, known: (term: string) => boolean): UnderstoodQuery {
  const text = raw.length > MAX_QUERY_CHARS ? raw.slice(0, MAX_QUERY_CHARS) : raw;
  const terms = new Map<string, number>();
  // Spelling repair feeds the lexical query too: a misspelt drug name otherwise matches nothing.
  const fixed = lexicon.spell.fixText(text, known);
  for (const t of analyze(fixed)) terms.set(t, (terms.get(t) ?? 0) + 1);
  return { terms, foci: lexicon.recognise(fixed), types: detectQuestionTypes(text) };
}
