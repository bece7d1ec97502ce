import { analyze } from '../text/analyze.js';
import { OFFSPRING, TEEN, YOUNG_CHILD } from './child-words.js';
import type { UnderstoodQuery } from './understand.js';

/**
 * Who a question is about ("my toddler", "her 3 year old son", "my husband"): the words say whose
 * problem it is, not what the problem is. A query that names a focus keeps them as search words at
 * a lower weight, or "my toddler has a fever of 103" finds Toddler Health before Fever: "toddler"
 * is rarer in the archive than "fever", so it outweighs the word the question is about.
 */
const PERSON =
  `${YOUNG_CHILD}|${OFFSPRING}|${TEEN}|` +
  'husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|mother|mom|mum|mommy|father|dad|daddy|parents?|' +
  'grandmother|grandma|granny|grandfather|grandpa|grandparents?|grandsons?|granddaughters?|grandchild(?:ren)?|' +
  'brothers?|sisters?|siblings?|twins?|niece|nephew|aunt|uncle|cousin|friends?|patients?|family|relatives?';
const AGE = '(?:\\d+[- ]?(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|y)[- ]?olds? )?';
const KIND = '(?:(?:little|baby|newborn|teenage|teen|adult|elderly|older|oldest|younger|youngest|old|young|infant|toddler|eldest|step|best|(?:\\d+(?:st|nd|rd|th)|first|second|third)[- ]grade) )*';
const PERSON_PHRASE = new RegExp(`\\b(?:my|our|his|her|their|your) (${AGE}${KIND}${AGE}(?:${PERSON}))\\b`, 'gi');

/** The stems of the words naming a person after a possessive in `text`, with their age and kind. */
export function personTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(PERSON_PHRASE)) for (const t of analyze(m[1] ?? '')) out.add(t);
  return out;
}

/**
 * Lowers the query weight of person words to `weight` when the query names a focus the words are
 * not part of ("my toddler's development" keeps Toddler development's words).
 */
export function lowerPersonTerms(q: UnderstoodQuery, text: string, weight: number): void {
  if (weight === 1 || q.foci.length === 0) return;
  const inFocus = new Set(q.foci.flatMap((f) => f.terms));
  for (const t of personTerms(text)) {
    const w = q.terms.get(t);
    if (w !== undefined && !inFocus.has(t)) q.terms.set(t, w * weight);
  }
}
