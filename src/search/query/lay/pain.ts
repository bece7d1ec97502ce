import { type LayTerm, OWNERS, POSSESSIVE, SIDE } from './words.js';

// Longer alternatives first.
const PAIN_SITES: readonly (readonly [string, string])[] = [
  ['lower back', 'low back pain'],
  ['back', 'back pain'],
  ['stomach|belly|tummy|abdomen', 'abdominal pain'],
  ['head', 'headache'],
  ['ears?', 'earache'],
  ['throat', 'sore throat'],
  ['muscles?', 'muscle aches'],
  ['ribs?|rib ?cage', 'ribcage pain'],
  ['ankles?', 'ankle pain'],
  ['breasts?', 'breast pain'],
  ['chest', 'chest pain'],
  ['elbows?', 'elbow pain'],
  ['eyes?', 'eye pain'],
  ['face', 'face pain'],
  ['fingers?|thumbs?', 'finger pain'],
  ['foot|feet', 'foot pain'],
  ['groin', 'groin pain'],
  ['heels?', 'heel pain'],
  ['hips?', 'hip pain'],
  ['joints?', 'joint pain'],
  ['knees?', 'knee pain'],
  ['legs?|calf|calves|thighs?', 'leg pain'],
  ['neck', 'neck pain'],
  ['shoulders?', 'shoulder pain'],
  ['testicles?', 'testicle pain'],
  ['wrists?', 'wrist pain'],
];

// Only after a possessive: "when I came back hurts" names no back. "Sore" before the part, except
// in names that are not pain ("cold sore", "canker sore", "pressure sore").
const HURTS = '(?:(?:is|are|has been|have been|keeps?|still|really|so|very|always|started|starts) )*(?:hurts?|hurting|aching|aches?|sore|painful|throbbing|killing me)';
const BY_SITE: readonly LayTerm[] = PAIN_SITES.map(([part, to]) => {
  const hurts = `(?:${OWNERS}) ${SIDE}(?:${part}) ${HURTS}`;
  // "Sore throat" is already the archive's name.
  const sore = to.startsWith('sore ') ? '' : `|(?<!\\b(?:cold|canker|pressure|bed|saddle) )sore ${SIDE}(?:${part})`;
  return [new RegExp(`\\b(?:${hurts}${sore})\\b`, 'gi'), to];
});

const LIMB = '(?:legs?|calf|calves|thighs?|hamstrings?|feet|foot|toes?)';

/**
 * Pain in everyday words: a body part that hurts, and the name the archive gives pain there ("my
 * shoulder hurts when I lift my arm" found Breast lift; "my muscles are sore" Mouth sores).
 */
export const PAIN_TERMS: readonly LayTerm[] = [
  // A burning in the chest that meals, lying down or acid bring on is heartburn (it met Chest
  // pain's "what to do"). Without such a word the chest's pain rule below reads it: burning chest
  // pain may be the heart's.
  [new RegExp(`\\b(?:burning (?:pain |sensation |feeling )?(?:in|behind|under) ${POSSESSIVE}(?:chest|breast ?bone|sternum)|${POSSESSIVE}chest (?:is |feels |keeps )?burning|burning chest(?: pain)?)\\b(?=.{0,160}?\\b(?:after (?:a |my |big )?(?:meals?|eating|food|dinner|lunch)|(?:lie|lying|lay|laying) down|antacids?|acid|spicy|tums|bend(?:ing)? over)\\b)`, 'gis'), 'heartburn'],
  // Burning feet are a foot pain the archive tells under Foot pain's causes; "burning" met Burns.
  // Not in a diabetic, whom the diabetes pages on the feet answer.
  [new RegExp(`\\b(?:burning (?:pain |sensation |feeling )?(?:in|on) ${POSSESSIVE}(?:feet|foot|soles(?: of ${POSSESSIVE}feet)?)|(?:feet|foot|soles of ${POSSESSIVE}feet) (?:(?:are|is|keep|keeps|feel|feels|always|often|so|very|really|start|started|have been|has been) )*burning|burning (?:feet|foot|soles)|(?:my|his|her|their) (?:feet|soles) (?:(?:always|often|sometimes|really) )?burn)\\b`, 'gi'), 'burning foot pain', { notWith: /\b(?<!\bnot (?:a )?|\bnon-?|\bnon )(?:diabet\w*)\b|\b(?:fire|stove|hot (?:water|sand|pavement|coals?)|scald\w*|sunburn\w*|chemicals?)\b/i }],
  ...BY_SITE,
  // "Jaw" alone finds a broken jaw. A jaw that locks is left alone: it may be dislocated, or tetanus.
  [/\bjaw (?:(?:is|keeps|joint|always|sometimes) )*(?:clicks?|clicking|pops?|popping|cracks?|cracking)\b/gi, 'TMJ disorders'],
  [new RegExp(`\\b(?:${LIMB} (?:cramps?|cramping)|cramps? in ${POSSESSIVE}${LIMB})\\b`, 'gi'), 'muscle cramps'],
  // The archive has a Charley horse page of its own: the name stays.
  [/\bcharley ?horses?\b/gi, 'muscle cramps', { keep: true }],
  [/\b(?:stomach ?aches?|tummy ?aches?|belly ?aches?|stomach pains?|tummy pain|belly pain)\b/gi, 'abdominal pain'],
  [/\b(?:ear (?:aches?|pains?))\b/gi, 'earache'],
  [new RegExp(`\\b(?:(?:tooth|teeth) ?pain|pain in ${POSSESSIVE}(?:tooth|teeth)|(?:tooth|teeth) (?:hurts?|hurting|aching|aches?)|sensitive (?:tooth|teeth)|(?:tooth|teeth) (?:(?:is|are|feels?|gets?|got|have been|has been|have become|has become) )?(?:so |very |really |more |super )?sensitive)\\b`, 'gi'), 'toothache'],
  // The archive names pain in these parts only in these words.
  [/\b(?:muscle pains?|aching muscles)\b/gi, 'muscle aches'],
  [new RegExp(`\\b(?:rib(?:s| ?cage)? pains?|pains? (?:in|under|below|around|between) ${POSSESSIVE}${SIDE}(?:ribs?|rib ?cage))\\b`, 'gi'), 'ribcage pain'],
];
