import { CANT, type LayTerm, POSSESSIVE, SIDE, TROUBLE } from './words.js';

/** An ear in a state ("my ears are still blocked", "ear won't pop"), then what brought it on. */
const earAfter = (states: string, causes: string): RegExp =>
  new RegExp(`\\b${POSSESSIVE}${SIDE}ears? (?:(?:still|always|often|really|so|very|are|is|were|was|feels?|felt|feeling|keeps?|kept|gets?|got|stays?|stayed|won'?t|will not|didn'?t|did not|do ?n'?t|does ?n'?t) )*(?:${states})(?: up)? (?:after|on|during|from|when|since) (?:(?:a|the|my|our|his|her|their|long|short|last|recent) )*(?:${causes})\\b`, 'gi');
const FLYING = 'flying|flights?|plane (?:rides?|trips?)|planes?|airplanes?|aeroplanes?|landing|take-?off|descent';
const DIVING = 'diving|scuba diving|a dive|dives?';

/** Ears, eyes, nose, mouth and teeth in everyday words. */
export const SENSE_TERMS: readonly LayTerm[] = [
  // "My ear feels full after flying" met Traveling with children. The archive has a page for ears
  // blocked by a flight (synonym "Flying and blocked ears") and one for ear barotrauma, with
  // sections on causes, treatment and prevention, for pain after a flight or a dive. Only an ear
  // with the pressure change is read: an earache alone, or a flight told on its own, is left alone.
  [earAfter('full|blocked|plugged|clogged|stuffed|stuffy|popping|pop|unpop|muffled', FLYING), 'flying and blocked ears'],
  [earAfter('full|blocked|plugged|clogged|popping|pop|hurts?|hurting|hurt|painful|sore|muffled', DIVING), 'ear barotrauma'],
  [earAfter('hurts?|hurting|hurt|painful|sore', FLYING), 'ear barotrauma'],
  [/\b(?:airplane|aeroplane|plane) ears?\b/gi, 'ear barotrauma'],
  // Wisdom teeth have no page of their own; the archive tells their removal under Impacted tooth.
  // A wisdom tooth already out is a question of the extraction (dry socket, healing), not of one impacted.
  [/\b(?:(?:had|have|having|got|get|getting) (?:my |his |her |their |a |the |two |all |all four |four )?wisdom (?:teeth|tooth) (?:pulled|removed|extracted|taken out|out)|wisdom (?:teeth|tooth) (?:was |were |got |being |been |just )?(?:pulled|removed|extracted|taken out))\b/gi, 'tooth extraction', { keep: true }],
  [/\bwisdom (?:teeth|tooth)\b/gi, 'impacted tooth', { keep: true, notWith: /\btooth extraction\b/i }],
  // "Yellow" teeth met Yellow nail syndrome and Yellow fever; the archive's page is Tooth - abnormal colors.
  [new RegExp(`\\b(?:(?:yellow|yellowish|brown|grey|gray|stained|discolou?red) (?:teeth|tooth)|${POSSESSIVE}(?:teeth|tooth) (?:(?:are|is|look|looks|have|has|got|gotten|getting|turned|turning|becoming|become|gone|going) )*(?:so |very |really |more )?(?:yellow|yellowish|brown|grey|gray|stained|discolou?red))\\b`, 'gi'), 'tooth - abnormal colors'],
  // "Glasses" alone meets Glass-Chapman-Hockley syndrome, the one page whose name holds "glass".
  [/\b(?:need(?:s|ed|ing)?|wear(?:s|ing)?|get(?:s|ting)?) (?:reading |prescription |new |stronger )?(?:eye ?)?glasses\b/gi, 'refractive errors'],
  // The archive files sight lost under "Blindness and vision loss" (synonym "Loss of vision");
  // "blindness" alone met Brain Stem Glioma through "stem cell", and the named kinds (colour,
  // night, river, face blindness) are pages of their own, so they stay.
  [/\b(?:(?:going|go|goes|gone|went|becoming|become|becomes|became|turning|turned) blind|los(?:e|es|ing|t) (?:(?:all |some |most )?(?:of )?(?:my|his|her|their|your|our|the) )?(?:eye ?sight|vision|sight)|vision loss|(?<!(?:colou?r|night|snow|river|face|word|mind|taste|monocular|pingelapese|episkopi|cortical|deaf)[ -]?)blindness)\b/gi, 'loss of vision'],
  // Smell lost is the archive's Smell - impaired ("smell" alone met Stools - foul smelling).
  [new RegExp(`\\b(?:${CANT} smell(?: anything| things| food)?|los(?:e|es|ing|t) ${POSSESSIVE}(?:sense of )?smell|no sense of smell|(?:lost|losing|loss of) (?:the )?(?:sense of )?(?:taste and )?smell)\\b`, 'gi'), 'smell - impaired'],
  // Near sight that fails with age: "I can't read small print anymore", "I hold my phone farther away".
  [new RegExp(`\\b(?:${TROUBLE} (?:to )?read(?:ing)? (?:the )?(?:small|fine|tiny) print|hold(?:s|ing)? (?:the |my |his |her )?(?:books?|phone|menus?|papers?|newspapers?) (?:further|farther) away|arms? (?:are |is )?(?:getting )?too short to read)\\b`, 'gi'), 'presbyopia', { keep: true }],
  [new RegExp(`\\b(?:tubes? in ${POSSESSIVE}ears?|ear tubes?)\\b(?! insertion| surgery)`, 'gi'), 'ear tube insertion'],
  [/\b(?:vocal (?:cord|fold) (?:nodules?|nodes|polyps?)|singer'?s nodules?)\b/gi, 'voice disorders', { keep: true }],
  // "Pupil" alone finds Pupil - white spots.
  [new RegExp(`\\b(?:(?:one|1) of ${POSSESSIVE}pupils (?:is )?(?:bigger|larger|smaller|wider|more dilated)|pupils? (?:are |is )?(?:of )?(?:different|uneven|unequal) sizes?|pupils? (?:are |is )?(?:uneven|unequal|not the same size)|(?:uneven|unequal) pupils?)\\b`, 'gi'), 'anisocoria'],
  // "Coating" meets Coats disease. A black or hairy tongue has a page of its own and is left alone.
  [new RegExp(`\\b(?:white|whitish|yellow|yellowish|furry) (?:coating|coat|film|layer|stuff) on ${POSSESSIVE}tongue|\\btongue (?:(?:is|has|looks|has got|got|with) )*(?:an? )?(?:white|whitish|coated|furry)(?: (?:coating|coat|film|layer))?\\b|\\b(?:coated|white) tongue\\b`, 'gi'), 'tongue problems'],
  // White patches in the mouth are mostly thrush; "patches" alone met the skin page Patches. On
  // the tongue alone they are read above as a coated tongue.
  [new RegExp(`\\bwhite (?:patches|patch|spots|spot|coating|film|stuff|sores|bumps|lesions) (?:in|on|inside|all over) ${POSSESSIVE}(?:baby'?s |babies |child'?s |son'?s |daughter'?s )?(?:(?:inner |inside of (?:the |my |his |her )?)?cheeks?|mouth|gums|lips?|roof of (?:the |my |his |her )?mouth)\\b`, 'gi'), 'oral thrush'],
  // White spots on the tonsils met Pupil - white spots, which outranked Tonsillitis on "white spots".
  [new RegExp(`\\bwhite (?:patches|patch|spots|spot|dots|stuff|pus|bumps|lumps|balls) (?:on|in) ${POSSESSIVE}(?:back of ${POSSESSIVE})?(?:tonsils?|throat)\\b|\\b(?:tonsils?|throat) (?:(?:is|are|has|have|with|covered in|covered with|got) )+(?:some )?white (?:patches|spots|dots|stuff|pus)\\b`, 'gi'), 'tonsillitis'],
  // Hearing one's heartbeat in an ear ("Breathing difficulty - lying down" before) is pulsatile tinnitus.
  [new RegExp(`\\b(?:(?:ringing|buzzing|humming|whistling) (?:in|of) ${POSSESSIVE}${SIDE}ears?|hear(?:s|ing)? ${POSSESSIVE}(?:own )?(?:heart ?beats?|pulse|heart) in ${POSSESSIVE}${SIDE}ears?)\\b`, 'gi'), 'tinnitus'],
  [new RegExp(`\\b${POSSESSIVE}${SIDE}ears? (?:(?:is|are|keeps?|keep on|have been|has been|been) )?(?:ringing|buzzing)\\b`, 'gi'), 'tinnitus'],
  [new RegExp(`\\b(?:teeth grinding|grind(?:s|ing)? ${POSSESSIVE}teeth)\\b`, 'gi'), 'bruxism'],
  [new RegExp(`\\b(?:nose bleeds?|bloody nose|${POSSESSIVE}nose (?:(?:wont|won'?t|will not|would not|wouldn'?t|does ?n'?t|keeps?|kept|is|was|has been|started|starts|always|often|randomly|suddenly) )*(?:stop )?bleed(?:s|ing)?|bleeding (?:from|out of) ${POSSESSIVE}nose)\\b`, 'gi'), 'nosebleed'],
  [new RegExp(`\\b(?:ear ?wax|wax (?:build ?up )?in ${POSSESSIVE}ears?)\\b`, 'gi'), 'ear wax'],
];
