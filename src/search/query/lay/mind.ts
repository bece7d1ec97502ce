import { type LayTerm, CANT, CHILD, POSSESSIVE, TROUBLE } from './words.js';

/** Mood, memory, sleep and behaviour in everyday words. */
export const MIND_TERMS: readonly LayTerm[] = [
  // "Is bipolar hereditary?", "my husband is bipolar": the archive names only Bipolar disorder.
  [/\bbipolar\b(?![- ](?:disorders?|disease|illness|affective|depression|mania|type|[12]\b|i{1,2}\b|cells?|neurons?|leads?|electrodes?))/gi, 'bipolar disorder'],
  [/\b(?:hear(?:s|ing)? (?:voices|things that (?:aren'?t|are not|isn'?t|is not) there)|see(?:s|ing)? things that (?:aren'?t|are not|isn'?t|is not) there)\b/gi, 'hallucinations'],
  [new RegExp(`\\b${TROUBLE} (?:with |to )?(?:(?:falling|fall|getting|get|staying|stay) )?(?:asleep|sleeping|sleep)\\b`, 'gi'), 'insomnia'],
  [/\b(?:sleeplessness|sleepless nights?)\b/gi, 'insomnia'],
  // Falling asleep is no fall ("falls asleep" met Falls). Asleep in the day where one should be
  // awake is the archive's Drowsiness; elsewhere only the fall goes.
  [/\b(?:fall|falls|falling|fell) asleep\b(?=,? (?:(?:at|in|during|while|on|behind) (?:work|meetings?|class|school|the wheel|the day|daytime|(?:my|his|her|the) desk|dinner|the table|driving|the job|lectures?|church|the movies|tv|conversations?)|all day|during the day|all the time|everywhere))/gi, 'drowsiness'],
  [/\b(?:fall|falls|falling|fell) asleep\b/gi, 'asleep'],
  // Burnout is stress at work ("burned out" met Burns).
  [/\b(?:burn(?:ed|t)?[- ]?out|burnout)\b/gi, 'stress', { notWith: /\b(?:bulbs?|fuses?|engines?|motors?|candles?|fires?|clutch)\b/i }],
  // The urge to move the legs, told as it feels, is restless legs ("creepy crawly" named nothing).
  [new RegExp(`\\b(?:(?:(?:creepy[- ]?)?crawly|crawling|jumpy|restless|fidgety|antsy) (?:feelings?|sensations?) in ${POSSESSIVE}legs|${POSSESSIVE}legs (?:feel|feels|get|gets|are|go|goes) (?:all |so |really )?(?:\\w+ and )?(?:(?:creepy[- ]?)?crawly|jumpy|restless|fidgety|antsy)|(?:urge|need) to (?:move|kick|stretch) ${POSSESSIVE}legs)\\b`, 'gi'), 'restless legs syndrome'],
  // Waking in the night and staying awake is insomnia too ("wake up at 3am" met Irregular
  // sleep-wake syndrome), unless something else wakes one: that is the question then.
  [/\b(?:wake|wakes|waking|woke|woken) up (?:(?:at|around|about) (?:[1-5](?::\d\d)? ?(?:am|a\.m\.|o'?clock)|\d\d?:\d\d)|(?:in|during) the (?:middle of the )?night|too early|(?:several|many|a few|multiple|\d+) times (?:a|at|during the|every|each) night|every night)(?: (?:every|each) (?:night|morning))?(?: and (?:can'?t|cannot|can not|don'?t|do not) (?:get back to|fall back) (?:sleep|asleep))?/gi, 'insomnia', { keep: true, notWith: /\b(?:breath\w*|pee|peeing|urinat\w*|bathroom|toilet|sweat\w*|pain\w*|hurt\w*|ache|aching|cough\w*|cramp\w*|chok\w*|gasp\w*|heart\w*|palpitat\w*|itch\w*|nightmares?|dreams?|baby|infant|newborn|toddler|child|son|daughter|kids?|snor\w*|hungry|reflux|heartburn|numb\w*|tingl\w*)\b/i }],
  [/\bsleep walking\b/gi, 'sleepwalking'],
  // Breathing that stops in sleep is what sleep apnea is; "snores and stops breathing at night" met Snoring.
  [/\b(?:stops?|stopped|stopping|pauses?|paused|pausing) (?:his |her |my |their )?breathing (?:[\w']+ ){0,5}?(?:at night|in (?:his|her|my|their) sleep|while (?:he|she|i|they) (?:is |are |am |was |were )?(?:sleeps?|sleeping|asleep)|during (?:the night|sleep)|when (?:he|she|i|they) (?:is |are |am )?(?:sleeps?|sleeping|asleep))\b/gi, 'sleep apnea', { keep: true }],
  [/\b(?:bed wetting|wet(?:s|ting)? the bed)\b/gi, 'bedwetting'],
  // "Tired" stems to "tire" and meets Michelin tire baby syndrome; "tired of" and "tired eyes" mean other things.
  [/(?<!\beyes? (?:(?:feel|feels|are|look|looks|get|gets|seem|seems|is|so|very|really) ){1,3})\b(?:tired|worn out)\b(?! (?:of|eyes?)\b)/gi, 'fatigue'],
  [/\b(?:no|low|lack of|lacking|zero) energy\b/gi, 'fatigue'],
  // A child who will not sleep is a question of bedtime habits; "sleep" and "night" met Night terror.
  [new RegExp(`\\b(?:(?:get|getting|make|making|help|helping) ${POSSESSIVE}${CHILD} (?:to )?(?:sleep|go to (?:bed|sleep)|stay in bed|fall asleep|settle)|${CHILD}(?:'s)? (?:won'?t|will not|doesn'?t|does not|never|can'?t|cannot|is not|isn'?t|refuses to) (?:sleep|go to (?:bed|sleep)|stay (?:in bed|asleep)|settle|settling|sleeping)(?: through the night)?)\\b`, 'gi'), 'bedtime habits', { keep: true }],
  [new RegExp(`\\b(?:${CANT} stop worrying|worry(?:ing)? (?:all the time|too much|constantly|about everything)|constant(?:ly)? worr(?:y|ying|ied))\\b`, 'gi'), 'anxiety'],
  // Porter stems "alcoholism" to "alcohol", which met Alcoholic neuropathy; the archive's page is
  // Alcohol use disorder. The word stays for the pages that hold it.
  [/\balcoholism\b(?! and alcohol abuse| - )/gi, 'alcohol use disorder', { keep: true }],
  [/\b(?:overthink|overthinks|overthinking|over-thinking|over thinking)\b/gi, 'anxiety', { keep: true }],
  [new RegExp(`\\b${TROUBLE} (?:with )?remembering(?: things)?\\b`, 'gi'), 'memory loss'],
  // Low mood in everyday words; not "feel down there" or "down my leg".
  [/\bfeel(?:s|ing)? (?:so |very |really |a bit |kind of |pretty )?(?:down|blue)\b(?! (?:there|here|below|my|his|her|the|your|their|into|in|to|on|through|towards|from|the)\b)/gi, 'depressed'],
  [/\b(?:cutting|cuts|harming) (?:herself|himself|myself|themselves|themself|yourself)\b/gi, 'self-harm'],
];
