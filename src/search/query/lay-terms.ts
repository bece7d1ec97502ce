import { rewriteBrandNames } from './brand-names.js';
import { OFFSPRING, YOUNG_CHILD } from './child-words.js';
import { rewriteStreetNames } from './street-names.js';

/**
 * Everyday phrases for a complaint that share no word with the name the archive files it under.
 * "Trouble falling asleep" is insomnia, but its words meet Falls; "pins and needles" meets Pin
 * care; "ringing in my ears" meets Ring chromosome 20. Stemming and the focus lexicon cannot
 * bridge these (MedQuAD lists a few as synonyms, "ringing in the ears", and only in one wording),
 * so the query is rewritten: the phrase is replaced by the archive's name before the focus,
 * question type, lexical query and re-rank read it.
 *
 * Only phrases whose meaning is settled without context are here, each mapped to a symptom or
 * condition name, never to a cause ("burning feet" has many, so it is left alone). Phrases the
 * archive already names in their usual wording ("heart attack", "pink eye", "hair loss") need no
 * entry. Patterns ignore case; curly apostrophes are read as straight ones.
 */
const OWNERS = 'my|the|his|her|their|our|your|both|one';
const NUMB_PARTS = '(?:hands?|arms?|legs?|feet|foot|fingers?|thumbs?|toes?|face|lips?|tongue)';
const POSSESSIVE = `(?:(?:${OWNERS}|a) )?`;
const CANT = "(?:can ?not|can'?t|cannot|could ?not|couldn'?t|unable to|not able to)";
const TROUBLE = `(?:trouble|difficulty|difficulties|problems?|a hard time|hard time|issues?|${CANT})`;
/** Who is (pregnant): the asker, the reader or a woman spoken of. */
const ONE_IS = "(?:i'?m|i am|you'?re|you are|she'?s|she is)";

/** Medicines people most often say they are allergic to. */
const ALLERGY_DRUGS =
  'penicillins?|amoxicillin|amoxil|augmentin|ampicillin|cephalosporins?|cephalexin|keflex|sulfa(?: drugs?)?|sulfonamides?|bactrim|antibiotics?|aspirin|ibuprofen|nsaids?|codeine|morphine|opioids?|local an(?:a)?esthetics?|lidocaine|novocaine';

/**
 * A body part that hurts, and the name the archive gives pain there ("my shoulder hurts when I lift
 * my arm" found Breast lift; "my muscles are sore" Mouth sores). Longer alternatives first.
 */
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
const SIDE = '(?:(?:left|right|upper) )?';
const HURTS = '(?:(?:is|are|has been|have been|keeps?|still|really|so|very|always|started|starts) )*(?:hurts?|hurting|aching|aches?|sore|painful|throbbing|killing me)';
const PAIN_TERMS: readonly (readonly [RegExp, string])[] = PAIN_SITES.map(([part, to]) => {
  const hurts = `(?:${OWNERS}) ${SIDE}(?:${part}) ${HURTS}`;
  // "Sore throat" is already the archive's name.
  const sore = to.startsWith('sore ') ? '' : `|(?<!\\b(?:cold|canker|pressure|bed|saddle) )sore ${SIDE}(?:${part})`;
  return [new RegExp(`\\b(?:${hurts}${sore})\\b`, 'gi'), to];
});

/**
 * `unless`: a match that also matches this is left as typed. `notWith`: the phrase is left as typed
 * anywhere in a query that matches this (the query already names what the phrase means, or another
 * sense of it). `keep`: the typed phrase stays and the
 * name is added after it, for phrases whose own words are fair search words that merely miss the
 * name ("a q-tip stuck in my ear" is how an FAQ may put it too).
 */
type LayTerm = readonly [pattern: RegExp, to: string, how?: { unless?: RegExp; notWith?: RegExp; keep?: true }];

// Things put in an ear or nose that are medicine or belong there.
const NOT_FOREIGN = /\b(?:drops?|sprays?|saline|medicines?|medications?|creams?|ointments?|oils?|gels?|vaseline|tissues?|fingers?|hearing aids?|ear ?plugs?|ear ?buds?|headphones|cannula|tubes?)\b/i;
const KEEP_UNLESS_NOT_FOREIGN = { unless: NOT_FOREIGN, keep: true } as const;
const INTO = [
  '(?:put|puts|putting|stuck|sticks|sticking|pushed|pushes|pushing|shoved|shoves|inserted|inserts) (?:a|an|some|the|this|that|his|her|my|something)(?: [\\w-]+){0,2} (?:up|in|into|inside)',
  '(?:something|[\\w-]+(?: [\\w-]+)?) (?:is |are |got |gets |was |has been |have been |became )?(?:stuck|lodged) (?:in|up|inside)',
];
// A bead up the nose meets monilethrix (beaded hair), a q-tip in the ear the "tips" pages.
const FOREIGN_BODY_TERMS: readonly LayTerm[] = INTO.flatMap((into) =>
  (
    [
      ['nose|nostrils?', 'foreign body in the nose'],
      ['ears?|ear canal', 'foreign body in the ear'],
    ] as const
  ).map(([part, to]): LayTerm => [new RegExp(`\\b${into} ${POSSESSIVE}(?:${part})\\b`, 'gi'), to, KEEP_UNLESS_NOT_FOREIGN]),
);
const CHILD = `(?:${YOUNG_CHILD}|${OFFSPRING}|grandsons?|granddaughters?|\\d+[- ](?:month|year)[- ]old)`;
const NOT_DOING = "(?:is not|isn'?t|is n't|not|has not|hasn'?t|has not been|hasn'?t been|does not|doesn'?t|won'?t|will not|can'?t|cannot)(?: yet| started| begun| been)?";
const RISES = '(?:go(?:es|ing)? up|went up|gone up|rises?|rising|rose|spikes?|spiking|spiked|jumps?|jumping|jumped|shoots? up|shot up|high|higher|elevated|raised|too high)';
const FALLS = '(?:drops?|dropping|dropped|falls?|falling|fell|go(?:es|ing)? down|went down|gone down|crash(?:es|ed|ing)?|plummet(?:s|ed|ing)?|low|lower|too low)';
const LEVEL_VERBS = '(?:(?:is|are|was|were|has been|have been|keeps?|goes|go|went|gets?|got|seems?|to|will|would|can|could|does|do|always|sometimes|suddenly|really|very|so) )*';
const BLOOD_PRESSURE = `${POSSESSIVE}(?:blood pressure|bp)`;
const BLOOD_SUGAR = `(?:${POSSESSIVE}(?:blood sugar|blood glucose)|(?:my|his|her) sugar|(?:blood )?(?:sugar|glucose) levels?)`;

