/**
 * Everyday ways of asking for treatment that name no treatment word ("How can lice be gotten rid
 * of?", "Can snoring be stopped?", "Is melatonin effective for insomnia?"). Both type detectors
 * read them — `query/qtype.ts` (MedQuAD's labels, for the boosts) and `similarity/qtype.ts` (the
 * entailment model's labels) — so they share one list. A regular-expression alternation over
 * lower-cased text, without the word boundaries each detector adds around its whole pattern.
 */
export const TREATMENT_REQUESTS = [
  '(get|gets|got|gotten|getting) rid( of)?',
  'be (stopped|reduced|removed|relieved|lowered|shrunk(en)?|corrected|fixed|eliminated)',
  'how (can|do|should|to) (i |we |you )?(stop|reduce|lower|relieve|ease|remove|fix|shrink|eliminate)',
  // "How do they fix it?", "how do doctors repair a hernia?"
  'how (do|can|would|will|did) (they|doctors?|surgeons?|you) (fix|correct|repair)',
  'effective (for|against|in treating)',
  // "What medicine is used for this?" asks for one; "what is it used for?" asks a medicine's use.
  '(what|which) (medicines?|medications?|drugs?|pills?|antibiotics?|creams?) (is|are) (used|given|prescribed|best)',
  'recommended for',
  // "What helps?", "what can be done for it?"
  'what (else )?helps?',
  'what (else )?(can|could|should) be done',
  // "What is the first aid for a jellyfish sting?"; a first aid kit or course asks none.
  'first aid(?! (kits?|course|class|classes|training|box|boxes)\\b)',
  // "Does turmeric help arthritis?", "will surgery help?", "does gabapentin work for nerve pain?";
  // not who might help ("can anyone help"), how a thing works, or help to prevent.
  "(?<!\\bhow )(does|do|did|will|would|can|could|might) (?!(you|anyone|someone|somebody|anybody|u|i|we|my|his|her|their|your|our)\\b)[a-z'-]+( [a-z'-]+){0,2} (really )?(?<!\\b(blood|lab|take to|to) )(help|work)(?![- ]?up\\b)( (with|for|on|against))?(?! (me |us |you )?(to )?(prevent|avoid|protect|stop (it|this|them) (from )?(happening|coming back)|lower (my|the|our|his|her) risk|reduce (my|the|our|his|her) risk)\\b)",
].join('|');

/**
 * An operation already had, which asks for no treatment: "after her heart surgery she has learning
 * problems", "she had surgery on her back at 2 days old, will she walk?". An operation asked
 * about ("should he have surgery?") is no such telling. Both type detectors strip it before
 * reading treatment; an alternation over lower-cased text, as above.
 */
export const SURGERY_TOLD =
  '(had|has had|have had|underwent|undergone|after|following|since|recovering from) (a |an |the |his |her |my |our |their |two |three |several |many )?([a-z-]+ ){0,2}(surger(y|ies)|operations?)';
