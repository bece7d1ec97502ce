/**
 * A reply that greets the asker as "Mr." when the asker is recorded as female (or the reverse)
 * shows that either the greeting or the recorded sex is wrong. The rule only reports it: which
 * one is wrong cannot be told from the page, so no data are changed.
 */

import type { QualityFlag, Sex } from '../consultation.js';

export interface Salutation {
  /** The word as the reply writes it, e.g. "Mr." or "Sir". */
  term: string;
  sex: 'female' | 'male';
}

const GREETING = /^(?:hello|hi|hey|dear|greetings|good (?:morning|afternoon|evening|day)|to)\b[\s,!:;-]*/i;

/*
 * The greeting is only the first few words: a reply that opens "Hello: your mother's symptoms…"
 * or mentions "Mr. Lin's report" later must not be read as greeting the asker.
 */
const MAX_GREETING_WORDS = 4;

const TERMS: ReadonlyArray<readonly [RegExp, Salutation['sex']]> = [
  [/\b(?:Mrs|Ms)\b\.?|\b(?:Miss|Madam|Madame|Ma'am|Lady)\b/gi, 'female'],
  [/\bMr\b\.?|\bSir\b/gi, 'male'],
];

/** The gendered form of address in the reply's opening, or null when there is none (or both). */
export function salutationOf(reply: string): Salutation | null {
  const opening = greetingPart(reply.trim().split('\n')[0] ?? '');
  const found: Salutation[] = [];
  for (const [pattern, sex] of TERMS) {
    for (const match of opening.matchAll(pattern)) found.push({ term: match[0], sex });
  }
  const sexes = new Set(found.map((s) => s.sex));
  // "Dear Mr. and Mrs. Lee" names both; it says nothing about the asker's sex.
  if (sexes.size !== 1) return null;
  return found.sort((a, b) => opening.indexOf(a.term) - opening.indexOf(b.term))[0] ?? null;
}

export function salutationFlag(reply: string, askerSex: Sex): QualityFlag | null {
  if (askerSex === 'unknown') return null;
  const salutation = salutationOf(reply);
  if (!salutation || salutation.sex === askerSex) return null;
  return {
    kind: 'salutation-mismatch',
    detail: `reply greets "${salutation.term}" but the asker is recorded as ${askerSex}`,
  };
}

/** Words addressed to the asker: after "Hello,"/"Dear", up to the first clause break. */
function greetingPart(firstLine: string): string {
  let rest = firstLine.replace(/’/g, "'");
  for (let guard = 0; guard < 2 && GREETING.test(rest); guard += 1) rest = rest.replace(GREETING, '');
  // A period closes the greeting unless it ends a title such as "Mr." or "Dr.".
  const clause = /^(?:\b(?:Mrs|Mr|Ms|Dr)\.|[^,:;!?.])*/i.exec(rest)?.[0] ?? '';
  return clause.split(/\s+/).filter(Boolean).slice(0, MAX_GREETING_WORDS).join(' ');
}
