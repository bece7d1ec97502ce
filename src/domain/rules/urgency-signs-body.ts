import { CHEST_PAIN, CONFUSED, FEVER, gap, POSS, re, type UrgentSignRule, VOMIT, YOUNG_CHILD } from './urgency-patterns.js';

/** A state told of someone now ("is", "seems", "became"), not asked about ("can it cause confusion?"). */
const NOW_IS = String.raw`(?:is|was|'s|are|'re|am|'m|seems?|seemed|became|becoming|gets|got|getting|feels?|feeling|felt|looks?|looked|acting|went|has been|have been)`;

/**
 * Red flags of the body as a whole (sugar, infection, heat and cold) and of harm from outside
 * (bites, burns, shocks, water, falls). Same grammar as `urgency-signs.ts`.
 */
export const BODY_SIGNS: readonly UrgentSignRule[] = [
  {
    id: 'diabetes-emergency',
    level: 'emergency',
    label: 'In someone with diabetes: confusion, drowsiness, a very low or very high sugar reading, or vomiting with fruity-smelling breath',
    when: [
      [re(String.raw`diabet\w*|insulin|type (?:1|one)|t1d|blood sugar|glucose|hypo`), re(String.raw`${NOW_IS} ${gap(3)}(?:${CONFUSED}|drows\w*|sleepy|shaky|sweaty)|(?:can't|won't|cannot|will not) wake|pass(?:ed|ing)? out|fitting|having a seizure`)],
      // Readings that are wrong in either unit: 1–3.4 and 20–59 (mmol/L or mg/dL), 400–699 mg/dL.
      [re(String.raw`(?:blood )?(?:sugar|glucose)(?: level| reading)? (?:is |was |of |at |dropped to |down to |went to |reading |reads |read |showed |shows |only |just )*(?:[12](?:\.\d)?|3\.[0-4]|[2-5]\d(?:\.\d)?|[4-6]\d\d)(?![\d.]| ?(?:g|grams?|kg|lbs?|pounds|%|years?|days?|weeks?|months?|hours?|minutes?|times|carbs?|calories|units?)\b)`)],
      [re(String.raw`diabet\w*|insulin|type (?:1|one)|t1d|blood sugar|ketones?`), re(String.raw`(?:breath|breathe|breathing) ${gap(3)}(?:fruity|sweet|acetone|nail polish|pear drops)|fruity (?:breath|smell\w*)|ketones? ${gap(2)}(?:high|large|moderate|positive)|high ketones?|(?:${VOMIT}) ${gap(4)}breath\w* (?:fast|hard|heavily|deep\w*)`)],
    ],
  },
  {
    id: 'sepsis',
    level: 'emergency',
    label: 'A fever or an infection with confusion, mottled skin, very fast breathing or no urine all day',
    when: [
      [
        re(String.raw`${FEVER}|infection|infected|sepsis|septic`),
        re(String.raw`${NOW_IS} ${gap(3)}(?:${CONFUSED})|mottled|blotchy (?:skin|legs)|very fast breathing|breathing (?:very )?fast|(?:hasn't|has not|haven't|have not|not) (?:peed|urinated|passed urine|wee'?d) (?:all day|for \d+ hours|in \d+ hours)`),
      ],
    ],
  },
  {
    id: 'heat-or-cold',
    level: 'emergency',
    label: 'Confusion, drowsiness or collapse after heat or cold (heatstroke or hypothermia)',
    when: [
      [
        re(String.raw`sun|sunburn\w*|sunstroke|heat|hot (?:day|weather|car|room)|heatwave|sauna|snow|freezing|icy|cold (?:water|weather|night)|outside all night|shivering`),
        re(String.raw`${NOW_IS} ${gap(3)}(?:${CONFUSED}|drows\w*)|collapsed|passed out|(?:stopped|not|isn't|wasn't) (?:sweating|shivering)|slurr\w*`),
      ],
    ],
  },
  {
    id: 'tearing-pain',
    level: 'emergency',
    label: 'Sudden tearing or ripping pain in the chest, back or belly',
    when: [[re(String.raw`(?:tearing|ripping) (?:pain|sensation|feeling)|pain ${gap(3)}(?:tearing|ripping)`), re(String.raw`chest|back|belly|abdomen|stomach`)]],
  },
  {
    id: 'leg-clot',
    level: 'emergency',
    label: 'A swollen or painful leg with breathlessness or chest pain (a clot may have reached the lung)',
    when: [
      [
        re(String.raw`(?:leg|calf|calves|thigh) ${gap(3)}(?:swollen|swelling|painful|pain|hurts|red and hot)|(?:swollen|painful|swelling (?:in|of) ${POSS}) (?:left |right )?(?:leg|calf|thigh)`),
        re(String.raw`short(?:ness)? of breath|breathless\w*|(?:can't|cannot) (?:breathe|catch)|chest pain|cough\w* ${gap(2)}blood`),
      ],
    ],
  },
  {
    id: 'eye-pain',
    level: 'emergency',
    label: 'Sudden, severe pain in an eye with blurred sight, halos or vomiting',
    when: [
      [
        re(String.raw`sudden\w* ${gap(3)}(?:pain|ache) ${gap(2)}(?:in|behind) ${POSS} eyes?|(?:severe|excruciating|intense) (?:eye pain|pain (?:in|behind) ${POSS} eyes?)`),
        re(String.raw`blur\w*|halos?|rainbows?|vision|sight|${VOMIT}|nause\w*`),
      ],
    ],
  },
  {
    id: 'drowning',
    level: 'emergency',
    label: 'Someone pulled from water after nearly drowning, even if they seem well',
    when: [[re(String.raw`(?:nearly|almost) drown\w*|near[- ]drown\w*|pulled (?:him|her|them|my \w+) (?:out )?(?:of|from) (?:the )?(?:pool|water|sea|lake|river|bath)`)]],
  },
  {
    id: 'snake-bite',
    level: 'emergency',
    label: 'A snake bite',
    when: [[re(String.raw`(?:was|got|been|were|just) bitten by (?:a |an )?(?:\w+ )?\w*snake|(?:a |the )?(?:\w+ )?\w*snake (?:bit|has bitten|just bit)`)]],
  },
  {
    id: 'spine-injury',
    level: 'emergency',
    label: 'After a fall or a blow, legs or arms that cannot be felt or moved',
    when: [
      [
        re(String.raw`fell|fall|fallen|accident|crash\w*|hit|dived|diving|tackle\w*|landed`),
        re(String.raw`(?:can't|cannot|can not|couldn't|could not|unable to) (?:feel|move) ${POSS} (?:legs?|arms?|feet|toes|hands)|(?:legs|arms) ${gap(2)}(?:paralys\w*|won't move)`),
      ],
    ],
  },
  {
    id: 'sudden-confusion',
    level: 'emergency',
    label: 'Sudden confusion: not knowing where they are, or not recognising people',
    when: [[re(String.raw`sudden\w* ${gap(3)}(?:${CONFUSED})|(?:${CONFUSED}) ${gap(3)}(?:all of a )?sudden\w*|(?:can't|cannot|doesn't|does not|didn't|did not) recogni[sz]e (?:us|me|anyone|her family|his family|people|family)`)]],
  },
  {
    id: 'bile-vomit',
    level: 'emergency',
    label: 'A baby or young child vomiting green or yellow-green bile',
    when: [[YOUNG_CHILD, re(String.raw`(?:${VOMIT}) ${gap(3)}(?:green|bile|bilious)|(?:green|bilious) (?:vomit\w*|sick)`)]],
  },
  {
    id: 'abdomen',
    level: 'emergency',
    label: 'A belly that is rigid or hard as a board; sudden, unbearable belly pain; pain low on the right getting worse or with a fever; or vomiting with no poo or wind passed',
    when: [
      [
        re(String.raw`(?:belly|stomach|abdomen|tummy) ${gap(3)}(?:hard as a board|rigid|board[- ]like)|sudden\w* ${gap(2)}(?:severe|excruciating|unbearable|agonising|agonizing) ${gap(1)}(?:abdominal|stomach|belly|tummy) pains?|(?:abdominal|stomach|belly|tummy) pain ${gap(3)}(?:unbearable|excruciating|agonising|agonizing)`),
      ],
      // Appendicitis: pain low on the right that worsens, or comes with a fever.
      [
        re(String.raw`(?:lower right|right lower|bottom right|low down on the right|right side) ${gap(3)}(?:of ${POSS} )?(?:belly|stomach|abdomen|tummy)|(?:belly|stomach|abdomen|tummy) ${gap(3)}(?:lower right|right lower|bottom right|right side)`),
        re(String.raw`${FEVER}|getting worse|worse and worse|(?:can't|cannot) (?:stand up straight|walk properly)`),
      ],
      // A blocked bowel: vomiting, and nothing passed below.
      [
        re(VOMIT),
        re(String.raw`(?:hasn't|has not|haven't|have not|not|can't|cannot|didn't|did not) ${gap(1)}(?:pooped|pooed|had a poo|passed (?:any )?(?:wind|gas|stool|a stool)|farted|had a bowel movement)(?: ${gap(3)}(?:wind|gas|farted))? ${gap(2)}(?:for|in|since) ${gap(1)}(?:days?|\d+|two|three|four)`),
      ],
    ],
  },
  {
    id: 'priapism',
    level: 'emergency',
    label: 'An erection that has not gone away after four hours or more',
    when: [[re(String.raw`erection ${gap(4)}(?:won't|will not|doesn't|does not|hasn't|has not) go(?:ne)? (?:away|down)|erection ${gap(3)}(?:[4-9]|1\d|2\d|four|five|six|seven|eight) hours`)]],
  },
  {
    id: 'electric-shock',
    level: 'urgent',
    label: 'An electric shock or a lightning strike',
    when: [[re(String.raw`electrocut\w*|electric(?:al)? shock|shocked by (?:a |an |the )?(?:wire|socket|outlet|cable|plug|fence|power line)|struck by lightning`)]],
    // "Pain like an electric shock" is how nerve pain is told, and shock therapy is a treatment.
    unless: /\b(?:like (?:an? )?electric(?:al)? shocks?|electric(?:al)? shock (?:feeling|sensation|pain|therapy|treatment)s?|shock therapy|electroconvulsive)\b/,
  },
  {
    id: 'animal-bite',
    level: 'urgent',
    label: 'A deep animal bite, one to the face or hand, or any bat bite',
    when: [
      [
        re(String.raw`(?:dog|cat|fox|bat|monkey|horse|rat)s? ${gap(2)}(?:bit|bitten|bites)|(?:bit|bitten) by (?:a |an |the |our |my |his |her )?(?:\w+ )?(?:dog|cat|fox|bat|monkey|horse|rat)`),
        re(String.raw`deep|face|hand|bleed\w*|puncture\w*|bat`),
      ],
    ],
  },
  {
    id: 'racing-heart',
    level: 'emergency',
    label: 'A racing heart with chest pain, fainting or breathlessness',
    when: [
      [
        re(String.raw`heart ${gap(2)}(?:racing|pounding|beating (?:so |really |very )?fast|going (?:so |really |very )?fast)|heart ?rate ${gap(3)}(?:1[5-9]\d|2\d\d)`),
        re(String.raw`${CHEST_PAIN}|faint\w*|black(?:ing|ed)? out|pass(?:ing|ed)? out|(?:short|shortness) of breath|(?:can't|cannot) (?:breathe|catch ${POSS} breath)`),
      ],
    ],
  },
  {
    id: 'eye-injury',
    level: 'emergency',
    label: 'Something sharp or flying in the eye, with pain, bleeding or blurred sight',
    when: [
      [
        re(String.raw`(?:metal|glass|a splinter|wood|a chip|shrapnel|a nail|a wire|something sharp) ${gap(3)}(?:in|into) ${POSS} eyes?`),
        re(String.raw`(?:can't|cannot|can not) see|blurr\w*|(?:really|very|so) (?:painful|sore)|bleeding|blood`),
      ],
    ],
  },
  {
    id: 'sudden-deafness',
    level: 'urgent',
    // Sudden hearing loss may be saved by treatment started within days.
    label: 'Hearing lost suddenly, in one ear or both',
    when: [
      [re(String.raw`(?:lost|losing|lose|loss of) ${gap(2)}hearing ${gap(4)}(?:suddenly|overnight|all of a sudden|this morning|yesterday|today)|(?:suddenly|overnight|all of a sudden) ${gap(2)}(?:lost ${gap(2)}hearing|can't hear|cannot hear|went deaf|deaf)|woke up ${gap(3)}(?:deaf|(?:can't|cannot|couldn't|could not) hear)|sudden ${gap(1)}(?:hearing loss|deafness|loss of hearing) ${gap(4)}(?:overnight|this morning|yesterday|today|since)`)],
    ],
  },
  {
    id: 'deep-wound',
    level: 'urgent',
    label: 'A deep cut or one that gapes, which may need stitches',
    when: [[re(String.raw`deep (?:cut|wound|gash|laceration)|(?:cut|wound|gash) ${gap(4)}(?:gaping|gapes|won't close)|(?:can|could) see (?:the )?(?:fat|bone|muscle|tendon)`)]],
  },
  {
    id: 'burn',
    level: 'urgent',
    label: 'A large or deep burn, or a burn to the face, hands, feet or genitals',
    // A small burn, only red and sore, is first aid: cool it under running water.
    when: [
      [
        re(String.raw`(?:burned|burnt|scalded|scalding) (?:myself|himself|herself|themselves|my|his|her|their)|burns? (?:on|to) ${POSS}|boiling (?:water|oil)|hot (?:oil|water|coffee|tea|iron|pan|stove)|chemical burns?`),
        re(String.raw`badly|severely|deep|large|big|skin ${gap(2)}(?:peeling|coming off|white|black|charred|leathery)|(?:huge|large|big) blisters?|face|hands?|feet|foot|genitals?|groin`),
      ],
    ],
    unless: /\b(?:small|little|tiny|minor|mild|slight) burn\b(?![\s\S]*\b(?:blister\w*|white|charred|peeling)\b)/,
  },
];
