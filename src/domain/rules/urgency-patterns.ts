/** The pieces the urgent signs are written with (`urgency-signs.ts`, `urgency-signs-body.ts`). */

export type UrgencyLevel = 'emergency' | 'urgent';

export interface UrgentSignRule {
  /** Stable id, for programs and tests. */
  id: string;
  level: UrgencyLevel;
  /** What the person described, as the page says it back to them. */
  label: string;
  when: ReadonlyArray<readonly RegExp[]>;
  unless?: RegExp;
}

export const POSS = String.raw`(?:my|his|her|their|the|our|your)`;
/** Up to n filler words between two parts of a phrase ("spreads all the way to"). */
export const gap = (n: number): string => String.raw`(?:[\w'-]+ ){0,${n}}`;
export const re = (source: string): RegExp => new RegExp(String.raw`\b(?:${source})\b`);

/** Chest pain told in everyday words: "chest pain", "my chest hurts", "pressure on my chest". */
export const CHEST_PAIN = String.raw`chest (?:pain|pains|pressure|tightness|heaviness|discomfort|hurts|is hurting|feels tight)|(?:pain|pressure|tightness|heaviness|squeezing) (?:in|across|on) (?:${POSS} )?chest`;
export const CHEST = re(CHEST_PAIN);

/** A young child spoken of: "my toddler", "our little girl", "a 3 year old". */
export const YOUNG_CHILD = re(String.raw`toddler|baby|infant|(?:my|our|his|her) (?:little )?(?:son|daughter|kid|child|boy|girl)|(?:[1-9]|1[0-2])[ -](?:years?|yrs?|months?)[ -]old`);

/** Confusion told in everyday words. */
export const CONFUSED = String.raw`confus\w*|disorient\w*|delirious|not making (?:any )?sense|(?:doesn't|does not|didn't|did not|can't|cannot) (?:recogni[sz]e|know where)|acting (?:drunk|strange\w*|weird)`;

/** A fever told as such: "a fever", "feverish", "a high temp". */
export const FEVER = String.raw`fever\w*|high temp(?:erature)?`;

/** Vomiting told in everyday words: "throwing up", "being sick", "puking". */
export const VOMIT = String.raw`vomit\w*|throw\w* up|threw up|being sick|puk\w*`;

/** What an allergic reaction follows: a sting or a food that often causes one. */
export const ALLERGY_CAUSE = String.raw`stung|stings?|bees?|wasps?|peanuts?|nuts?|shellfish|anaphyla\w*`;
