import { type LayTerm, CHILD, NOT_YET, POSSESSIVE, TROUBLE } from './words.js';

const NUMB_PARTS = '(?:hands?|arms?|legs?|feet|foot|fingers?|thumbs?|toes?|face|lips?|tongue)';
/** Medicines people most often say they are allergic to. */
const ALLERGY_DRUGS =
  'penicillins?|amoxicillin|amoxil|augmentin|ampicillin|cephalosporins?|cephalexin|keflex|sulfa(?: drugs?)?|sulfonamides?|bactrim|antibiotics?|aspirin|ibuprofen|nsaids?|codeine|morphine|opioids?|local an(?:a)?esthetics?|lidocaine|novocaine';

/** What a medicine's leaflet, not an overview, tells: its harms, doses missed, what it is taken with. */
const LEAFLET_ASKS = /\b(?:side[- ]?effects?|risks?|dangers?|dangerous|miss(?:ed|ing)?|forg[eo]t|forgotten|skip(?:ped)?|interact\w*|caus(?:e|es|ed|ing)|safe|overdose|doses?|antibiotics?|blood clots?|clots?|deep vein thrombosis|weight gain)\b/i;

/** Shots a journey needs. */
const SHOTS = '(?:shots?|vaccines?|vaccinations?|immuni[sz]ations?|jabs?)';
/** Sight that goes dark, and standing up, for a fall in blood pressure on rising. */
const SIGHT_GOES = '(?:(?:vision|sight|eyesight|eyes?) (?:goes|go|went|gone|turns?|turned|going|turning|becomes?|became|gets?|got) (?:all )?(?:black|dark|grey|gray|dim|blurry|white)|(?:see|seeing|saw) (?:black|stars|spots))';
const RISING = '(?:stand(?:ing)? up|get(?:ting)? up|stood up|got up)';

/** Cancer treatment named: chemotherapy ("chemo" is written out before), radiation. */
const CANCER_CARE = /\b(?:chemotherapy|radiation(?: therapy| treatments?)?|radiotherapy|cancer treatments?)\b/i;

