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
  'effective (for|against|in treating)',
  'recommended for',
  // "What helps?", "what can be done for it?"
  'what (else )?helps?',
  'what (else )?(can|could|should) be done',
].join('|');
