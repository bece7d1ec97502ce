/**
 * Asking whether a condition passes from parent to child in everyday words: "will his children
 * have it too?", "is it passed from father to son?", "what are the chances our baby will have
 * it?". MedQuAD answers it in "Is X inherited?". Both type detectors read it, so they share one
 * list (as with `care-cues.ts`): an alternation over lower-cased text, without word boundaries.
 * A child who has it already ("my son has it") is no such question, so only a future or a chance
 * is a cue.
 */
const CHILD = '(kids?|child(ren)?|bab(y|ies)|sons?|daughters?|grandchild(ren)?|offspring)';
const OURS = '(my|our|his|her|their|your)';

export const INHERITANCE_ASKS = [
  `(will|would|could|can|might) ${OURS} (future )?${CHILD} (also )?(have|get|inherit|develop|be born with)`,
  `chances? (that |of )?${OURS} (future )?${CHILD}`,
  `for ${OURS} future ${CHILD}`,
  `(passed|passes|pass|transmitted|inherited) from (a |the |my |his |her )?(fathers?|mothers?|parents?|dad|mom|mum)`,
  `from (fathers?|mothers?|parents?) to (sons?|daughters?|child(ren)?|kids?)`,
].join('|');