/** Complaints of the body as a whole and of its organs in everyday words, and allergies. */
export const GENERAL_TERMS: readonly LayTerm[] = [
  // A greeting names nothing, but its "morning" met Morning sickness ("Good morning. I take
  // levothyroxine…"). The other greeting words are stop words already.
  [/\bgood (?:morning|afternoon|evening|day)\b/gi, ''],
  // Names said short: "hand, foot and mouth", "sickle cell" (the trait is told on the disease's
  // pages), "the BRCA gene" (the archive writes BRCA1 and BRCA2).
  [/\bthyroid (?:problems?|issues?|disease|disorders?|conditions?|troubles?)\b/gi, 'thyroid diseases'],
  // Pills for high blood pressure are its medicines, not the condition: "can high blood pressure
  // pills make you cough" asks what the medicines do. Told with a food or drink, the food's page
  // on interactions answers (`medicine-use.ts`), which the overview would displace.
  [/\b(?:high )?(?:blood pressure|bp) (?:pills?|tablets?|meds)\b/gi, 'blood pressure medicines', { notWith: /\b(?:grapefruit|juice|alcohol|beer|wine|drinks?|drinking|foods?|eat|eating|coffee|caffeine)\b/i }],
  // "Sugar diabetes" is diabetes; its "sugar" named Sugars.
  [/\bsugar diabetes\b/gi, 'diabetes'],
  [/\bhand,? foot,? (?:and|&) mouth\b(?! disease)/gi, 'hand-foot-mouth disease', { keep: true }],
  [/\bsickle[- ]cells?\b(?! (?:anemia|anaemia|disease|crisis|crises|tests?|screening))/gi, 'sickle cell disease', { keep: true }],
  [/\bbrca\b(?![- ]?[12])/gi, 'BRCA1 BRCA2', { keep: true }],
  // An ulcer told with a stomach complaint or the painkillers that cause one is a peptic ulcer;
  // "ulcer" alone met the general page Ulcers.
  [/\bulcers?\b/gi, 'peptic ulcer', { keep: true, onlyWith: /\b(?:stomach|belly|abdominal|abdomen|ibuprofen|nsaids?|aspirin|naproxen|h\.? ?pylori|heartburn|indigestion|black stools?)\b/i, notWith: /\b(?:peptic|gastric|duodenal|mouth|leg|foot|feet|skin|pressure|bed ?sores?|diabetic|corneal|venous|canker|aphthous|ulcerative|genital)\b/i }],
  // A barking cough is croup's; it met Cough's overview.
  [/\b(?:barking|barky|bark-like|seal-like) coughs?\b|\bcough(?:s|ing)? (?:like a (?:seal|dog)|(?:that |which )?sounds? like (?:a )?(?:seal|bark|barking|dog|barking dog))\b/gi, 'croup', { keep: true }],
  // "Men" names no focus; the archive has Male breast cancer.
  [/\b(?:men|a man|males?|guys?|boys?) (?:can |could |also |ever )*(?:get|gets|have|has|develop|develops)(?: an?)? breast cancer\b|\bbreast cancer in (?:men|a man|males?|guys?)\b/gi, 'male breast cancer'],
  // A "hole in the lung" or a punctured lung is how people name a pneumothorax (it met Holes in the Heart).
  [new RegExp(`\\b(?:(?:a )?holes? in ${POSSESSIVE}lungs?|(?:a )?punctured lungs?)\\b`, 'gi'), 'collapsed lung'],
  // The archive writes "Satiety - early"; "full" alone finds nothing of it.
  [/\bfeel(?:s|ing)? (?:so |very )?full (?:(?:very |so |too |really )?(?:quickly|fast|soon|early)|after (?:eating |only |just )*(?:a little|a few bites|a couple of bites|a small (?:amount|meal)|small (?:amounts|meals)))\b/gi, 'satiety - early'],
  // Crushing or splitting pills is how a medicine is taken, not a crush injury (which it met).
  // A named medicine stays as typed ("crush metformin tablets" finds its leaflet's usage).
  [/\b(?:crush|crushed|crushing|split|splitting|chew|chewing) (?:up )?(?:my |the |his |her |your |their |these |those |all )?(?:pills?|tablets?|capsules?|medicines?|medications?|meds)\b/gi, 'taking medicines'],
  [/\b(?:crush|crushed|crushing|split|splitting) (?:them|it)\b/gi, 'taking medicines', { onlyWith: /\b(?:pills?|tablets?|capsules?|meds)\b/i }],
  // "Inhaler" and "use" met Substance use - inhalants; the archive's pages are How to use an inhaler.
  [/\b(?:use|using|uses|take|taking|takes) (?:an?|my|the|his|her|your|their|our) (?:asthma |rescue |puffer )?inhalers?\b/gi, 'how to use an inhaler'],
  // Wanting to lose weight is not the archive's unintentional weight loss, nor losing it after pregnancy.
  [/\b(?:(?:want|wants|wanting|need|needs|trying|try|tries|tried|how|way|ways|help me|helps? (?:me |you )?|plan|diet|pills?|medications?|medicines?|drugs?) to|how (?:can|do|should|could|would|will|does|did) (?:i|you|we|one|he|she|they|my \w+)(?: ever| best| safely| quickly| fast)?) lose (?:some |the |this |my |her |his |extra |excess |more |a lot of |belly |that )?(?:weight|pounds|kilos|lbs|belly fat|fat)\b/gi, 'weight control'],
  [/\b(for|about|on) losing (?:some |the |this |my |her |his |extra |excess |more |a lot of |belly |that )?(?:weight|pounds|kilos|lbs|belly fat|fat)\b/gi, '$1 weight loss'],
  [/\b(?:(?:keeps?|keep on|kept) losing weight|losing weight (?:without trying|for no (?:apparent |obvious )?reason|even though (?:I|she|he|they) (?:eats?|am eating|is eating|are eating))|unexplained weight loss)\b/gi, 'unintentional weight loss'],
  [/\b(?:(?:keeps?|keep on|kept) (?:gaining|putting on) weight|(?:gaining|putting on) weight (?:without trying|for no (?:apparent |obvious )?reason|even though)|unexplained weight gain)\b/gi, 'unintentional weight gain'],
  [new RegExp(`\\b${CHILD}(?:'s)? ${NOT_YET} (?:gaining|gain|putting on|put on) (?:any |enough )?weight\\b`, 'gi'), 'failure to thrive'],
  // "Growth" meets the growth pages; these parts have a page for a lump.
  [new RegExp(`\\b(?:growth|mass) (?:on|in|under) ${POSSESSIVE}(?:(?:left |right )?side of ${POSSESSIVE})?(neck|armpit|groin|testicle|breast)\\b`, 'gi'), '$1 lump', { keep: true }],
  // "Room" meets the emergency-room pages.
  [/\b(?:(?:the )?room (?:is |keeps |was |starts |started |seems to be |just )?(?:spinning|spins|spun)|(?:everything|the world) (?:is |keeps |was |starts |started |just )?(?:spinning|spins|spun)|spinning sensation)\b/gi, 'vertigo'],
  // "Numb" alone is no focus, nor "numbness": "I wake up with a numb arm" found Irregular sleep-wake syndrome.
  [new RegExp(`\\b(?:${NUMB_PARTS} (?:(?:go|goes|going|went|gone|is|are|was|were|feel|feels|felt|keep|keeps|kept|getting|get|gets|got|turn|turns|turned|becomes?|became|always|often|sometimes|completely|all) )+numb|numb ${NUMB_PARTS})\\b`, 'gi'), 'numbness and tingling'],
  // "White" fingers in the cold meet Common cold.
  [/\b(?:fingers?|toes?|hands?) (?:turn|turns|turning|turned|go|goes|going|went) (?:white|pale|white and (?:blue|numb)|white then (?:blue|red))\b/gi, 'raynaud phenomenon'],
  [/\b(?:(?:always|constantly) (?:feel(?:s|ing)? )?cold|feel(?:s|ing)? cold all the time|(?:can'?t|cannot|never) (?:get|feel|keep) warm)\b/gi, 'cold intolerance'],
  // When a child should start to walk or talk is the milestones' question ("baby" and "walking" met
  // Babies and shots).
  [new RegExp(`\\b(?:when|what age|how old)(?: (?:should|do|does|will|can|is|are))? (?:a |my |the |your |our |most )?${CHILD}(?: (?:be|usually|normally|typically))? (?:start|starts|begin|begins|learn to|able to|supposed to) (?:walk|walking|talk|talking|crawl|crawling|sit up|sitting up|roll over|rolling over|stand|standing)\\b`, 'gi'), 'developmental milestones', { keep: true }],
  [new RegExp(`\\b(?:${CHILD}(?:'s)? ${NOT_YET} (?:talking|speaking|talk|speak|saying (?:any )?words|say (?:any )?words)(?: yet)?|late talker|speech delay)\\b`, 'gi'), 'speech and language delay in children'],
  [/\b(?:lisps?|lisping)\b/gi, 'lisp (speech disorder)'],
  // "Survival" meets Surviving Cancer; the archive's section is the outlook.
  [/\b(?:survival (?:rates?|chances?|odds|statistics)|(?:chances?|odds) (?:of|to|for) (?:surviv\w*|live|living)|percent(?:age)? (?:of )?(?:chance )?(?:to|of) surviv\w*)\b/gi, 'outlook (prognosis)'],
  [/\b(?:took|taken|take|takes|taking|swallowed|ate|eaten|drank) (?:too many|too much|a handful of|a whole bottle of|an entire bottle of|the whole bottle of|a bottle of)\b/gi, 'overdose of'],
  [/\bpins and needles\b/gi, 'numbness and tingling'],
  [/\b(?:throwing up|throw up|throws up|threw up|thrown up|puking|puked|pukes?)\b/gi, 'vomiting'],
  [/\b(?:passing out|pass out|passes out|passed out|blacking out|blacked out|black out|blacks out)\b/gi, 'fainting'],
  [new RegExp(`\\b(?:short of breath|out of breath|hard to breathe|struggling to breathe|${TROUBLE} (?:breathing|to breathe|catching my breath))\\b`, 'gi'), 'breathing difficulty'],
  [new RegExp(`\\b(?:yellow(?:ing|ish)? (?:of )?${POSSESSIVE}(?:skin|eyes)|(?:skin|eyes) (?:is |are |has |have )?(?:turned |turning |gone |going )?yellow)\\b`, 'gi'), 'jaundice'],
  [new RegExp(`\\b(?:hard to swallow|${TROUBLE} (?:swallowing|to swallow)|food (?:gets |is |feels |seems )?(?:stuck|sticking|sticks|getting stuck) (?:in|at) ${POSSESSIVE}(?:chest|throat|gullet|esophagus)|feel(?:s|ing)? (?:like )?food (?:is )?(?:stuck|sticking)(?: (?:in|at) ${POSSESSIVE}(?:chest|throat|gullet|esophagus))?)\\b`, 'gi'), 'swallowing problems'],
  [new RegExp(`\\b(?:racing heart|${POSSESSIVE}heart (?:is |keeps )?(?:racing|races|race|pounding|pounds|pound|thumping|thumps|thump|fluttering|flutters|flutter|(?:skipping|skips?|skipped)(?: a)? beats?)|skipped heart ?beats?|(?:skipped|skipping|missed|extra) beats?|flutter(?:ing|s)? (?:feeling |sensation )?in ${POSSESSIVE}chest|(?:fast|rapid|racing|pounding) heart ?(?:beats?|rate)|${POSSESSIVE}heart ?(?:beats?|rate)? (?:(?:is|keeps|was|starts|started|feels?|gets?|goes|beating|beats|suddenly|always|sometimes) )*(?:so |very |really |too |super )?(?:fast|rapidly|quickly|hard))\\b`, 'gi'), 'heart palpitations'],
  [/\bacid reflux\b/gi, 'gastroesophageal reflux disease'],
  // Veins that bulge met Leg pain and the vein pages of rare diseases; the archive's pages say varicose.
  [/\b(?:(?:bulging|bulgy|twisted|ropey|ropy)(?:,? (?:and )?(?:blue|purple|dark|twisted|painful))? veins|veins (?:that |which )?(?:bulge|are bulging|stick out|are sticking out|pop out|are popping out))\b/gi, 'varicose veins'],
  [/\b(?:slipped|bulging|herniated|ruptured) discs?\b/gi, 'herniated disk'],
  [new RegExp(`\\bblood clots? in ${POSSESSIVE}(?:legs?|calf|calves|thigh)\\b`, 'gi'), 'deep vein thrombosis'],
  [new RegExp(`\\bblood clots? in ${POSSESSIVE}lungs?\\b`, 'gi'), 'pulmonary embolism'],
  [/\bnappy rash\b/gi, 'diaper rash'],
  // A lump told the other way round, or on one side: "a lump in my left breast", "lump on my testicle".
  [new RegExp(`\\blumps? (?:in|on|under) ${POSSESSIVE}(?:(?:left|right) )?(?:side of ${POSSESSIVE})?(?:(?:left|right) )?(breast|testicle|neck|armpit|groin)s?\\b`, 'gi'), '$1 lump'],
  [/\b(?:bow legs|bow-legged|bowlegged)\b/gi, 'bowlegs'],
  // "Shaking" alone finds Parkinson disease, one cause among many.
  [/\b(?:(?:shaky|shaking|trembling) hands|(?:hands?|fingers?|arms?) (?:(?:are|is|keep|keeps|have been|has been|started|start|starts|always|constantly|sometimes) )*(?:shaking|trembling|shake|shakes|tremble|trembles|shaky|jittery))\b/gi, 'tremor'],
  [/\b(?:heart burn)\b/gi, 'heartburn'],
  // The archive has no page on fish oil; MedlinePlus files it as omega-3 fatty acids, and "oil" alone meets Diesel oil.
  [/\bfish oils?\b(?! (?:allerg|poison))/gi, 'omega-3 fatty acids', { keep: true }],
  // One food named: the food's word stays, so a page on cow's milk and children is still found.
  [/\b(?:peanut|tree nut|nut|cow'?s milk|milk|dairy|egg|shellfish|fish|seafood|wheat|soy|sesame|strawberry) allerg(?:y|ies)\b|\ballergic to (?:peanuts?|tree nuts|nuts|cow'?s milk|milk|dairy|eggs?|shellfish|fish|seafood|wheat|soy|sesame|strawberries)\b/gi, 'food allergy', { keep: true }],
  // An allergy to a medicine is a drug allergy; the medicine's name alone finds its leaflet or the
  // Antibiotics page, which say little of it. The medicine's word stays. Not when the allergy only
  // describes the patient ("an adult who is allergic to penicillin", "a patient with an allergy to
  // it", "(allergic to sulfa)"): the question is then about treating something else.
  [new RegExp(`(?<!\\b(?:who|that) (?:is|are|was|were|has been) |\\bwith (?:an? |known |multiple )?|\\()(?:\\b(?:${ALLERGY_DRUGS}) allerg(?:y|ies)\\b|\\b(?:allergic|allergy|allergies|(?:an )?allergic reactions?) to ${POSSESSIVE}(?:${ALLERGY_DRUGS})\\b)`, 'gi'), 'drug allergies', { keep: true }],
  // A thyroid pill is mostly levothyroxine, whose leaflet says when to take it; "thyroid" and "pill"
  // alone met Birth control pills. The words stay: other thyroid medicines hold them too.
  [/\bthyroid (?:pills?|tablets?|medicines?|medications?|meds|hormone pills?|replacement)\b/gi, 'levothyroxine', { keep: true }],
  // Supplements named as people buy them, for the archive's leaflet of their commonest form: iron
  // pills are mostly ferrous sulfate ("iron" alone met the Iron page, which tells no side
  // effects), probiotics mostly lactobacillus, glucosamine mostly the sulfate. The words stay.
  [/\biron (?:pills?|tablets?|supplements?)\b/gi, 'ferrous sulfate', { keep: true }],
  [/\bprobiotics?\b/gi, 'lactobacillus', { keep: true, notWith: /\b(?:lactobacill\w*|acidophilus|boulardii|saccharomyces|bifidobacter\w*)\b/i }],
  [/\bglucosamine\b(?! (?:sulfate|sulphate|hydrochloride|hcl)\b)/gi, 'glucosamine sulfate'],
  // The feeling of a lump in the throat is the globus sensation (filed under Swallowing difficulty);
  // it met Neck lump. A lump felt in the neck is left to the neck's pages.
  [/\b(?:(?:feel(?:s|ing)?|feeling|sensation) (?:of |like )?(?:there'?s |there is |i have |having )?a lump in (?:my |the )?throat|lump in (?:my |the )?throat (?:feeling|sensation))\b/gi, 'globus sensation'],
  // "Herpes" alone names no focus (the archive has Genital herpes, Herpes Simplex, Herpes - oral…),
  // so "can you get herpes from a toilet seat" met Genital injury. Herpes named with its kind is
  // left as typed; the word stays.
  [/\bherpes\b(?<!\b(?:genital|oral|neonatal|ocular|eye|skin) herpes)(?! (?:simplex|zoster|gladiatorum|genitalis|encephalitis|labialis|keratitis|whitlow))/gi, 'herpes simplex', { keep: true, notWith: /\b(?:shingles|zoster|chicken ?pox|cold sores?|fever blisters?)\b/i }],
  // A shot named for its disease is that disease's vaccine, and asks about preventing it ("the
  // pneumonia shot" met Pneumonia's overview and the Shots page). MedQuAD calls the pneumonia one pneumococcal.
  [/\bpneumonia (?:shots?|jabs?|vaccines?|vaccinations?)\b/gi, 'pneumococcal vaccine'],
  [/\b(shingles|tetanus|hpv|polio|rotavirus|chickenpox|chicken pox|measles|mmr|whooping cough|hepatitis [ab]|meningitis|rabies|typhoid|yellow fever|tdap|dtap|hib) (?:shots?|jabs?)\b/gi, '$1 vaccine'],
  // The flu shot's side effects and who should not have it are told only in the vaccine's leaflet
  // ("Influenza Vaccine, Inactivated or Recombinant"); the Flu Shot page is an overview. Both stay.
  [/\b(?:flu|influenza) (?:shots?|jabs?|vaccines?|vaccinations?)\b/gi, 'influenza vaccine, inactivated or recombinant', { keep: true }],
  // The pill's side effects, missed pills and interactions are told only in its leaflet, Estrogen
  // and Progestin (Oral Contraceptives); the Birth control pills pages are overviews, and stay
  // the answer to anything else: the leaflet's "progestin" would draw questions to the page on
  // progestin-only pills.
  [/\b(?:birth control|contraceptive) pills?\b|\bthe pill\b(?<=\b(?:on|taking|take|took|started|stopped|miss(?:ed)?|forgot) the pill)|\bthe pill(?= (?:cause|causes|caused|give|gives|make|makes|made|raise|raises|increase|increases|affect|affects)\b)/gi, 'estrogen and progestin (oral contraceptives)', { keep: true, onlyWith: LEAFLET_ASKS }],
  // A baby's spitting up, as parents write it; the archive's page is a self-care one.
  [/\b(?:spit(?:s|ting)?|spat) up\b/gi, 'spitting up - self-care', { keep: true }],
  [/\bhfmd\b/gi, 'hand-foot-mouth disease'],
  // Everyday short names: "hep C" met nothing (the letter is too short a word; a HEPA filter is
  // no hepatitis); "C. diff" names the
  // infection the archive files in full; an antimalarial is taken to prevent malaria.
  [/\bhep(?:\.|\.? )([a-e])\b(?! (?:vaccines?|shots?|virus (?:test|dna|rna)))/gi, 'hepatitis $1'],
  [/\bhep(?:\.|\.? )([ab]) (?:vaccines?|shots?)\b/gi, 'hepatitis $1 vaccine'],
  [/\b(?:c\.? ?diff(?:icile)?|clostridioides difficile)\b(?! (?:toxin|test))/gi, 'clostridium difficile infections'],
  [/\banti-?malarials?\b|\bmalaria (?:pills|tablets|meds|medicines?|medications?|prophylaxis)\b/gi, 'malaria', { keep: true }],
  // Pain that stays after shingles is postherpetic neuralgia.
  [/\b(?:pain|burning|aching|hurting|nerve pain) (?:that )?(?:(?:is |has |still )?(?:left |lingering |continuing |remaining |still )?)?(?:after|since|from) (?:the |my |his |her |a |having )?shingles\b|\bshingles (?:pain|nerve pain) (?:that )?(?:won'?t go away|still|lingers?|lingering|months later|years later|after)/gi, 'postherpetic neuralgia', { keep: true }],
  // A child's staring spells are the archive's Absence seizure ("staring" met nothing useful).
  [/\b(?:staring spells?|stares? (?:off )?into space|blank(?:s|ing)? out|zon(?:es|ing) out)\b/gi, 'absence seizure', { keep: true, onlyWith: new RegExp(`\\b(?:${CHILD}|seizures?|epilep\\w*|school|teacher|class)\\b`, 'i') }],
  // A baby's shots are the archive's Babies and shots, unless one vaccine is named ("vaccines"
  // met the Yellow Fever vaccine's severe reaction section).
  [/\b(?:shots|vaccines|vaccinations|immuni[sz]ations|jabs)\b/gi, 'babies and shots', { keep: true, onlyWith: /\b(?:bab(?:y|ies)|baby'?s|infants?|newborns?|\d+[- ]months?[- ]old)\b/i, notWith: /\b(?:flu|influenza|hpv|polio|rotavirus|chicken ?pox|measles|mmr|whooping cough|pertussis|hepatitis|hep|meningitis|rabies|typhoid|yellow fever|tdap|dtap|hib|pneumococcal|shingles|tetanus|travel\w*)\b/i }],
  // "The spins" are dizziness (the archive's Dizziness page), whatever brought them on.
  [/\b(?:get|gets|getting|got|have|has|had|having) the spins\b/gi, 'dizziness'],
  [new RegExp(`\\b(?:(?:take|taking|took|taken|get|getting|got|have|having|had) (?:out )?${POSSESSIVE}tonsils (?:and adenoids )?(?:out|removed|taken out)|(?:need|needs|needed|should (?:i |he |she |we |they )?(?:have|get)) ${POSSESSIVE}tonsils (?:and adenoids )?(?:out|removed|taken out)|tonsils? removal|removal of ${POSSESSIVE}tonsils)\\b`, 'gi'), 'tonsillectomy'],
  [/\b(?:early puberty|puberty (?:too |very |so |really )?early|(?:started|starting|start|begun|began|going through|entering|entered|hit) puberty (?:too |very |so |really )?early)\b/gi, 'precocious puberty'],
  // Shots for a journey are the archive's Traveler's Health ("shots" alone met Childhood Immunization).
  [new RegExp(`\\btravel(?:l?ing)? ${SHOTS}\\b|\\b${SHOTS}(?= (?:[\\w'-]+ ){0,6}(?:before|for|to) (?:[\\w'-]+ ){0,2}(?:travel(?:l?ing)?|trips?|abroad|overseas|safaris?|vacations?|holidays?)\\b)|\\b${SHOTS}\\b(?<=\\b(?:travel(?:l?ing)?|trips?|abroad|overseas|safaris?)\\b[^.?!]{0,80}[.?!]?[^.?!]{0,100})`, 'gi'), "traveler's health", { keep: true }],
  // Sight that goes dark on standing is a fall in blood pressure the archive tells under Low blood
  // pressure ("black" met Black psyllium).
  [new RegExp(`\\b${SIGHT_GOES}\\b(?=[^.?!]{0,60}\\b(?:${RISING}|rise|rising)\\b)|\\b${SIGHT_GOES}\\b(?<=\\b${RISING}\\b[^.?!]{0,110})`, 'gi'), 'low blood pressure'],
  // Sweating a lot is the archive's Hyperhidrosis and Sweating pages ("cold" met Cold-induced sweating syndrome).
  [/\b(?:sweat(?:s|ing)? (?:a lot|so much|too much|excessively|heavily|profusely|buckets|constantly|all the time)|(?:heavy|profuse) sweating)\b/gi, 'excessive sweating (hyperhidrosis)', { notWith: /\b(?:hyperhidrosis|nights?|nighttime|menopaus\w*|fever\w*)\b/i }],
  // "Fragile X" without its noun named no focus ("x" is too short a word to count) and met fragile XE.
  [/\bfragile[- ]x\b(?![- ](?:syndrome|associated|e\b|tremor|premutation))/gi, 'fragile X syndrome'],
  // Kidney damage from a disease or a medicine is kidney disease; MedQuAD lists "kidney damage"
  // as a name of Injury - kidney and ureter, its page on blows to the kidney, which keeps an
  // injury told of.
  [/\bkidney damage\b/gi, 'kidney disease', { notWith: /\b(?:injur\w*|trauma\w*|accident|blow|kicked|fell|fall|crash\w*|punch\w*|hit)\b/i }],
  // Stages 1 to 4 are chronic kidney disease; "stage" met End-stage kidney disease, which is stage 5.
  [/\b(?:stage|stg)\.? ?(?:[1-4][ab]?|i{1,3}[ab]?|iv|one|two|three|four) (?:chronic )?(?:kidney|renal) (?:disease|failure|insufficiency)\b|\b(?:stage|stg)\.? ?(?:[1-4][ab]?|i{1,3}[ab]?|iv|one|two|three|four) ckd\b|\bckd (?:stage )?(?:[1-4][ab]?|i{1,3}[ab]?|iv)\b/gi, 'chronic kidney disease'],
  // An inhaler that is empty or running out is a question of using one (it met Empty sella syndrome).
  [/\binhalers? (?:is |are |was |were )?(?:empty|running out|run out|runs out|ran out)\b/gi, 'how to use an inhaler', { keep: true }],
  // Living with one kidney is the archive's Solitary Kidney ("kidney" alone met Kidney Failure).
  [/\b(?:(?:with|have|has|had|having|left with) (?:only |just )?(?:one|a single) (?:working |functioning |healthy )?kidney(?! (?:is|was|seems|looks|appears|larger|smaller|bigger))|single kidney|(?:one|a) kidney (?:removed|taken out|donated)|donat(?:ed|ing|e) (?:a|my|one|his|her) kidney)\b/gi, 'solitary kidney', { notWith: /\b(?:solitary kidney|stones?|cysts?|infections?)\b/i }],
  // "Yellow mucus and a fever" met Yellow fever. The colour of phlegm names no complaint of its own.
  [/\b(?:yellow(?:ish)?|green(?:ish)?|yellow-green|yellowish-green|brown(?:ish)?)(?: (?:or|and|\/) (?:yellow|green)(?:ish)?)? (mucus|phlegm|snot|sputum)\b/gi, '$1'],
  // Whether one may have a glass of wine (with a medicine, in a condition) asks about alcohol, as the
  // archive's leaflets and pages put it ("wine" alone met none of them). Only the asking: wine told
  // of ("my cheeks turn red when I drink wine") keeps its own complaint.
  [/\b(?:(?:can|could|may|should) (?:i|you|he|she|we|they) (?:still |safely |ever )?|(?:ok|okay|safe|fine|alright|all right|bad) to (?:still )?)(?:drink|have) (?:a |some |any |one |two |red |white |a little |a few |(?:a |one )?(?:glass(?:es)?|bottles?|cans?|pints?|shots?|sips?) of )*(?:wine|beers?|whiske?y|vodka|rum|gin|tequila|liquor|champagne|cocktails?)\b/gi, 'alcohol', { keep: true }],
  // Dizziness that turning the head, rolling over or lying down brings on is positional vertigo,
  // its commonest cause ("turn" and "bed" met Turning patients over in bed).
  [/\b(?:dizzy|dizziness|lightheaded|light-headed|spinning)\b(?=[^.?!]{0,60}\b(?:turn(?:s|ed|ing)? (?:my|his|her|the) head|(?:lie|lying|lay|laying) down|roll(?:s|ed|ing)? over|look(?:s|ed|ing)? up)\b)/gi, 'benign positional vertigo', { keep: true }],
  // Told the other way round, the turn first: "when I roll over in bed the room spins" (its "over
  // in bed" met Turning patients over in bed).
  [/\b(?:dizzy|dizziness|lightheaded|light-headed|spinning|vertigo)\b(?<=\b(?:turn(?:s|ed|ing)? (?:my|his|her|the) head|(?:lie|lying|lay|laying) down|roll(?:s|ed|ing)? over|look(?:s|ed|ing)? up)\b[^.?!]{0,60})/gi, 'benign positional vertigo', { keep: true }],
  // "Thirsty" alone meets Thirst - absent as well as its opposite.
  [/\b(?:(?:so|very|always|constantly|really|extremely|excessively|unusually|abnormally|super) thirsty|thirsty all the time)\b/gi, 'excessive thirst'],
  // "Thyroid" alone names the gland's page; the archive files an enlarged gland under goiter. Not
  // where the question names the goiter itself: the gland's words then describe it.
  [/\b(?:(?:enlarged|swollen) thyroid(?: gland)?|thyroid(?: gland)? (?:is |was |has |seems |looks |got )?(?:been |become |gotten )?(?:enlarged|swollen))\b/gi, 'goiter', { notWith: /\bgoit(?:er|re)s?\b/i }],
  // A complaint of cancer treatment has its own page in the archive, which the complaint's own
  // page outranked ("hair falling out from chemo" found Hair Loss, "mouth sores on chemo" Mouth
  // sores). Only where the treatment is named.
  [/\bhair loss\b/gi, 'coping with cancer - hair loss', { keep: true, onlyWith: CANCER_CARE }],
  [/\bfatigue\b/gi, 'coping with cancer - managing fatigue', { keep: true, onlyWith: CANCER_CARE }],
  [/\bdry mouth\b/gi, 'dry mouth during cancer treatment', { keep: true, onlyWith: CANCER_CARE }],
  [new RegExp(`\\b(?:mouth sores?|sores? (?:in|inside) ${POSSESSIVE}mouth|mouth (?:is )?(?:full of|covered (?:in|with)) sores)\\b`, 'gi'), 'oral mucositis', { keep: true, onlyWith: CANCER_CARE }],
  // A cream is the leaflet's topical form, eye drops its ophthalmic one ("hydrocortisone cream"
  // found the injection's leaflet, whose name is the only text a leaflet has). Not creams one eats
  // or shaves with.
  [/(?<!\b(?:ice|sour|shaving|whipped|whipping|heavy|clotted) )\b(?:creams?|ointments?|lotions?)\b(?! cheese)/gi, 'topical', { keep: true, notWith: /\btopical\b/i }],
  [/\beye ?drops?\b/gi, 'ophthalmic', { keep: true, notWith: /\bophthalmic\b/i }],
];
