import { type LayTerm, CHILD } from './words.js';

const BABY = new RegExp(`\\b(?:${CHILD}|bab(?:y|ies)|infants?|toddlers?)\\b`, 'i');
const BIG_TOE = '(?:big toe|toe joint|base of (?:my |his |her |the )?big toe)';
const INFLAMED = '(?:red|swollen|hot|inflamed|throbbing|very painful|extremely painful|painful)';
const ONE_SIDE = '(?:one[- ]sided|on one side|(?:left|right) side of (?:my |his |her |the )?head|throbbing|pounding|pulsing)';
const CREASES = "(?:elbow creases|creases of (?:my |his |her |their |the )?elbows|(?:bends?|crooks?|insides?) of (?:my |his |her |their |the |both )?(?:elbows?|arms?|knees?)|behind (?:my |his |her |their |the |both )?knees)";

/**
 * Signs that together are the textbook picture of one condition, which the asker does not name:
 * a red, swollen big toe is gout's; a baby's days of fever and then a rash, roseola's. Told
 * apart, each sign named only its own symptom page, and the condition's pages (ADAM's have no
 * answer text) shared none of the story's words. The name is added beside the words, never
 * put in their place: the asker's signs stay what is searched, and the name only lets the
 * condition's pages compete. Each rule needs two signs; one sign alone has many causes.
 */
export const PATTERN_TERMS: readonly LayTerm[] = [
  [new RegExp(`\\b(?:${INFLAMED} (?:and ${INFLAMED} |, ${INFLAMED},? )*${BIG_TOE}|${BIG_TOE} (?:(?:is|was|got|gets|has been|became|turned|went|so|very|really|all) )*${INFLAMED}(?:,? and ${INFLAMED})*)\\b`, 'gi'), 'gout', { keep: true, notWith: /\b(?:gout|gouty|ingrown|bunions?|stubbed|broke|broken|fractured?)\b/i }],
  [/\bfevers?\b[^.?!]{0,80}\b(?:then|and now|now|after that|followed by|went away and)\b[^.?!]{0,40}\b(?:rash(?:es)?|spots|red dots)\b/gi, 'roseola', { keep: true, onlyWith: BABY, notWith: /\b(?:roseola|measles|chicken ?pox|scarlet|hand,? foot)\b/i }],
  [new RegExp(`\\b(?:${ONE_SIDE}[^.?!]{0,30}headaches?|headaches?[^.?!]{0,30}${ONE_SIDE})\\b`, 'gi'), 'migraine', { keep: true, onlyWith: /\b(?:nause\w*|vomit\w*|throw(?:ing)? up|sick to (?:my|his|her) stomach|light|bright|sounds?|noise|aura|zig-?zags?|flashing)\b/i, notWith: /\bmigraines?\b/i }],
  [new RegExp(`\\b(?:rash(?:es)?|patch(?:es)?|eczema-like|dry skin)\\b[^.?!]{0,50}${CREASES}`, 'gi'), 'atopic dermatitis', { keep: true, onlyWith: /\bitch\w*\b/i, notWith: /\b(?:eczema|dermatitis|psoriasis)\b/i }],
];
