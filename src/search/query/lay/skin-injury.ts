import { type LayTerm, CHILD, OWNERS, POSSESSIVE } from './words.js';

const CRACKS = '(?:(?:are|is|get|gets|got|keep|keeps|always|so|very|often|start|started|to) )*(?:peel|peels|peeling|crack|cracks|cracked|cracking|chapped|chap|rough)';
const DRY_TIMES = '(?:winter|cold weather|dry|dryness|washing|wash)';

/** A part's skin that peels or cracks, told with winter, dryness or washing before or after it. */
function drySkin(parts: string): RegExp {
  const part = `${POSSESSIVE}(?:${parts}) ${CRACKS}`;
  // The context before is looked for after the part is found: a lookbehind tried at every position
  // of a 10,000-character message cost tens of milliseconds.
  return new RegExp(`\\b${part}(?=[^.?!]{0,60}\\b${DRY_TIMES}\\b)|\\b${part}\\b(?<=\\b${DRY_TIMES}\\b[^.?!]{0,120})`, 'gi');
}

/** Skin, hair, nails, burns, bites and injuries in everyday words. */
export const SKIN_INJURY_TERMS: readonly LayTerm[] = [
  // An allergy to the sun is how people name a rash that sunlight brings out.
  [/\b(?:allergic to (?:the )?(?:sun|sunlight)|(?:sun|sunlight) allerg(?:y|ies))\b/gi, 'polymorphous light eruption'],
  // And an allergy to the cold is hives the cold brings out (it met Common cold). Not a cold
  // medicine or a cold sore.
  [/\b(?:allergic to (?:the )?cold|cold allerg(?:y|ies))\b(?! (?:medicines?|medications?|meds|remed(?:y|ies)|pills?|tablets?|syrups?|sores?|and (?:flu|sinus|allergy)))/gi, 'cold urticaria'],
  // "Tick" alone meets Tick paralysis and Colorado tick fever. Only a tick on a person's body is
  // read: not one on a dog, a clock's tick or a ticked box, nor being bitten by one, which a
  // message often tells on the way to another complaint ("bitten by a tick years ago, and now…").
  [new RegExp(`\\b(?:deer |dog |wood )?ticks? (?:(?:was|is|were|are) )?(?:on|in|out of|off|from|attached to|stuck (?:on|in|to)|embedded in|bit|biting|bitten) ${POSSESSIVE}(?:skin|scalp|head|neck|leg|legs|arm|arms|back|body|belly|groin|ear|armpit|side)\\b`, 'gi'), 'tick bite'],
  // A face gone red met Hot tub folliculitis ("hot") and drinking's pages; the archive files it
  // under Skin blushing/flushing (synonym "Flushing"). Not a red face with spots or a rash, which
  // is a skin complaint of its own, nor a sunburnt one.
  [new RegExp(`\\b(?:${POSSESSIVE}(?:face|cheeks|neck and face|face and neck) (?:(?:is|are|gets?|got|getting|goes|went|going|turns?|turned|turning|becomes?|became|feels?|felt|looks?|always|often|so|very|really|bright|all) )*(?:red|flushed|flushes|flush)|(?:red|flushed|flushing) (?:face|cheeks)|facial (?:redness|flushing))\\b`, 'gi'), 'flushing', { notWith: /\b(?:rash(?:es)?|spots?|pimples?|acne|bumps?|sun ?burn(?:t|ed)?|pustules?|blisters?|slapped|scaly|peeling|butterfly)\b/i }],
  // Itching alone met Itching; flakes on the scalp are mostly dandruff, which the archive files under
  // Seborrheic dermatitis. The question's words stay: scalp psoriasis and ringworm hold them too.
  [/\b(?:(?:itchy|dry|sore|red|irritated),? (?:and )?)?(?:flaky|flaking|scaly|peeling) scalp\b|\bscalp (?:(?:is|gets|feels|keeps|always|so|very|really|itchy|dry|and|,) )*(?:flaky|flaking|scaly|peeling)\b|\b(?:flakes|flaking) (?:on|in|from) (?:my |his |her |the )?(?:scalp|hair)\b/gi, 'dandruff', { keep: true }],
  // Hair where a woman's face has little ("hair growing on my chin") is the archive's Excessive or
  // unwanted hair in women (synonym Hirsutism); "chin" and "hair" alone met acne and hair loss pages.
  [/\b(?:(?:dark |thick |coarse |black |excess |unwanted )?hairs? (?:growing |growth )?(?:on|under) (?:my |her |the )?(?:chin|upper lip|jaw ?line|cheeks|chest|belly|stomach)|(?:chin|facial) hairs?|(?:growing|grow|grows|grew) (?:a )?(?:beard|moustache|mustache))\b/gi, 'hirsutism', { notWith: /\b(?:men|man|husband|boyfriend|son|boy|he|his|him|teenage boy|male)\b/i }],
  [/\bslapped[- ]cheeks?(?: (?:syndrome|disease|rash))?\b/gi, 'fifth disease'],
  // "Boiling" meets Boils.
  [/\b(?:scald(?:s|ed|ing)?|burn(?:s|ed|t)? (?:from|by|with|of) (?:boiling|hot) (?:water|oil|coffee|tea|soup|liquid|steam)|(?:spilled|spilt|spills|spilling|splashed|poured|knocked over) (?:some |a pot of |a cup of |a kettle of )?(?:boiling|hot|scalding) (?:water|oil|coffee|tea|soup|liquid|grease))\b/gi, 'burns'],
  [/\b(?:thick(?:ened)?,? (?:and )?(?:yellow|discolou?red|brittle|crumbly)|yellow,? (?:and )?thick(?:ened)?) (?:toe|finger)?nails?\b|\b(?:toe|finger)?nails? (?:is|are|has become|have become|became|got) (?:thick|yellow)(?:,? (?:and )?(?:yellow|thick|brittle|crumbly))+\b/gi, 'nail abnormalities'],
  [/\b(?:toe ?nail|finger ?nail|nail) fungus\b/gi, 'fungal nail infection'],
  // Hands that peel or crack in winter met Acral peeling skin syndrome, a rare disease. The archive
  // has Chapped hands, and Dry skin for the rest of the skin; the words stay.
  [drySkin('hands?|fingers?|knuckles?|fingertips?'), 'chapped hands', { keep: true }],
  [drySkin('heels?|feet|skin|lips'), 'dry skin', { keep: true }],
  // A rash between the toes is athlete's foot to the archive (it met Rashes).
  [new RegExp(`\\b(?:(?:itchy|red|peeling|cracked|scaly|white|flaky|raw)(?:,? (?:and )?(?:itchy|red|peeling|cracked|scaly|white|flaky|raw))* )?(?:rash|skin|itch(?:ing)?|cracks?|peeling) between ${POSSESSIVE}toes\\b`, 'gi'), "athlete's foot", { keep: true }],
  [/\b(?:tongue (?:that )?(?:looks|look|looked|looking) like a map|map-like tongue|map tongue)\b/gi, 'geographic tongue'],
  // A blister on the lip met Vesicles; the archive's page is Cold Sores. The words stay.
  [new RegExp(`\\b(?:(?:small |little |tiny |painful |itchy )?blisters? (?:on|at the edge of|in the corner of) ${POSSESSIVE}(?:lower |upper |bottom |top )?lips?|(?:lower |upper |bottom |top )?lip (?:has |had |with |gets )?(?:a |an )?(?:small |little |tiny |painful |itchy )?blisters?)\\b`, 'gi'), 'cold sore', { keep: true, notWith: /\b(?:cold sores?|fever blisters?|herpes|burn\w*|hot (?:coffee|tea|food|pizza|soup))\b/i }],
  [/\bchicken skin\b|\b(?:small |little |tiny |rough |red )?bumps on (?:the )?backs? of (?:my |his |her |the )?(?:upper )?arms\b/gi, 'keratosis pilaris'],
  // "Fall" meets Falls ("can stress make my hair fall out"); "hair fall" is Indian English for hair loss.
  [new RegExp(`\\b(?:los(?:e|es|ing|t) (?:so much |a lot of |some |clumps of )?${POSSESSIVE}hair|hair (?:(?:is|keeps|to|has been|have been|started|starting to|seems to|will) )?(?:fall|falls|fell|falling|come|comes|coming|came) out|hair ?fall|thinning hair|hair (?:(?:is|has been|have been|keeps|kept|started|starting|seems to be|is getting|getting) )?thinning)\\b`, 'gi'), 'hair loss'],
  // Hair lost in round patches, or in a beard or the brows, is alopecia areata ("bald spots in
  // my beard" met Baldness, which is pattern hair loss). One bald spot on the crown is not.
  [new RegExp(`\\b(?:bald (?:spots|patches)|bald (?:spot|patch) (?:in|on) ${POSSESSIVE}(?:beard|eyebrows?|eyelashes)|(?:round|circular|coin[- ]sized) (?:bald )?(?:spots|patches) of hair loss|patchy hair loss|hair (?:is )?(?:falling|coming) out in (?:patches|clumps of round patches|circles))\\b`, 'gi'), 'alopecia areata', { keep: true }],
  [new RegExp(`\\b(?:twist(?:ed|ing)?|roll(?:ed|ing)?|turn(?:ed|ing)?|sprain(?:ed|ing)?) ${POSSESSIVE}ankles?\\b`, 'gi'), 'ankle sprain'],
  // A sting told as it happened: "stung by a bee" named no page.
  [/\b(?:stung by (?:a |an |some )?(?:honey ?|bumble ?)?(?:bees?|hornets?|yellow ?jackets?)|(?:a |an )?(?:honey ?|bumble ?)?(?:bee|hornet|yellow ?jacket) stung)\b/gi, 'insect bites and stings', { keep: true }],
  [/\b(?:stung by (?:a |some )?wasps?|(?:a )?wasp stung)\b/gi, 'wasp sting', { keep: true }],
  // Raised itchy patches are hives; the archive files "welts" only under Angioedema. One welt, or
  // welts where something bit, stung or struck, are not.
  [/\bwelts\b/gi, 'hives', { keep: true, notWith: /\b(?:hives|urticaria|angioedema|bit|bites?|bitten|stings?|stung|tick|whip\w*|belt|spank\w*|hit)\b/i }],
  // Ringworm of the scalp is Tinea capitis; the synonym "Ringworm - scalp" is met only word for word.
  [new RegExp(`\\b(?:ringworm (?:on|of|in) ${POSSESSIVE}(?:scalp|head)|scalp ringworm)\\b`, 'gi'), 'tinea capitis', { keep: true }],
  // Shots for hay fever or pollen are the archive's Allergy shots ("shots" met Childhood Immunization).
  [/\b(?:hay ?fever|pollen|allergy|allergies) (?:shots|injections|jabs)\b/gi, 'allergy shots'],
  [new RegExp(`\\b(?:twist(?:ed|ing)?) ${POSSESSIVE}wrists?\\b`, 'gi'), 'wrist sprain'],
  // Porter does not join "broke" to "broken": "I think I broke my toe" missed Broken toe. Only a
  // body part after it: "broke out in hives" and "broke up" are other things.
  [new RegExp(`\\b(?:broke|fractured|cracked) (?:${OWNERS}|a|an) (toe|finger|arm|leg|wrist|ankle|nose|rib|collarbone|hip|foot|hand|jaw|tooth|kneecap|elbow|thumb)s?\\b`, 'gi'), 'broken $1'],
  [new RegExp(`\\bwhite (?:spots|marks|lines|specks|patches) (?:on|in) ${POSSESSIVE}(?:finger|toe)?nails?\\b`, 'gi'), 'nail abnormalities (leukonychia)'],
  [/\bsun burn(?:s|ed|t)?\b|\bsunburnt\b/gi, 'sunburn'],
  // Heat stroke met Stroke, the brain's; the archive tells it, with heat exhaustion, as a heat emergency.
  [/\b(?:heat ?strokes?|sun ?strokes?)\b/gi, 'heat emergencies'],
  // "Hit" meets HIT (heparin-induced thrombocytopenia); "bump" and "head" alone find nothing useful.
  [new RegExp(`\\b(?:hit|hits|hitting|bumped|bumps|bumping|banged|bangs|banging|knocked|smacked|struck|whacked) (?:(?:him|her|me|them|us) )?(?:(?:in|on) )?${POSSESSIVE}head\\b`, 'gi'), 'head injury'],
  // "Stitches" matched no page; the archive tells when a cut needs them, and their care, under
  // Laceration - sutures or staples and Cuts and puncture wounds. A stitch in one's side is
  // another thing, and stitches after an operation are a surgical wound's.
  [/\bstitches\b/gi, 'laceration sutures', { notWith: /\b(?:c-?sections?|caesarean|cesarean|episiotomy|surgery|surgical|operation|incision|knitting|sewing|laughing)\b/i }],
  // "Nail" meets the nail pages.
  [/\b(?:(?:stepped|steps?|stepping) on (?:a |an |some )?(?:rusty |old |sharp )?(?:nails?|tacks?|screws?|needles?)|rusty nails?)\b/gi, 'puncture wound'],
  // "Lice" alone finds the Lice overview, and a child's met Pubic lice first; a child's lice, or lice
  // in the hair, are head lice. The word stays: the overview still fits.
  [new RegExp(`\\blice\\b(?<=\\b(?:${CHILD}|school|classroom)\\b[^.?!]{0,85})|\\blice\\b(?=[^.?!]{0,60}\\b(?:${CHILD}|hair|scalp|school|classroom|nits?|comb)\\b)`, 'gi'), 'head lice', { keep: true, notWith: /\b(?:pubic|crabs?|body lice|head lice|groin|genital\w*|clothes|clothing|bedding)\b/i }],
  // "Bitten" is not Porter's "bite", and "cat" meets Cat scratch disease. Ticks and insects have pages of their own.
  [/\b(?:bitten|bit) by (?:a |an |my |our |the |his |her |their |some )?(?:dogs?|puppy|cats?|kitten|animals?|bats?|rats?|raccoons?|monkeys?|squirrels?|fox(?:es)?|hamsters?|ferrets?|rabbits?|mice|mouse|pets?|horses?)\b/gi, 'animal bite'],
];
