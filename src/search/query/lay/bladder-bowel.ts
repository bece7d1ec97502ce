import { type LayTerm, CANT, POSSESSIVE, TROUBLE } from './words.js';

/** Urine, stools and the gut in everyday words. */
export const BLADDER_BOWEL_TERMS: readonly LayTerm[] = [
  // Cloudy urine met Cloudy cornea; the archive tells it under Urine - abnormal color.
  [new RegExp(`\\b(?:cloudy|milky|murky) (?:urine|pee)|${POSSESSIVE}(?:urine|pee) (?:is |looks |has been |was |seems )?(?:very |really |a bit )?(?:cloudy|milky|murky)\\b`, 'gi'), 'urine abnormal color', { keep: true }],
  // "Stomach" alone finds Stomach cancer.
  [new RegExp(`\\b(?:(?:stomach|belly|tummy|gut|bowels?|intestines?) (?:(?:is|are|keeps?|keeps on|always|constantly|often|loudly|really) )*(?:growl(?:s|ing|ed)?|gurgl(?:es|ing|ed)|rumbl(?:es|ing|ed)|grumbl(?:es|ing)|(?:make|makes|making|made) (?:loud |strange |weird |funny |so many |a lot of )?(?:noises?|sounds?))|(?:growling|gurgling|rumbling) (?:stomach|belly|tummy|gut))\\b`, 'gi'), 'abdominal sounds'],
  [new RegExp(`\\b(?:haven'?t|have not|hasn'?t|has not|not|didn'?t|did not|${CANT}) (?:had a bowel movement|pooped|pooed|poop|poo|been able to (?:poop|poo|go))\\b`, 'gi'), 'constipation'],
  [new RegExp(`\\b(?:${POSSESSIVE}(?:urine|pee) (?:smells?|stinks?|has a (?:strong |bad |foul |strange |sweet |fishy )?(?:smell|odou?r))|(?:smelly|foul[- ]smelling|strong[- ]smelling|stinky) (?:urine|pee))\\b`, 'gi'), 'urine odor'],
  // Before the general leaking-urine phrase below.
  [/\b(?:leak|leaks|leaking|pee|wet) (?:urine |a little |a bit |myself |my pants )?(?:a little |a bit )?when (?:I |she |he )?(?:cough|sneeze|laugh|jump|run|exercise|lift)\w*\b/gi, 'stress urinary incontinence'],
  [new RegExp(`\\b(?:blood in ${POSSESSIVE}(?:urine|pee)|bloody (?:urine|pee)|peeing blood|urinating blood)\\b`, 'gi'), 'hematuria'],
  // Blood seen on wiping is mostly from the back passage (hemorrhoids, a fissure): "wipe" met
  // nothing and "blood" Blood in the semen. Not when the question speaks of a period or urine.
  [/\b(?:blood (?:when|after|every time) (?:i |he |she )?wip(?:e|ing)|blood on (?:the )?(?:toilet paper|tissue)|(?:wipe|wiping) (?:and (?:there'?s|there is|see|i see) )?blood)\b/gi, 'bloody stools', { notWith: /\b(?:periods?|menstrua\w*|spotting|pregnan\w*|vagina\w*|pee|peeing|urin\w*)\b/i }],
  [new RegExp(`\\b(?:blood in ${POSSESSIVE}(?:stools?|poop|poo|feces|bowel movements?)|bloody (?:stools?|poop|poo)|pooping blood)\\b`, 'gi'), 'bloody stools'],
  [new RegExp(`\\b(?:leaking urine|leak urine|wetting myself|${CANT} hold ${POSSESSIVE}(?:urine|pee|bladder))\\b`, 'gi'), 'urinary incontinence'],
  [/\b(?:(?:burning|burns|hurts|pain|painful|stings?) (?:when (?:i |he |she |you )?|to )(?:pee|urinate|urinating|peeing))\b/gi, 'painful urination'],
  // Told the other way round: "my pee burns" met Burns.
  [new RegExp(`\\b${POSSESSIVE}(?:pee|urine|peeing) (?:burns|stings|hurts)\\b`, 'gi'), 'painful urination'],
  // Loose stools in everyday words ("runny poop" met Stuffy or runny nose).
  [/\b(?:runny|watery|loose|liquid) (?:poops?|poos?|stools?|bowel movements?)\b/gi, 'diarrhea', { notWith: /\bdiarrh?o?ea\b/i }],
  // Getting up at night to pass urine is the archive's Urinating more at night.
  [/\b(?:(?:get|gets|getting|got|wake|wakes|waking|woke) up (?:\d+|two|three|four|five|several|many|a few|multiple) times (?:a|at|every|each|during the) night to (?:pee|urinate)|(?:get|gets|getting|wake|wakes|waking) up (?:at night |in the night )?to (?:pee|urinate))\b/gi, 'urinating more at night'],
  [/\b(?:(?:peeing|pee|urinating|urinate) (?:a lot|all the time|too often|very often|frequently|often))\b/gi, 'frequent urination'],
  // A weak or slow stream, or trouble starting, is the archive's Urination - difficulty with flow
  // ("weak" met Weakness, "trouble" Family troubles).
  [new RegExp(`\\b(?:(?:weak|slow|poor|thin) (?:urine |urinary |pee )?(?:stream|flow)|(?:${TROUBLE}|hard to|struggles? to|struggling to) (?:get )?(?:start(?:ing)?|get(?:ting)? (?:it )?started) (?:to )?(?:pee|peeing|urinat\\w*|the flow)|${CANT} (?:start|get started) (?:to )?(?:pee|peeing|urinat\\w*))\\b`, 'gi'), 'urination difficulty with flow'],
  [/\b(?:bladder infections?|urine infections?|water infections?)\b/gi, 'urinary tract infection'],
  // "Stomach" alone finds Stomach cancer; the archive files a stomach bug as Stomach flu (Viral gastroenteritis).
  [/\b(?:stomach|tummy|belly|gastric) (?:bug|virus)(?:es|s)?\b|\bnorovirus\b(?= (?:going around|outbreak))/gi, 'stomach flu'],
  // "Appendix" alone meets Adenocarcinoma of the appendix; a burst appendix is appendicitis gone on.
  [/\b(?:(?:burst|ruptured|perforated) appendix|appendix (?:(?:has|had|is|was|might|may|could|can|will|would|about to|going to|gonna) )*(?:burst|bursts|bursting|ruptured?|ruptures|rupturing|popped|pops?|perforated?))\b/gi, 'appendicitis'],
  // The archive spells it out, and files "UTI" only inside longer names (Catheter-related UTI).
  [/\bUTIs?\b/gi, 'urinary tract infection'],
  [new RegExp(`\\b(?:(?:dark|brown|orange|cola[- ]colou?red|tea[- ]colou?red) (?:urine|pee)|${POSSESSIVE}(?:urine|pee) (?:is |looks |has been |turned |was )?(?:very |really )?(?:dark|brown|orange))\\b`, 'gi'), 'urine abnormal color'],
  [/\b(?:(?:black|tarry|black and tarry) (?:stools?|poop|poo|feces|bowel movements?)|(?:stools?|poop|poo) (?:is|are|was|were|looks?|has been|have been|turned) (?:very |really )?black)\b/gi, 'tarry stools'],
];
