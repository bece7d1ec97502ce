/**
 * Words for a child, shared by the modules that ask whether a question or a page is about one.
 * Each adds what its own question needs: whom a question is about also counts adults
 * (`persons.ts`), whether a page is written for children also counts "pediatric" and "juvenile"
 * (`population.ts`), and the everyday phrases add grandchildren and a child's age (`lay/words.ts`).
 * Keeping the core here stops the lists drifting apart when a word is added to one of them.
 */

/** A young child, singular or plural: "baby", "toddlers", "kids", "girl". */
export const YOUNG_CHILD = 'bab(?:y|ies)|infants?|newborns?|toddlers?|child(?:ren)?|kids?|boys?|girls?';

/** A child by relation: "son", "daughters". */
export const OFFSPRING = 'sons?|daughters?';

/** A teenager: "teen", "teenagers". */
export const TEEN = 'teens?|teenagers?';
