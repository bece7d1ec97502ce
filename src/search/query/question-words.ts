import { SpellFixer } from './spell.js';

/**
 * Words that name a question type on their own (`qtype.ts` reads each of them as one, a test
 * checks it), so a misspelling of one hides what is asked: "what are the symptons of lupus" read
 * as no question about symptoms. They are repaired where they stand, one edit at most, and only
 * where the index does not know the typed word. Words under six letters are left out: many
 * ordinary words lie one edit from "tests" or "signs", and a small archive may not hold them.
 */
export const QUESTION_WORDS: readonly string[] = [
  'symptom', 'symptoms', 'treatment', 'treatments', 'treated', 'treating', 'causes', 'caused',
  'hereditary', 'inherited', 'inheritance', 'genetic', 'diagnosis', 'diagnosed', 'diagnose',
  'prevention', 'prevented', 'prevent', 'complications', 'contagious', 'prognosis', 'outlook',
  'remedies', 'therapy', 'surgery', 'susceptible', 'dosage', 'screening', 'carrier', 'carriers',
  'expectancy', 'recovery', 'survival', 'curable',
];

const fixer = new SpellFixer(Number.POSITIVE_INFINITY);
for (const w of QUESTION_WORDS) fixer.addWord(w);

/** The text with its misspelt question words ("symptons", "casues", "heriditary") repaired in place. */
export function repairQuestionWords(text: string, isIndexed: (term: string) => boolean): string {
  return fixer.fixInPlace(text, isIndexed);
}
