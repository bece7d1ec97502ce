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

const PARENT = '(parents?|mothers?|fathers?|mom|mum|dad|family)';
const RELATIVE =
  '(parents?|mother|father|mom|mum|dad|grandparents?|grandmother|grandfather|grandma|grandpa|siblings?|brothers?|sisters?|family|relatives?|cousins?|aunts?|uncles?|nephews?|nieces?)';
/** Infections also have carriers: a hepatitis B carrier asks no heredity. */
const NOT_INFECTION = '(?! (of|for) (the )?(hepatitis|hep|strep|typhoid|salmonella|mrsa|staph|hiv|virus|bacteria|germs?|disease to others))';
/** A carrier named alone: of a gene, unless an infection follows. */
export const GENE_CARRIER = `carriers?\\b${NOT_INFECTION}`;

export const INHERITANCE_ASKS = [
  `(will|would|could|can|might) ${OURS} (future |next )?${CHILD} (also )?(have|get|inherit|develop|be born with)`,
  `chances? (that |of )?(${OURS} (future |next )?${CHILD}|(he|she|they|the baby) (will |would |could |might )?(also )?(have|get|inherit|develop|be born with))`,
  `for ${OURS} future ${CHILD}`,
  // "Could we have another child with it?", "will the next baby have it too?"
  `(another|next|second|future) ${CHILD} (will |would |could |might )?(also )?(have|get|inherit|be born with|with (it|this|that|the same))`,
  `(passed|passes|pass|transmitted|inherited) from (a |the |my |his |her )?(fathers?|mothers?|parents?|dad|mom|mum)`,
  `from (fathers?|mothers?|parents?) to (sons?|daughters?|child(ren)?|kids?)`,
  `(get|got|gotten|inherit(ed)?) ((it|this|that|them|[a-z'-]+( [a-z'-]+){0,2}) )?from (my |your |his |her |our |their |the )?${PARENT}`,
  `(mother'?s|father'?s|mom'?s|mum'?s|dad'?s|maternal|paternal) side`,
  `(is|are|was|were) ([a-z'-]+ ){1,3}from (the |my |your |his |her |our )?(mother|father|mom|mum|dad|parents?)\\b`,
  // A carrier of a gene: "we are both carriers", "carrier screening".
  `carriers? (screening|testing|tests?|status)`,
  `(am|is|are|was|were|be|being|both|also) (a |both |also )?(genetic )?carriers?\\b${NOT_INFECTION}`,
].join('|');

/**
 * "My parents both have diabetes, will I get it?", "my cousin has it, does that mean I will get
 * it?": a relative's illness, then the asker's chance of it.
 */
export const FAMILY_THEN_ME = `${RELATIVE} (both |all |also )?(have|has|had|having|got|get|suffer(s|ed)? from|died of)\\b[^?]{0,80}\\b((will|would|could|am|do|might) i (also |too |likely |be likely to |end up )?(get|have|develop|be at risk|inherit)|(mean|means|so) (that )?i('ll| will| would| might| could| am going to)? (also |too )?(get|have|develop|inherit)|(what are|what is|what's) my (chances?|risk))`;
