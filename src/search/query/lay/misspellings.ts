import type { LayTerm } from './words.js';

/**
 * Misspellings the spelling repair (`query/spell.ts`) cannot mend, because they are more than
 * its edits away from the name ("hemroids", "excema", "cirosis"), because their stem is already
 * a word of the archive's ("migrane" stems as "migrans" does, so Visceral larva migrans answered
 * "what causes migranes"), or because a nearer word is another disease ("exema" is one letter from
 * edema, "osteoperosis" two from osteopetrosis). Each form is how people commonly write the name
 * and, but for one typo of MedQuAD's own ("symtoms"), in no MedQuAD text; they run before every
 * other table, so those read the name.
 */
export const MISSPELLING_TERMS: readonly LayTerm[] = [
  [/\bmigr(?:ane|ian)s?\b/gi, 'migraine'],
  [/\be(?:xc|x|cx)ema\b/gi, 'eczema'],
  [/\b(?:hemm?[eao]?roids?|hemroyds?)\b/gi, 'hemorrhoids'],
  [/\b(?:cirosis|sirr?osis|chirr?osis)\b/gi, 'cirrhosis'],
  [/\b(?:athsma|asma|azma)\b/gi, 'asthma'],
  [/\b(?:alzhiemer|altzheimer|alsheimer)('?s)?\b/gi, "alzheimer's"],
  [/\b(?:chlamidya|clamidia|clamidya|clamedia)\b/gi, 'chlamydia'],
  [/\becoli\b/gi, 'e. coli'],
  [/\bd(?:io|ia)re?ah?\b|\bdiorr?h?ea\b/gi, 'diarrhea'],
  [/\bnewmonia\b/gi, 'pneumonia'],
  [/\bsorasis\b/gi, 'psoriasis'],
  // "Planters" is an English word, so spelling repair leaves it.
  [/\bplanters? warts?\b/gi, 'plantar warts'],
  [/\bcollar bones?\b/gi, 'collarbone'],
  // "Hart" is a word the archive holds (a surname), so spelling repair leaves it.
  [/\bhart (attacks?|disease|failure|burn|beats?|rate|murmurs?|palpitations)\b/gi, 'heart $1'],
  // An asthma puffer is an inhaler; water pills are diuretics.
  [/\bpuffers?\b/gi, 'inhaler'],
  [/\bwater pills?\b/gi, 'diuretics', { keep: true }],
  // "Chemo" is how most people say it; the archive writes the word out.
  [/\bchemo\b/gi, 'chemotherapy'],
  // Carpal tunnel said without "syndrome" named no page; the operation and the biopsy keep their names.
  [/\bcarpal tunnel\b(?! (?:syndrome|release|surgery|biopsy))/gi, 'carpal tunnel syndrome'],
  [/\bs(?:kitz|kiz|chitz)ophrenia\b/gi, 'schizophrenia'],
  [/\bost[ei]o?perr?osis\b/gi, 'osteoporosis'],
  [/\btonsill?itus\b/gi, 'tonsillitis'],
  [/\bgl(?:a|o|au|ou|ua)c+h?om+a\b/gi, 'glaucoma'],
  [/\bg(?:h)?onn?or(?:ea|rea)\b/gi, 'gonorrhea'],
  [/\bhemm?or(?:age|hage)\b/gi, 'hemorrhage'],
  [/\bherpies\b/gi, 'herpes'],
  // An English word, so the repair leaves it (`text/common-words.ts`); in a health question it is the gland.
  [/\bprostrate\b/gi, 'prostate'],
  [/\bfatige(d)?\b/gi, 'fatigue$1'],
  [/\bnausious\b/gi, 'nauseous'],
  [/\btierd\b/gi, 'tired'],
  // Question words the repair leaves because MedQuAD itself has them once, or their stem is known.
  [/\bsymtoms?\b/gi, 'symptoms'],
  [/\bconta(?:gous|geous|gius)\b/gi, 'contagious'],
  // Everyday words the cues read: "is it catchy?", "does it run in familys?"
  [/\bcatchy\b/gi, 'contagious'],
  [/\bfamilys\b/gi, 'families'],
  // "Affects" is a word and "efects" is near "defects": the question type would be lost.
  [/\bside[- ]?(?:aff?ects?|efects?|effectes|affectes)\b/gi, 'side effects'],
];
