/**
 * A parent's or patient's way of asking the outlook: "will it close by itself?", "can kids
 * outgrow it?", "will his heart be ok?". MedQuAD answers it in "What is the outlook for X?".
 * Both type detectors read it, so they share one list (as with `care-cues.ts`): an alternation over
 * lower-cased text, without word boundaries. "Will the clinic close on Sunday" asks nothing of
 * the kind: a closing is an outlook only on its own or by itself.
 */
const MENDS = '(close|closes|heal|heals|clear|clears|resolve|resolves|get better|gets better|go down|goes down|come down|comes down)';

export const OUTLOOK_ASKS = [
  'outgrow(s|n|ing)?',
  'grows? out of (it|them|this)',
  `${MENDS}( up)? (on (its|their) own|by (itself|themselves))`,
  'will (he|she|it|they|(his|her|my|our|their|the) [a-z]+) be (ok|okay|alright|all right|fine|normal)',
  // What a child with it will manage, and what lies ahead: "will she be able to walk?"
  'will (he|she|they|i|we|(his|her|my|our|their) [a-z]+) (ever )?be able to',
  'what (problems|issues|complications|difficulties) (should|can|will|might) (i|we|they|he|she) (expect|face)',
  // Whether it returns: "will it come back?", "will my hair grow back?"
  '(will|would|could|can|does|do|might|is) (it|they|this|that|(his|her|my|our|their|the) [a-z]+) (ever )?(come|grow) back',
  '(is|are|will) (it|this|that|they|the damage|the (numbness|weakness|loss)) (be )?permanent',
  // How grave it is, and whether it can be undone.
  'how serious (is|are|can)',
  '(is|are) (it|this|that|they) (very |really )?(serious|life[- ]threatening|dangerous(?! to| for))',
  '(can|could) (it|this|that|they|the damage|(his|her|my|our|their|the) [a-z]+) be reversed',
  'reversible',
  '(is|are) (it|this|that|they) (very |really )?(deadly|fatal)',
].join('|');

/**
 * Asking how long healing takes: "how long does a broken collarbone take to heal?" asks the
 * outlook, though "heal" is also a treatment word; so this is read before the treatment cues.
 */
export const HEALING_TIME = 'how long (does|do|will|would|did|is|are|until|till|before|for|can|should|to) .{0,40}(heal|mend|recover|get better)';
