import { OFFSPRING, TEEN, YOUNG_CHILD } from './child-words.js';

/**
 * Pages written for children ("Asthma - children", "Childhood Liver Cancer", "Acetaminophen dosing
 * for children") answer a question about a child. Asked about an adult, or about nobody in
 * particular, they are the wrong page even when their words match best: "What are the
 * complications of untreated sleep apnea?" found Pediatric sleep apnea, "What causes low serum
 * calcium?" Low calcium level - infants. The words below mark both sides: a page whose main
 * name has one is for children; a question with none of them, nor a child's age, is not. A
 * question about a child is likewise not served first by a page for adults.
 */
const CHILD_WORDS =
  `${YOUNG_CHILD}|${TEEN}|childhood|childs|infancy|infantile|neonatal|neonates?|pediatric|paediatric|` +
  'adolescents?|adolescence|youth|juvenile|preemies?';

const CHILD_PAGE = new RegExp(`\\b(?:${CHILD_WORDS})\\b`, 'i');

const CHILD_QUESTION = new RegExp(
  [
    `\\b(?:${CHILD_WORDS}|${OFFSPRING}|preschool(?:er)?s?|kindergarten|pediatricians?|paediatricians?|diapers?|nappy|nappies|crib|cot death|puberty|breast-?fe(?:e?d|eding)|formula-fed|school-?age)\\b`,
    // A child's age: "3 months old", "2yo", "my 7 year old", "age 4"; not "for 3 years".
    '\\b\\d{1,2}[- ]?(?:days?|weeks?|wks?|months?|mos?)[- ]?olds?\\b',
    '\\b(?:[1-9]|1[0-7])[- ]?(?:years?|yrs?)[- ]?olds?\\b',
    '\\b(?:[1-9]|1[0-7]) ?y/?o\\b',
    '\\bage (?:[1-9]|1[0-7])\\b',
  ].join('|'),
  'i',
);

/** Pages written for adults, the other side of a split page ("Stuffy or runny nose - adult"). */
const ADULT_PAGE = /\b(?:adults?|adult-onset|elderly|seniors?)\b/i;

export type PagePopulation = 'child' | 'adult';

/** Whom a page's main name says it is written for; null when nobody in particular. */
export function pagePopulation(focusName: string): PagePopulation | null {
  if (CHILD_PAGE.test(focusName)) return 'child';
  return ADULT_PAGE.test(focusName) ? 'adult' : null;
}

/** Whether a question speaks of a child, by a word or by an age under 18. */
export function asksAboutChild(text: string): boolean {
  return CHILD_QUESTION.test(text);
}
