import { OFFSPRING, YOUNG_CHILD } from '../child-words.js';

/**
 * One everyday phrase and the archive's name for it. `unless`: a match that also matches this is
 * left as typed. `onlyWith`: the phrase is read only in a query that matches this (a complaint told
 * in pregnancy). `notWith`: the phrase is left as typed anywhere in a query that matches this (the
 * query already names what the phrase means, or another sense of it). `keep`: the typed phrase
 * stays and the name is added after it, for phrases whose own words are fair search words that
 * merely miss the name ("a q-tip stuck in my ear" is how an FAQ may put it too).
 */
export type LayTerm = readonly [pattern: RegExp, to: string, how?: { unless?: RegExp; onlyWith?: RegExp; notWith?: RegExp; keep?: true }];

// Pieces of phrasing several tables share. Each is a regex source without capture groups, so a
// table's "$1" still names its own group.
export const OWNERS = 'my|the|his|her|their|our|your|both|one';
export const POSSESSIVE = `(?:(?:${OWNERS}|a) )?`;
export const CANT = "(?:can ?not|can'?t|cannot|could ?not|couldn'?t|unable to|not able to)";
export const TROUBLE = `(?:trouble|difficulty|difficulties|problems?|a hard time|hard time|issues?|${CANT})`;
/** Who is (pregnant): the asker, the reader or a woman spoken of. */
/** A negated verb: "hasn't", "did not", "won't", "never", then perhaps "yet", "ever", "started"… */
export const NOT_YET =
  "(?:is not|isn'?t|is n't|not|has not|hasn'?t|has not been|hasn'?t been|have not|haven'?t|did not|didn'?t|does not|doesn'?t|won'?t|will not|can'?t|cannot|never)(?: yet| even| ever| started| begun| been)?";
export const ONE_IS = "(?:i'?m|i am|you'?re|you are|she'?s|she is)";
export const SIDE = '(?:(?:left|right|upper) )?';
export const CHILD = `(?:${YOUNG_CHILD}|${OFFSPRING}|grandsons?|granddaughters?|\\d+[- ](?:month|year)[- ]old)`;
