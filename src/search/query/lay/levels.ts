import { type LayTerm, POSSESSIVE } from './words.js';

const RISES = '(?:go(?:es|ing)? up|went up|gone up|rises?|rising|rose|spikes?|spiking|spiked|jumps?|jumping|jumped|shoots? up|shot up|high|higher|elevated|raised|too high)';
const FALLS = '(?:drops?|dropping|dropped|falls?|falling|fell|go(?:es|ing)? down|went down|gone down|crash(?:es|ed|ing)?|plummet(?:s|ed|ing)?|low|lower|too low)';
const LEVEL_VERBS = '(?:(?:is|are|was|were|has been|have been|keeps?|goes|go|went|gets?|got|seems?|to|will|would|can|could|does|do|always|sometimes|suddenly|really|very|so) )*';
const BLOOD_PRESSURE = `${POSSESSIVE}(?:blood pressure|bp)`;
const BLOOD_SUGAR = `(?:${POSSESSIVE}(?:blood sugar|blood glucose)|(?:my|his|her) sugar|(?:blood )?(?:sugar|glucose) levels?)`;
const TOO = '(?:(?:is|are|was|were|being|been|has been|have been|got|gets|getting|keeps?|too|very|really|a bit|a little|quite|slightly|dangerously|always|still|so) )*';
const READ_AS = '(?:(?:is|are|was|were|has been|have been|reads?|read|came back|came in|runs?|ran|usually|often|always|sometimes|now|still|today|this morning|last night|at|of|around|about|like|as high as|as low as|reading|readings|was at|was like) )*';
const OVER = '\\s*(?:/|over)\\s*';
const HIGH_SYSTOLIC = '(?:1[3-9]\\d|2\\d\\d)';
const HIGH_DIASTOLIC = '(?:9\\d|1[0-4]\\d)';
const LOW_SYSTOLIC = '(?:[5-8]\\d)';
const LOW_DIASTOLIC = '(?:[3-5]\\d)';
const NOT_DIET = '(?!-| (?:diets?|foods?|meals?|intake|recipes?|soups?|salt|products?|options?|snacks?|versions?|drinks?))';
const LEVEL = '(?: (?:levels?|counts?))?';

/**
 * Numbers that rise and fall, and blood salts, counts and tests, in everyday words. "Magnesium
 * deficiency" meets an X-linked disease of that name, "potassium deficiency" High potassium level,
 * "low platelets" Platelet disorders. A diet or a food low in a salt is not a low level, nor is
 * "low platelet-rich plasma": both are left alone.
 */