/** A fourth batch, from questions about things stuck in the body, numbers that rise and fall, weight, fertility, children's speech and outlook. */
const FOURTH_BATCH: readonly LayTerm[] = [
  // "Fall pregnant" (British) meets Falls; not conceiving is the archive's infertility.
  [/\b(?:haven'?t|have not|havent|hasn'?t|has not|not|never|still not|still haven'?t|still havent)(?: been able to)? (?:get|got|gotten|getting|fall|fallen|fell|falling|become|became|becoming) pregnant\b/gi, 'infertility'],
  [/\b(?:fall|falls|fallen|fell|falling) pregnant\b/gi, 'get pregnant'],
  // Wanting to lose weight is not the archive's unintentional weight loss, nor losing it after pregnancy.
  [/\b(?:want|wants|wanting|need|needs|trying|try|tries|tried|how|way|ways|help me|helps? (?:me |you )?|plan|diet|pills?|medications?|medicines?|drugs?) to lose (?:some |the |this |my |her |his |extra |excess |more |a lot of |belly |that )?(?:weight|pounds|kilos|lbs|belly fat|fat)\b/gi, 'weight control'],
  [/\b(for|about|on) losing (?:some |the |this |my |her |his |extra |excess |more |a lot of |belly |that )?(?:weight|pounds|kilos|lbs|belly fat|fat)\b/gi, '$1 weight loss'],
  [/\b(?:(?:keeps?|keep on|kept) losing weight|losing weight (?:without trying|for no (?:apparent |obvious )?reason|even though (?:I|she|he|they) (?:eats?|am eating|is eating|are eating))|unexplained weight loss)\b/gi, 'unintentional weight loss'],
  [/\b(?:(?:keeps?|keep on|kept) (?:gaining|putting on) weight|(?:gaining|putting on) weight (?:without trying|for no (?:apparent |obvious )?reason|even though)|unexplained weight gain)\b/gi, 'unintentional weight gain'],
  [new RegExp(`\\b${CHILD}(?:'s)? ${NOT_DOING} (?:gaining|gain|putting on|put on) (?:any |enough )?weight\\b`, 'gi'), 'failure to thrive'],
  // "Rise" and "spike" name no condition; "drop" meets Foot Drop.
  [new RegExp(`\\b(?:${BLOOD_PRESSURE} ${LEVEL_VERBS}${RISES}|(?:rise|rising|spike|spikes|jump|increase|surge) in ${BLOOD_PRESSURE})\\b`, 'gi'), 'high blood pressure'],
  [new RegExp(`\\b(?:${BLOOD_PRESSURE} ${LEVEL_VERBS}${FALLS}|(?:drop|drops|fall) in ${BLOOD_PRESSURE})\\b`, 'gi'), 'low blood pressure'],
  [new RegExp(`\\b${BLOOD_SUGAR} ${LEVEL_VERBS}${RISES}\\b`, 'gi'), 'high blood sugar'],
  [new RegExp(`\\b${BLOOD_SUGAR} ${LEVEL_VERBS}${FALLS}\\b`, 'gi'), 'low blood sugar'],
  ...FOREIGN_BODY_TERMS,
  [new RegExp(`\\b(?:an? )?(?:bugs?|insects?|fly|flies|bees?|ants?|moths?|spiders?|beetles?|cockroach(?:es)?|roach(?:es)?|earwigs?) (?:flew|flown|crawled|went|got|gone|is|are|was|stuck)(?: \\w+)? (?:in|into|inside|up) ${POSSESSIVE}ears?\\b`, 'gi'), 'foreign body in the ear'],
  [new RegExp(`\\b(?:something|dirt|sand|grit|dust|a speck(?: of \\w+)?|an eyelash|eyelash|a bug|an insect|a piece of \\w+|metal|glass|debris) (?:(?:is|got|gets|was|stuck|flew|blew|went) )*(?:in|into) ${POSSESSIVE}eyes?\\b`, 'gi'), 'foreign object in the eye'],
  // "Growth" meets the growth pages; these parts have a page for a lump.
  [new RegExp(`\\b(?:growth|mass) (?:on|in|under) ${POSSESSIVE}(?:(?:left |right )?side of ${POSSESSIVE})?(neck|armpit|groin|testicle|breast)\\b`, 'gi'), '$1 lump', { keep: true }],
  // "Room" meets the emergency-room pages.
  [/\b(?:(?:the )?room (?:is |keeps |was |starts |started |seems to be )?spinning|(?:everything|the world) (?:is |keeps |was |starts |started )?spinning|spinning sensation)\b/gi, 'vertigo'],
  // "Numb" alone is no focus, nor "numbness": "I wake up with a numb arm" found Irregular sleep-wake syndrome.
  [new RegExp(`\\b(?:${NUMB_PARTS} (?:(?:go|goes|going|went|gone|is|are|was|were|feel|feels|felt|keep|keeps|kept|getting|get|gets|got|turn|turns|turned|becomes?|became|always|often|sometimes|completely|all) )+numb|numb ${NUMB_PARTS})\\b`, 'gi'), 'numbness and tingling'],
  // "White" fingers in the cold meet Common cold.
  [/\b(?:fingers?|toes?|hands?) (?:turn|turns|turning|turned|go|goes|going|went) (?:white|pale|white and (?:blue|numb)|white then (?:blue|red))\b/gi, 'raynaud phenomenon'],
  [/\b(?:thick(?:ened)?,? (?:and )?(?:yellow|discolou?red|brittle|crumbly)|yellow,? (?:and )?thick(?:ened)?) (?:toe|finger)?nails?\b|\b(?:toe|finger)?nails? (?:is|are|has become|have become|became|got) (?:thick|yellow)(?:,? (?:and )?(?:yellow|thick|brittle|crumbly))+\b/gi, 'nail abnormalities'],
  [/\b(?:toe ?nail|finger ?nail|nail) fungus\b/gi, 'fungal nail infection'],
  [/\bchicken skin\b|\b(?:small |little |tiny |rough |red )?bumps on (?:the )?backs? of (?:my |his |her |the )?(?:upper )?arms\b/gi, 'keratosis pilaris'],
  [new RegExp(`\\b(?:haven'?t|have not|hasn'?t|has not|not|didn'?t|did not|${CANT}) (?:had a bowel movement|pooped|pooed|poop|poo|been able to (?:poop|poo|go))\\b`, 'gi'), 'constipation'],
  [new RegExp(`\\b(?:${POSSESSIVE}(?:urine|pee) (?:smells?|stinks?|has a (?:strong |bad |foul |strange |sweet |fishy )?(?:smell|odou?r))|(?:smelly|foul[- ]smelling|strong[- ]smelling|stinky) (?:urine|pee))\\b`, 'gi'), 'urine odor'],
  // Before the general leaking-urine phrase below.
  [/\b(?:leak|leaks|leaking|pee|wet) (?:urine |a little |a bit |myself |my pants )?(?:a little |a bit )?when (?:I |she |he )?(?:cough|sneeze|laugh|jump|run|exercise|lift)\w*\b/gi, 'stress urinary incontinence'],
  [new RegExp(`\\b(?:heavy (?:menstrual )?(?:periods?|flow)|${POSSESSIVE}periods? (?:is|are|has been|have been|was|were|got|gets|get) (?:very |really |so |too |extremely )?heavy)\\b`, 'gi'), 'heavy uterine bleeding'],
  [/\b(?:bleed|bleeds|bleeding|bled|spotting) (?:after|during) (?:sex|intercourse)\b/gi, 'vaginal bleeding after intercourse'],
  [/\b(?:hear(?:s|ing)? (?:voices|things that (?:aren'?t|are not|isn'?t|is not) there)|see(?:s|ing)? things that (?:aren'?t|are not|isn'?t|is not) there)\b/gi, 'hallucinations'],
  [/\b(?:(?:always|constantly) (?:feel(?:s|ing)? )?cold|feel(?:s|ing)? cold all the time|(?:can'?t|cannot|never) (?:get|feel|keep) warm)\b/gi, 'cold intolerance'],
  [new RegExp(`\\b(?:${CHILD}(?:'s)? ${NOT_DOING} (?:talking|speaking|talk|speak|saying (?:any )?words|say (?:any )?words)(?: yet)?|late talker|speech delay)\\b`, 'gi'), 'speech and language delay in children'],
  [/\b(?:lisps?|lisping)\b/gi, 'lisp (speech disorder)'],
  // "Survival" meets Surviving Cancer; the archive's section is the outlook.
  [/\b(?:survival (?:rates?|chances?|odds|statistics)|(?:chances?|odds) (?:of|to|for) (?:surviv\w*|live|living)|percent(?:age)? (?:of )?(?:chance )?(?:to|of) surviv\w*)\b/gi, 'outlook (prognosis)'],
  [/\b(?:took|taken|take|takes|taking|swallowed|ate|eaten|drank) (?:too many|too much|a handful of|a whole bottle of|an entire bottle of|the whole bottle of|a bottle of)\b/gi, 'overdose of'],
];

const LIMB = '(?:legs?|calf|calves|thighs?|hamstrings?|feet|foot|toes?)';
const NEVER = "(?:hasn'?t|haven'?t|has not|have not|didn'?t|did not|doesn'?t|does not|isn'?t|is not|never|not)(?: yet| even| ever)?";
/** A fifth batch, from batteries of everyday questions and chatty messages: jaw, tongue, scalds, cramps, periods, ovaries. */
const FIFTH_BATCH: readonly LayTerm[] = [
  // "Jaw" alone finds a broken jaw. A jaw that locks is left alone: it may be dislocated, or tetanus.
  [/\bjaw (?:(?:is|keeps|joint|always|sometimes) )*(?:clicks?|clicking|pops?|popping|cracks?|cracking)\b/gi, 'TMJ disorders'],
  // "Coating" meets Coats disease. A black or hairy tongue has a page of its own and is left alone.
  [new RegExp(`\\b(?:white|whitish|yellow|yellowish|furry) (?:coating|coat|film|layer|stuff) on ${POSSESSIVE}tongue|\\btongue (?:(?:is|has|looks|has got|got|with) )*(?:an? )?(?:white|whitish|coated|furry)(?: (?:coating|coat|film|layer))?\\b|\\b(?:coated|white) tongue\\b`, 'gi'), 'tongue problems'],
  // "Boiling" meets Boils.
  [/\b(?:scald(?:s|ed|ing)?|burn(?:s|ed|t)? (?:from|by|with|of) (?:boiling|hot) (?:water|oil|coffee|tea|soup|liquid|steam))\b/gi, 'burns'],
  [new RegExp(`\\b(?:${LIMB} (?:cramps?|cramping)|cramps? in ${POSSESSIVE}${LIMB}|charley ?horses?)\\b`, 'gi'), 'muscle cramps'],
  // "Period" alone finds Menstruation; periods that never started are the archive's primary
  // amenorrhea. Not having had a period (for months) may be secondary: only "first" says which.
  [new RegExp(`\\b(?:${NEVER} (?:started|start|starting|begun|begin|began) (?:her |my |their )?(?:periods?|menstrual periods?|menstruation|menstruating)|${NEVER} (?:had|have|gotten|got|get) (?:her|my|their|a) first (?:periods?|menstrual periods?))\\b(?! (?:until|till))`, 'gi'), 'primary amenorrhea'],
  [new RegExp(`\\b${NEVER} (?:had|gotten|got) (?:a|my|her|their|any) (?:menstrual )?periods? (?:in|for) (?:(?:over|more than|about|almost|nearly|the (?:last|past)|\\w+) )*(?:months?|weeks?|years?)\\b`, 'gi'), 'secondary amenorrhea'],
  [new RegExp(`\\bcysts? (?:on|in) ${POSSESSIVE}(?:(?:left|right) )?ovar(?:y|ies)\\b`, 'gi'), 'ovarian cysts'],
];

/**
 * Blood salts and counts in everyday words, and complaints from a battery of everyday questions.
 * "Magnesium deficiency" meets an X-linked disease of that name, "potassium deficiency" High
 * potassium level, "low platelets" Platelet disorders. A diet or a food low in a salt is not a low
 * level, nor is "low platelet-rich plasma": both are left alone.
 */
const TOO = '(?:(?:is|are|was|were|being|been|has been|have been|got|gets|getting|keeps?|too|very|really|a bit|a little|quite|slightly|dangerously|always|still|so) )*';
const NOT_DIET = '(?!-| (?:diets?|foods?|meals?|intake|recipes?|soups?|salt|products?|options?|snacks?|versions?|drinks?))';
const LEVEL = '(?: (?:levels?|counts?))?';
const SIXTH_BATCH: readonly LayTerm[] = [
  ...['magnesium', 'potassium', 'sodium'].map((salt): LayTerm =>
    [new RegExp(`\\b(?:low (?:blood )?${salt}${LEVEL}${NOT_DIET}|${salt} deficiency|${salt}${LEVEL} ${TOO}low${NOT_DIET})\\b`, 'gi'), `low ${salt} level`]),
  [new RegExp(`\\b(?:high (?:blood )?potassium${LEVEL}${NOT_DIET}|potassium${LEVEL} ${TOO}high)\\b`, 'gi'), 'high potassium level'],
  [new RegExp(`\\b(?:low (?:blood )?platelets?${LEVEL}${NOT_DIET}|platelets?${LEVEL} ${TOO}low)\\b`, 'gi'), 'thrombocytopenia'],
  [new RegExp(`\\b(?:proteins? in ${POSSESSIVE}(?:urine|pee)|(?:foamy|frothy|bubbly) (?:urine|pee))\\b`, 'gi'), 'proteinuria'],
  // "Pupil" alone finds Pupil - white spots.
  [new RegExp(`\\b(?:(?:one|1) of ${POSSESSIVE}pupils (?:is )?(?:bigger|larger|smaller|wider|more dilated)|pupils? (?:are |is )?(?:of )?(?:different|uneven|unequal) sizes?|pupils? (?:are |is )?(?:uneven|unequal|not the same size)|(?:uneven|unequal) pupils?)\\b`, 'gi'), 'anisocoria'],
  // "Stomach" alone finds Stomach cancer.
  [new RegExp(`\\b(?:(?:stomach|belly|tummy|gut|bowels?|intestines?) (?:(?:is|are|keeps?|keeps on|always|constantly|often|loudly|really) )*(?:growl(?:s|ing|ed)?|gurgl(?:es|ing|ed)|rumbl(?:es|ing|ed)|grumbl(?:es|ing)|(?:makes|making|made) (?:loud |strange |weird |funny )?(?:noises?|sounds?))|(?:growling|gurgling|rumbling) (?:stomach|belly|tummy|gut))\\b`, 'gi'), 'abdominal sounds'],
  // The archive writes "Satiety - early"; "full" alone finds nothing of it.
  [/\bfeel(?:s|ing)? (?:so |very )?full (?:(?:very |so |too |really )?(?:quickly|fast|soon|early)|after (?:eating |only |just )*(?:a little|a few bites|a couple of bites|a small (?:amount|meal)|small (?:amounts|meals)))\b/gi, 'satiety - early'],
];

/** Seventh batch: a tick found on the skin ("Tick paralysis" before), the rash that looks like a slap. */
const SEVENTH_BATCH: readonly LayTerm[] = [
  // "Tick" alone meets Tick paralysis and Colorado tick fever. Only a tick on a person's body is
  // read: not one on a dog, a clock's tick or a ticked box, nor being bitten by one, which a
  // message often tells on the way to another complaint ("bitten by a tick years ago, and now…").
  [new RegExp(`\\b(?:deer |dog |wood )?ticks? (?:(?:was|is|were|are) )?(?:on|in|out of|off|from|attached to|stuck (?:on|in|to)|embedded in|bit|biting|bitten) ${POSSESSIVE}(?:skin|scalp|head|neck|leg|legs|arm|arms|back|body|belly|groin|ear|armpit|side)\\b`, 'gi'), 'tick bite'],
  [/\bslapped[- ]cheeks?(?: (?:syndrome|disease|rash))?\b/gi, 'fifth disease'],
  // "Is bipolar hereditary?", "my husband is bipolar": the archive names only Bipolar disorder.
  // "Glasses" alone meets Glass-Chapman-Hockley syndrome, the one page whose name holds "glass".
  [/\b(?:need(?:s|ed|ing)?|wear(?:s|ing)?|get(?:s|ting)?) (?:reading |prescription |new |stronger )?(?:eye ?)?glasses\b/gi, 'refractive errors'],
  // "Men" names no focus; the archive has Male breast cancer.
  [/\b(?:men|a man|males?|guys?|boys?) (?:can |could |also |ever )*(?:get|gets|have|has|develop|develops)(?: an?)? breast cancer\b|\bbreast cancer in (?:men|a man|males?|guys?)\b/gi, 'male breast cancer'],
  [/\bbipolar\b(?![- ](?:disorders?|disease|illness|affective|depression|mania|type|[12]\b|i{1,2}\b|cells?|neurons?|leads?|electrodes?))/gi, 'bipolar disorder'],
  // The archive files sight lost under "Blindness and vision loss" (synonym "Loss of vision");
  // "blindness" alone met Brain Stem Glioma through "stem cell", and the named kinds (colour,
  // night, river, face blindness) are pages of their own, so they stay.
  [/\b(?:(?:going|go|goes|gone|went|becoming|become|becomes|became|turning|turned) blind|los(?:e|es|ing|t) (?:(?:all |some |most )?(?:of )?(?:my|his|her|their|your|our|the) )?(?:eye ?sight|vision|sight)|vision loss|(?<!(?:colou?r|night|snow|river|face|word|mind|taste|monocular|pingelapese|episkopi|cortical|deaf)[ -]?)blindness)\b/gi, 'loss of vision'],
  // A "hole in the lung" or a punctured lung is how people name a pneumothorax (it met Holes in the Heart).
  [new RegExp(`\\b(?:(?:a )?holes? in ${POSSESSIVE}lungs?|(?:a )?punctured lungs?)\\b`, 'gi'), 'collapsed lung'],
];

/** An ear in a state ("my ears are still blocked", "ear won't pop"), then what brought it on. */
const earAfter = (states: string, causes: string): RegExp =>
  new RegExp(`\\b${POSSESSIVE}${SIDE}ears? (?:(?:still|always|often|really|so|very|are|is|were|was|feels?|felt|feeling|keeps?|kept|gets?|got|stays?|stayed|won'?t|will not|didn'?t|did not|do ?n'?t|does ?n'?t) )*(?:${states})(?: up)? (?:after|on|during|from|when|since) (?:(?:a|the|my|our|his|her|their|long|short|last|recent) )*(?:${causes})\\b`, 'gi');
const FLYING = 'flying|flights?|plane (?:rides?|trips?)|planes?|airplanes?|aeroplanes?|landing|take-?off|descent';
const DIVING = 'diving|scuba diving|a dive|dives?';

const EIGHTH_BATCH: readonly LayTerm[] = [
  // "My ear feels full after flying" met Traveling with children. The archive has a page for ears
  // blocked by a flight (synonym "Flying and blocked ears") and one for ear barotrauma, with
  // sections on causes, treatment and prevention, for pain after a flight or a dive. Only an ear
  // with the pressure change is read: an earache alone, or a flight told on its own, is left alone.
  [earAfter('full|blocked|plugged|clogged|stuffed|stuffy|popping|pop|unpop|muffled', FLYING), 'flying and blocked ears'],
  [earAfter('full|blocked|plugged|clogged|popping|pop|hurts?|hurting|hurt|painful|sore|muffled', DIVING), 'ear barotrauma'],
  [earAfter('hurts?|hurting|hurt|painful|sore', FLYING), 'ear barotrauma'],
  [/\b(?:airplane|aeroplane|plane) ears?\b/gi, 'ear barotrauma'],
  // Wisdom teeth have no page of their own; the archive tells their removal under Impacted tooth.
  [/\bwisdom (?:teeth|tooth)\b/gi, 'impacted tooth', { keep: true }],
  // "Liver enzymes" met the general page Enzyme; the archive tells what raised ones mean under the
  // ALT blood test (and the AST one, which a query naming both finds by itself).
  [/\bliver enzymes?\b/gi, 'ALT', { keep: true }],
  // Flying or travelling while pregnant is one page; "fly" and "pregnant" alone met Traveling with children.
  [new RegExp(`\\b(?:fly|flying|flights?|travel(?:l?ing)?|take a (?:flight|plane|trip)|go on a (?:plane|trip)|get on a plane)(?: (?:to|abroad|overseas|long[- ]distance|far))? (?:while|when|during|if ${ONE_IS}) (?:${ONE_IS} )?(?:pregnant|pregnancy)\\b`, 'gi'), 'pregnancy and travel'],
  // An allergy to the sun is how people name a rash that sunlight brings out.
  [/\b(?:allergic to (?:the )?(?:sun|sunlight)|(?:sun|sunlight) allerg(?:y|ies))\b/gi, 'polymorphous light eruption'],
  // A barking cough is croup's; it met Cough's overview.
  [/\b(?:barking|barky|bark-like|seal-like) coughs?\b|\bcough(?:s|ing)? (?:like a (?:seal|dog)|that sounds like (?:a )?(?:seal|barking))\b/gi, 'croup', { keep: true }],
  // Cloudy urine met Cloudy cornea; the archive tells it under Urine - abnormal color.
  [new RegExp(`\\b(?:cloudy|milky|murky) (?:urine|pee)|${POSSESSIVE}(?:urine|pee) (?:is |looks |has been |was |seems )?(?:very |really |a bit )?(?:cloudy|milky|murky)\\b`, 'gi'), 'urine abnormal color', { keep: true }],
];

const LAY_TERMS: readonly LayTerm[] = [
  ...EIGHTH_BATCH,
  ...SEVENTH_BATCH,
  ...SIXTH_BATCH,
  ...FIFTH_BATCH,
  ...FOURTH_BATCH,
  ...PAIN_TERMS,
  // Hearing one's heartbeat in an ear ("Breathing difficulty - lying down" before) is pulsatile tinnitus.
  [new RegExp(`\\b(?:(?:ringing|buzzing|humming|whistling) (?:in|of) ${POSSESSIVE}${SIDE}ears?|hear(?:s|ing)? ${POSSESSIVE}(?:own )?(?:heart ?beats?|pulse|heart) in ${POSSESSIVE}${SIDE}ears?)\\b`, 'gi'), 'tinnitus'],
  [new RegExp(`\\b${POSSESSIVE}${SIDE}ears? (?:(?:is|are|keeps?|keep on|have been|has been|been) )?(?:ringing|buzzing)\\b`, 'gi'), 'tinnitus'],
  [new RegExp(`\\b${TROUBLE} (?:with |to )?(?:(?:falling|fall|getting|get|staying|stay) )?(?:asleep|sleeping|sleep)\\b`, 'gi'), 'insomnia'],
  [/\b(?:sleeplessness|sleepless nights?)\b/gi, 'insomnia'],
  [/\bpins and needles\b/gi, 'numbness and tingling'],
  [/\b(?:throwing up|throw up|throws up|threw up|thrown up|puking|puked|pukes?)\b/gi, 'vomiting'],
  [/\b(?:passing out|pass out|passes out|passed out|blacking out|blacked out|black out|blacks out)\b/gi, 'fainting'],
  [new RegExp(`\\b(?:short of breath|out of breath|hard to breathe|struggling to breathe|${TROUBLE} (?:breathing|to breathe|catching my breath))\\b`, 'gi'), 'breathing difficulty'],
  [/\b(?:stomach ?aches?|tummy ?aches?|belly ?aches?|stomach pains?|tummy pain|belly pain)\b/gi, 'abdominal pain'],
  [new RegExp(`\\b(?:yellow(?:ing|ish)? (?:of )?${POSSESSIVE}(?:skin|eyes)|(?:skin|eyes) (?:is |are |has |have )?(?:turned |turning |gone |going )?yellow)\\b`, 'gi'), 'jaundice'],
  [new RegExp(`\\b(?:blood in ${POSSESSIVE}(?:urine|pee)|bloody (?:urine|pee)|peeing blood|urinating blood)\\b`, 'gi'), 'hematuria'],
  [new RegExp(`\\b(?:blood in ${POSSESSIVE}(?:stools?|poop|poo|feces|bowel movements?)|bloody (?:stools?|poop|poo)|pooping blood)\\b`, 'gi'), 'bloody stools'],
  [new RegExp(`\\b(?:hard to swallow|${TROUBLE} (?:swallowing|to swallow))\\b`, 'gi'), 'swallowing problems'],
  // "Fall" meets Falls ("can stress make my hair fall out"); "hair fall" is Indian English for hair loss.
  [new RegExp(`\\b(?:losing ${POSSESSIVE}hair|hair (?:(?:is|keeps|to|has been|have been|started|starting to|seems to|will) )?(?:fall|falls|fell|falling|come|comes|coming|came) out|hair ?fall|thinning hair|hair (?:is )?thinning)\\b`, 'gi'), 'hair loss'],
  [new RegExp(`\\b(?:racing heart|${POSSESSIVE}heart (?:is |keeps )?(?:racing|pounding|fluttering|(?:skipping|skips?|skipped)(?: a)? beats?)|skipped heart ?beats?)\\b`, 'gi'), 'heart palpitations'],
  [new RegExp(`\\b(?:teeth grinding|grind(?:s|ing)? ${POSSESSIVE}teeth)\\b`, 'gi'), 'bruxism'],
  [/\bacid reflux\b/gi, 'gastroesophageal reflux disease'],
  [/\b(?:slipped|bulging|herniated|ruptured) discs?\b/gi, 'herniated disk'],
  [new RegExp(`\\bblood clots? in ${POSSESSIVE}(?:legs?|calf|calves|thigh)\\b`, 'gi'), 'deep vein thrombosis'],
  [new RegExp(`\\bblood clots? in ${POSSESSIVE}lungs?\\b`, 'gi'), 'pulmonary embolism'],
  [/\b(?:baby blues|depression after (?:giving birth|childbirth|having (?:a|my|the) baby|delivery|pregnancy))\b/gi, 'postpartum depression'],
  [/\bsleep walking\b/gi, 'sleepwalking'],
  [/\b(?:bed wetting|wet(?:s|ting)? the bed)\b/gi, 'bedwetting'],
  [/\bhot flush(?:es)?\b/gi, 'hot flashes'],
  [/\bnappy rash\b/gi, 'diaper rash'],
  [new RegExp(`\\blumps? in ${POSSESSIVE}breasts?\\b`, 'gi'), 'breast lump'],
  [/\b(?:bow legs|bow-legged|bowlegged)\b/gi, 'bowlegs'],
  [new RegExp(`\\b(?:${TROUBLE} (?:getting|to get|get) pregnant|${CANT} conceive)\\b`, 'gi'), 'infertility'],
  [new RegExp(`\\b(?:leaking urine|leak urine|wetting myself|${CANT} hold ${POSSESSIVE}(?:urine|pee|bladder))\\b`, 'gi'), 'urinary incontinence'],
  [new RegExp(`\\b${TROUBLE} (?:getting|keeping|to get|to keep|get|keep) (?:an |my |his )?erections?\\b`, 'gi'), 'erectile dysfunction'],
  [/\b(?:(?:burning|burns|hurts|pain|painful|stings?) (?:when (?:i |he |she |you )?|to )(?:pee|urinate|urinating|peeing))\b/gi, 'painful urination'],
  [/\b(?:(?:peeing|pee|urinating|urinate) (?:a lot|all the time|too often|very often|frequently|often))\b/gi, 'frequent urination'],
  // "Shaking" alone finds Parkinson disease, one cause among many.
  [/\b(?:(?:shaky|shaking|trembling) hands|(?:hands?|fingers?|arms?) (?:(?:are|is|keep|keeps|have been|has been|started|start|starts|always|constantly|sometimes) )*(?:shaking|trembling|shake|shakes|tremble|trembles|shaky|jittery))\b/gi, 'tremor'],
  [/\b(?:period pains?|painful periods?|period cramps|cramps during (?:my |her )?periods?)\b/gi, 'painful menstrual periods'],
  [/\b(?:heart burn)\b/gi, 'heartburn'],
  [new RegExp(`\\b(?:nose bleeds?|bloody nose|${POSSESSIVE}nose (?:(?:wont|won'?t|will not|would not|wouldn'?t|does ?n'?t|keeps?|kept|is|was|has been|started|starts|always|often|randomly|suddenly) )*(?:stop )?bleed(?:s|ing)?|bleeding (?:from|out of) ${POSSESSIVE}nose)\\b`, 'gi'), 'nosebleed'],
  [/\b(?:ear (?:aches?|pains?))\b/gi, 'earache'],
  [/\b(?:bladder infections?|urine infections?)\b/gi, 'urinary tract infection'],
  // The archive spells it out, and files "UTI" only inside longer names (Catheter-related UTI).
  [/\bUTIs?\b/gi, 'urinary tract infection'],
  // The archive has no page on fish oil; MedlinePlus files it as omega-3 fatty acids, and "oil" alone meets Diesel oil.
  [/\bfish oils?\b(?! (?:allerg|poison))/gi, 'omega-3 fatty acids', { keep: true }],
  // One food named: the food's word stays, so a page on cow's milk and children is still found.
  [/\b(?:peanut|tree nut|nut|cow'?s milk|milk|dairy|egg|shellfish|fish|seafood|wheat|soy|sesame|strawberry) allerg(?:y|ies)\b|\ballergic to (?:peanuts?|tree nuts|nuts|cow'?s milk|milk|dairy|eggs?|shellfish|fish|seafood|wheat|soy|sesame|strawberries)\b/gi, 'food allergy', { keep: true }],
  // An allergy to a medicine is a drug allergy; the medicine's name alone finds its leaflet or the
  // Antibiotics page, which say little of it. The medicine's word stays. Not when the allergy only
  // describes the patient ("an adult who is allergic to penicillin", "a patient with an allergy to
  // it", "(allergic to sulfa)"): the question is then about treating something else.
  [new RegExp(`(?<!\\b(?:who|that) (?:is|are|was|were|has been) |\\bwith (?:an? |known |multiple )?|\\()(?:\\b(?:${ALLERGY_DRUGS}) allerg(?:y|ies)\\b|\\b(?:allergic|allergy|allergies|(?:an )?allergic reactions?) to ${POSSESSIVE}(?:${ALLERGY_DRUGS})\\b)`, 'gi'), 'drug allergies', { keep: true }],
  // "Tired" stems to "tire" and meets Michelin tire baby syndrome; "tired of" and "tired eyes" mean other things.
  [/(?<!\beyes? (?:(?:feel|feels|are|look|looks|get|gets|seem|seems|is|so|very|really) ){1,3})\b(?:tired|worn out)\b(?! (?:of|eyes?)\b)/gi, 'fatigue'],
  [/\b(?:no|low|lack of|lacking|zero) energy\b/gi, 'fatigue'],
  [new RegExp(`\\b(?:(?:miss(?:ed|ing)?|stop(?:s|ped)?|delay(?:s|ed)?) ${POSSESSIVE}(?:menstrual )?periods?(?! from)|${POSSESSIVE}periods? (?:is|are|was|were|has been|have been|being|seems?) (?:late|missing|absent)|(?:is|are|was) ${POSSESSIVE}periods? (?:so |always |very )?(?:late|missing)|(?:a|my|her) late periods?)\\b`, 'gi'), 'secondary amenorrhea'],
  // "Pregnant" and "pregnancy" stem apart, and "pregnant" alone meets "Glucose tolerance test -
  // non-pregnant". Whether one is pregnant is the pregnancy test's question; what to eat is the
  // nutrition page's. The question's words stay.
  [new RegExp(`\\b(?:(?:early|first|earliest) (?:signs?|symptoms?) of (?:being )?(?:pregnancy|pregnant)|(?:signs?|symptoms?) (?:that )?${ONE_IS} pregnant|how (?:do|can|would|will|could) (?:i|you|she|we) (?:know|tell|find out|be sure) (?:if|whether) ${ONE_IS} pregnant|(?:am i|could i be|might i be|is she|could she be|might she be) pregnant)\\b`, 'gi'), 'pregnancy test', { keep: true }],
  // A child who will not sleep is a question of bedtime habits; "sleep" and "night" met Night terror.
  [new RegExp(`\\b(?:(?:get|getting|make|making|help|helping) ${POSSESSIVE}${CHILD} (?:to )?(?:sleep|go to (?:bed|sleep)|stay in bed|fall asleep|settle)|${CHILD}(?:'s)? (?:won'?t|will not|doesn'?t|does not|never|can'?t|cannot|is not|isn'?t|refuses to) (?:sleep|go to (?:bed|sleep)|stay (?:in bed|asleep)|settle|settling|sleeping)(?: through the night)?)\\b`, 'gi'), 'bedtime habits', { keep: true }],
  [new RegExp(`\\b(?:foods?|eat|eating|diet)\\b(?=(?: [\\w'-]+){0,6} (?:while|when|during|if) (?:${ONE_IS} |being )?(?:pregnant|pregnancy)\\b)`, 'gi'), 'pregnancy and nutrition', { keep: true }],
  [new RegExp(`\\b(?:(?:tooth|teeth) ?pain|pain in ${POSSESSIVE}(?:tooth|teeth)|(?:tooth|teeth) (?:hurts?|hurting|aching|aches?))\\b`, 'gi'), 'toothache'],
  [new RegExp(`\\b(?:twist(?:ed|ing)?|roll(?:ed|ing)?|turn(?:ed|ing)?) ${POSSESSIVE}ankles?\\b`, 'gi'), 'ankle sprain'],
  [new RegExp(`\\b(?:twist(?:ed|ing)?) ${POSSESSIVE}wrists?\\b`, 'gi'), 'wrist sprain'],
  // "Drive" meets Impaired Driving.
  [/\b(?:sex drive|libido)\b/gi, 'sexual desire'],
  // The archive names painful intercourse only among "sexual problems".
  [/\b(?:(?:pain|painful|hurts?|hurting|sore) (?:during|with|after|when having) (?:sex|intercourse)|painful (?:sex|intercourse))\b/gi, 'sexual problems: painful intercourse'],
  [/\b(?:swallow(?:ed|s)?|ate|eaten) (?:a|an|some|the|his|her|my) (?:coins?|penny|pennies|nickels?|dimes?|quarters?|marbles?|magnets?|beads?|pins?|toy|small toy|piece of (?:plastic|glass|metal|toy))\b/gi, 'swallowed a foreign body'],
  // Porter does not join "broke" to "broken": "I think I broke my toe" missed Broken toe. Only a
  // body part after it: "broke out in hives" and "broke up" are other things.
  [new RegExp(`\\b(?:broke|fractured|cracked) (?:${OWNERS}|a|an) (toe|finger|arm|leg|wrist|ankle|nose|rib|collarbone|hip|foot|hand|jaw|tooth|kneecap|elbow|thumb)s?\\b`, 'gi'), 'broken $1'],
  [new RegExp(`\\b(?:(?:dark|brown|orange|cola[- ]colou?red|tea[- ]colou?red) (?:urine|pee)|${POSSESSIVE}(?:urine|pee) (?:is |looks |has been |turned |was )?(?:very |really )?(?:dark|brown|orange))\\b`, 'gi'), 'urine abnormal color'],
  [new RegExp(`\\bwhite (?:spots|marks|lines|specks|patches) (?:on|in) ${POSSESSIVE}(?:finger|toe)?nails?\\b`, 'gi'), 'nail abnormalities (leukonychia)'],
  [new RegExp(`\\b(?:${CANT} stop worrying|worry(?:ing)? (?:all the time|too much|constantly|about everything)|constant(?:ly)? worr(?:y|ying|ied))\\b`, 'gi'), 'anxiety'],
  [new RegExp(`\\b${TROUBLE} (?:with )?remembering(?: things)?\\b`, 'gi'), 'memory loss'],
  // A low thyroid-stimulating hormone means the opposite: an overactive thyroid.
  [new RegExp(`\\b(?:(?:low|underactive|under-active|slow) thyroid(?![- ]stimulat)|${POSSESSIVE}thyroid (?:is |was |seems )?(?:low|underactive|slow))\\b`, 'gi'), 'hypothyroidism'],
  [/\bsun burn(?:s|ed|t)?\b|\bsunburnt\b/gi, 'sunburn'],
  // The archive names pain in these parts only in these words.
  [/\b(?:muscle pains?|aching muscles)\b/gi, 'muscle aches'],
  [new RegExp(`\\b(?:rib(?:s| ?cage)? pains?|pains? (?:in|under|below|around|between) ${POSSESSIVE}${SIDE}(?:ribs?|rib ?cage))\\b`, 'gi'), 'ribcage pain'],
  [new RegExp(`\\b(?:(?:has|have|had|having|with|running|runs?|ran|got|gets?) (?:a )?(?:(?:high|slight|low[- ]grade|mild|very high) )?temperature|(?:high|raised|elevated) (?:body )?temperature)\\b(?! of (?:the )?(?:room|water|house|air))`, 'gi'), 'fever'],
  // "Hit" meets HIT (heparin-induced thrombocytopenia); "bump" and "head" alone find nothing useful.
  [new RegExp(`\\b(?:hit|hits|hitting|bumped|bumps|bumping|banged|bangs|banging|knocked|smacked|struck|whacked) ${POSSESSIVE}head\\b`, 'gi'), 'head injury'],
  // "Nail" meets the nail pages.
  [/\b(?:(?:stepped|steps?|stepping) on (?:a |an |some )?(?:rusty |old |sharp )?(?:nails?|tacks?|screws?|needles?)|rusty nails?)\b/gi, 'puncture wound'],
  [new RegExp(`\\b(?:ear ?wax|wax (?:build ?up )?in ${POSSESSIVE}ears?)\\b`, 'gi'), 'ear wax'],
  [/\b(?:(?:black|tarry|black and tarry) (?:stools?|poop|poo|feces|bowel movements?)|(?:stools?|poop|poo) (?:is|are|was|were|looks?|has been|have been|turned) (?:very |really )?black)\b/gi, 'tarry stools'],
  // Low mood in everyday words; not "feel down there" or "down my leg".
  [/\bfeel(?:s|ing)? (?:so |very |really |a bit |kind of |pretty )?(?:down|blue)\b(?! (?:there|here|below|my|his|her|the|your|their|into|in|to|on|through|towards|from|the)\b)/gi, 'depressed'],
  // "Bitten" is not Porter's "bite", and "cat" meets Cat scratch disease. Ticks and insects have pages of their own.
  [/\b(?:bitten|bit) by (?:a |an |my |our |the |his |her |their |some )?(?:dogs?|puppy|cats?|kitten|animals?|bats?|rats?|raccoons?|monkeys?|squirrels?|fox(?:es)?|hamsters?|ferrets?|rabbits?|mice|mouse|pets?|horses?)\b/gi, 'animal bite'],
  [/\b(?:cutting|cuts|harming) (?:herself|himself|myself|themselves|themself|yourself)\b/gi, 'self-harm'],
  // "STD" is also the short name of spondylothoracic dysostosis, which the archive files under it.
  [/\b(?:STDs?|STIs?)\b/gi, 'sexually transmitted diseases', { notWith: /\b(?:spondylo\w*|dysostosis|jarcho)\b/i }],
  [/\b(?:prostate (?:exams?|examinations?|checks?|check-?ups?|screenings?)|digital rectal exam(?:ination)?s?)\b/gi, 'prostate cancer screening', { keep: true }],
  // "Thirsty" alone meets Thirst - absent as well as its opposite.
  [/\b(?:(?:so|very|always|constantly|really|extremely|excessively|unusually|abnormally|super) thirsty|thirsty all the time)\b/gi, 'excessive thirst'],
  // "Thyroid" alone names the gland's page; the archive files an enlarged gland under goiter. Not
  // where the question names the goiter itself: the gland's words then describe it.
  [/\b(?:(?:enlarged|swollen) thyroid(?: gland)?|thyroid(?: gland)? (?:is |was |has |seems |looks |got )?(?:been |become |gotten )?(?:enlarged|swollen))\b/gi, 'goiter', { notWith: /\bgoit(?:er|re)s?\b/i }],
];

export interface LayRewrite {
  readonly text: string;
  /** Each replaced phrase and the archive's name put in its place, in the order found. */
  readonly rewrites: readonly { readonly from: string; readonly to: string }[];
}

// A search reads the rewrite twice, once to rank and once to highlight (`highlightTerms`), and
// the tables cost up to ~1 ms on a long message: the last query's rewrite is kept.
let last: { raw: string; rewrite: LayRewrite } | undefined;

/** The query with its everyday phrases replaced by the archive's names. */
export function rewriteLayTerms(raw: string): LayRewrite {
  if (last?.raw === raw) return last.rewrite;
  const rewrite = rewriteAll(raw);
  last = { raw, rewrite };
  return rewrite;
}

function rewriteAll(raw: string): LayRewrite {
  let text = raw.replace(/[\u2018\u2019\u02bc]/g, "'");
  const rewrites: { from: string; to: string }[] = [];
  for (const [pattern, to, how] of LAY_TERMS) {
    if (how?.notWith?.test(text)) continue;
    text = text.replace(pattern, (from: string, ...groups: unknown[]) => {
      if (how?.unless?.test(from)) return from;
      const name = to.replace(/\$1/g, typeof groups[0] === 'string' ? groups[0].toLowerCase() : '');
      rewrites.push({ from, to: name });
      return how?.keep ? `${from} (${name})` : name;
    });
  }
  const street = rewriteStreetNames(text);
  const brands = rewriteBrandNames(street.text);
  rewrites.push(...street.rewrites, ...brands.rewrites);
  return { text: rewrites.length > 0 ? brands.text : raw, rewrites };
}