export const LEVEL_TERMS: readonly LayTerm[] = [
  // "Liver enzymes" met the general page Enzyme; the archive tells what raised ones mean under the
  // ALT blood test (and the AST one, which a query naming both finds by itself).
  [/\bliver enzymes?\b/gi, 'ALT', { keep: true }],
  ...['magnesium', 'potassium', 'sodium'].map((salt): LayTerm =>
    [new RegExp(`\\b(?:low (?:blood )?${salt}${LEVEL}${NOT_DIET}|${salt} deficiency|${salt}${LEVEL} ${TOO}low${NOT_DIET})\\b`, 'gi'), `low ${salt} level`]),
  [new RegExp(`\\b(?:high (?:blood )?potassium${LEVEL}${NOT_DIET}|potassium${LEVEL} ${TOO}high)\\b`, 'gi'), 'high potassium level'],
  // "Low iron" met the children's page on anemia caused by it; MedQuAD names it iron deficiency.
  // The words stay (a low serum iron is also a lab finding), and the page's own name is left whole.
  [new RegExp(`(?<!\\b(?:caused by|due to|from) )\\b(?:low (?:blood )?iron${LEVEL}${NOT_DIET}|iron${LEVEL} ${TOO}low${NOT_DIET})\\b`, 'gi'), 'iron deficiency', { keep: true }],
  // Too much iron is the inherited overload, hemochromatosis; "high iron" met iron-deficiency pages.
  [new RegExp(`\\b(?:high (?:blood )?iron${LEVEL}${NOT_DIET}|iron${LEVEL} ${TOO}high|too much iron(?! (?:pills?|tablets?|supplements?|in (?:a |the |my |his |her )?(?:diet|food))))\\b`, 'gi'), 'hemochromatosis', { keep: true }],
  [new RegExp(`\\b(?:high (?:blood )?calcium${LEVEL}${NOT_DIET}|calcium${LEVEL} ${TOO}high)\\b`, 'gi'), 'hypercalcemia'],
  // "High cholesterol" met the general page Cholesterol; the archive tells the condition under its own name.
  [new RegExp(`\\b(?:high (?:blood )?(?:cholesterol|ldl)${LEVEL}${NOT_DIET}|(?:cholesterol|ldl)${LEVEL} ${TOO}high)\\b`, 'gi'), 'high blood cholesterol'],
  // Too much of a vitamin is its own illness; a multivitamin overdose is a poisoning.
  [/\b(?:too much|overdos(?:e|ed|ing) (?:of|on)|(?:take|taking|took) too much) vitamin ([ad])\b/gi, 'hypervitaminosis $1'],
  [/\b(?:low|lack of|not enough|deficient in) (?:vitamin )?b-?12\b|\b(?:vitamin )?b-?12 (?:is low|levels? (?:is |are |was )?low)\b/gi, 'B12 deficiency'],
  // Glucose in urine is told under its test; the phrase alone named Sugars.
  [new RegExp(`\\b(?:sugar|glucose) in ${POSSESSIVE}(?:urine|pee)\\b`, 'gi'), 'glucose urine test', { keep: true }],
  [new RegExp(`\\b(?:low (?:blood )?platelets?${LEVEL}${NOT_DIET}|platelets?${LEVEL} ${TOO}low)\\b`, 'gi'), 'thrombocytopenia'],
  // A low blood count or haemoglobin is how a doctor tells anemia; a low white count is no anemia.
  [new RegExp(`\\b(?:low (?:red )?blood(?: cell)? counts?|(?:low|dropping) (?:hemoglobin|haemoglobin|hgb|hb|red cells?|red blood cells?)${LEVEL}|(?:hemoglobin|haemoglobin|hgb|red blood cells?|red cells?)${LEVEL} ${TOO}low)\\b`, 'gi'), 'anemia', { keep: true }],
  [new RegExp(`\\b(?:proteins? in ${POSSESSIVE}(?:urine|pee)|(?:foamy|frothy|bubbly) (?:urine|pee)|${POSSESSIVE}(?:urine|pee) (?:is |looks |has been |was |seems |gets )?(?:very |really |a bit |so )?(?:foamy|frothy|bubbly))\\b`, 'gi'), 'proteinuria'],
  // "Rise" and "spike" name no condition; "drop" meets Foot Drop.
  [new RegExp(`\\b(?:${BLOOD_PRESSURE} ${LEVEL_VERBS}${RISES}|(?:rise|rising|spike|spikes|jump|increase|surge) in ${BLOOD_PRESSURE})\\b`, 'gi'), 'high blood pressure'],
  [new RegExp(`\\b(?:${BLOOD_PRESSURE} ${LEVEL_VERBS}${FALLS}|(?:drop|drops|fall) in ${BLOOD_PRESSURE})\\b`, 'gi'), 'low blood pressure'],
  // A reading told in numbers: high from stage 1 systolic (130) or a diastolic of 90, low under
  // 90/60. A diastolic of 80–89 alone is left as typed: most askers call 120/80 normal.
  [new RegExp(`\\b${BLOOD_PRESSURE} ${READ_AS}(?:${HIGH_SYSTOLIC}${OVER}\\d{2,3}|\\d{2,3}${OVER}${HIGH_DIASTOLIC})\\b`, 'gi'), 'high blood pressure'],
  [new RegExp(`\\b${BLOOD_PRESSURE} ${READ_AS}(?:${LOW_SYSTOLIC}${OVER}\\d{2,3}|\\d{2,3}${OVER}${LOW_DIASTOLIC})\\b`, 'gi'), 'low blood pressure'],
  [new RegExp(`\\b${BLOOD_SUGAR} ${LEVEL_VERBS}${RISES}\\b`, 'gi'), 'high blood sugar'],
  [new RegExp(`\\b${BLOOD_SUGAR} ${LEVEL_VERBS}${FALLS}\\b`, 'gi'), 'low blood sugar'],
  // Caffeine taken to excess has a page of its own ("too much caffeine" met Ergotamine and Caffeine).
  [/\btoo much caffeine\b/gi, 'caffeine overdose', { keep: true }],
  // A low thyroid-stimulating hormone means the opposite: an overactive thyroid.
  [new RegExp(`\\b(?:(?:low|underactive|under-active|slow) thyroid(?![- ]stimulat)|${POSSESSIVE}thyroid (?:is |was |seems )?(?:low|underactive|slow))\\b`, 'gi'), 'hypothyroidism'],
  [new RegExp(`\\b(?:(?:has|have|had|having|with|running|runs?|ran|got|gets?) (?:a )?(?:(?:high|slight|low[- ]grade|mild|very high) )?temperature|(?:high|raised|elevated) (?:body )?temperature)\\b(?! of (?:the )?(?:room|water|house|air))`, 'gi'), 'fever'],
];
