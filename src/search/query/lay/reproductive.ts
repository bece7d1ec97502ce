import { type LayTerm, CANT, NOT_YET, ONE_IS, POSSESSIVE, TROUBLE } from './words.js';

/** Pregnant now: the asker, or a woman spoken of, is; or the question asks about pregnancy's time. */
const PREGNANT_NOW = new RegExp(`\\b(?:(?:${ONE_IS}|wife is|girlfriend is|daughter is|currently|being|while|when|during|if ${ONE_IS})(?: (?:\\d+|a few|several|two|three|four|five|six|seven|eight|nine) (?:weeks?|months?))? (?:pregnant|pregnancy)|pregnant (?:women|woman|mothers?|ladies)|during (?:my |her |the |your )?pregnancy|(?:weeks?|months?|trimester) pregnant)\\b`, 'i');

/** A woman at the age periods end: a stopped period is then the menopause, not a missed one. */
const MIDLIFE = /\b(?:(?:i'?m|i am|she'?s|she is|aged?|at) (?:4[5-9]|5\d)\b|(?:4[5-9]|5\d)[- ]?(?:years?|yrs?|y\/?o|yo)\b)/i;

/** How long a couple has been trying: "for 18 months", "for over a year", "for a while". */
const FOR_A_TIME = String.raw`(?: (?:for|since) (?:(?:over|more than|almost|nearly|about|around|the (?:last|past)) )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few) (?:months?|years?)| for (?:a (?:long )?(?:while|time)|ages|so long))`;

const MEDICINES = 'medicines?|medications?|meds|pills|painkillers?|pain ?killers?|pain relievers?|drugs?';
const AILMENT = '(?:cold|cough|flu|pain|allergy|headache|sleep|over[- ]the[- ]counter|otc)';

/** Pregnancy, periods, fertility and sexual health in everyday words. The pregnancy rules are together here. */
export const REPRODUCTIVE_TERMS: readonly LayTerm[] = [
  // Flying or travelling while pregnant is one page; "fly" and "pregnant" alone met Traveling with children.
  [new RegExp(`\\b(?:fly|flying|flights?|travel(?:l?ing)?|take a (?:flight|plane|trip)|go on a (?:plane|trip)|get on a plane)(?: (?:to|abroad|overseas|long[- ]distance|far))? (?:while|when|during|if ${ONE_IS}) (?:${ONE_IS} )?(?:pregnant|pregnancy)\\b`, 'gi'), 'pregnancy and travel'],
  // "Period" alone finds Menstruation; periods that never started are the archive's primary
  // amenorrhea. Not having had a period (for months) may be secondary: only "first" says which.
  [new RegExp(`\\b(?:${NOT_YET} (?:started|start|starting|begun|begin|began) (?:her |my |their )?(?:periods?|menstrual periods?|menstruation|menstruating)|${NOT_YET} (?:had|have|gotten|got|get) (?:her|my|their|a) first (?:periods?|menstrual periods?))\\b(?! (?:until|till))`, 'gi'), 'primary amenorrhea'],
  [new RegExp(`\\b${NOT_YET} (?:had|gotten|got) (?:a|my|her|their|any) (?:menstrual )?periods? (?:in|for) (?:(?:over|more than|about|almost|nearly|the (?:last|past)|\\w+) )*(?:months?|weeks?|years?)\\b`, 'gi'), 'secondary amenorrhea'],
  [new RegExp(`\\bcysts? (?:on|in) ${POSSESSIVE}(?:(?:left|right) )?ovar(?:y|ies)\\b`, 'gi'), 'ovarian cysts'],
  // "Fall pregnant" (British) meets Falls; not conceiving is the archive's infertility.
  [/\b(?:haven'?t|have not|havent|hasn'?t|has not|not|never|still not|still haven'?t|still havent)(?: been able to)? (?:get|got|gotten|getting|fall|fallen|fell|falling|become|became|becoming) pregnant\b/gi, 'infertility'],
  [/\b(?:fall|falls|fallen|fell|falling) pregnant\b/gi, 'get pregnant'],
  [new RegExp(`\\b(?:heavy (?:menstrual )?(?:periods?|flow)|${POSSESSIVE}periods? (?:is|are|has been|have been|was|were|got|gets|get) (?:very |really |so |too |extremely )?heavy)\\b`, 'gi'), 'heavy uterine bleeding'],
  [/\b(?:bleed|bleeds|bleeding|bled|spotting) (?:after|during) (?:sex|intercourse)\b/gi, 'vaginal bleeding after intercourse'],
  [/\b(?:baby blues|depression after (?:giving birth|childbirth|having (?:a|my|the) baby|delivery|pregnancy))\b/gi, 'postpartum depression'],
  [/\bhot flush(?:es)?\b/gi, 'hot flashes'],
  [new RegExp(`\\b(?:${TROUBLE} (?:getting|to get|get) pregnant|${CANT} conceive)\\b`, 'gi'), 'infertility'],
  [new RegExp(`\\b${TROUBLE} (?:getting|keeping|to get|to keep|get|keep) (?:an |my |his )?erections?\\b`, 'gi'), 'erectile dysfunction'],
  [/\b(?:period pains?|painful periods?|period cramps|cramps during (?:my |her )?periods?)\b/gi, 'painful menstrual periods'],
  [new RegExp(`\\b(?:(?:miss(?:ed|ing)?|stop(?:s|ped)?|delay(?:s|ed)?) ${POSSESSIVE}(?:menstrual )?periods?(?! from)|${POSSESSIVE}periods? (?:is|are|was|were|has been|have been|being|seems?) (?:late|missing|absent)|(?:is|are|was) ${POSSESSIVE}periods? (?:so |always |very )?(?:late|missing)|(?:a|my|her) late periods?)\\b`, 'gi'), 'secondary amenorrhea', { notWith: MIDLIFE }],
  [new RegExp(`\\b(?:(?:stop(?:s|ped)?|ended|end) ${POSSESSIVE}(?:menstrual )?periods?|${POSSESSIVE}periods? (?:have |has |had )?(?:stopped|ended|finished))\\b`, 'gi'), 'menopause', { keep: true, onlyWith: MIDLIFE }],
  [new RegExp(`\\b${POSSESSIVE}periods? (?:have |has |had )?stopped\\b(?! (?:after|within|in) (?:\\d+|a few|two|three|four|five|six|seven) days)`, 'gi'), 'secondary amenorrhea', { notWith: MIDLIFE }],
  // Months of trying for a baby are the archive's infertility; "trying to get pregnant" alone is not.
  [new RegExp(`\\b(?:(?:been |have been |we'?ve been |i'?ve been )?trying (?:to (?:get pregnant|conceive|have a baby|fall pregnant)|for a baby)${FOR_A_TIME})`, 'gi'), 'infertility', { keep: true }],
  [/\b(?:(?:get|got|getting|had|have|has) (?:my |her |your |their )?tubes tied|tubes (?:were |are |being )?tied)\b/gi, 'tubal ligation'],
  [/\b(?:preggo|preggers|preggy)\b/gi, 'pregnant'],
  // Milk supply is a breastfeeding problem; "milk" alone met Milk allergy and Breast milk - pumping.
  [/\b(?:(?:breast ?)?milk supply|(?:make|making|produce|producing) (?:more |enough )?(?:breast ?)?milk|breast ?milk (?:is )?(?:drying up|dried up|low)|low (?:breast ?)?milk)\b/gi, 'breastfeeding', { keep: true }],
  // A red, hot or hard breast while nursing is a breast infection (mastitis).
  [/\b(?:(?:red|hot|swollen|hard|inflamed)(?:,? (?:and )?(?:red|hot|swollen|hard|inflamed|painful|sore|tender))* breasts?|breasts? (?:is |are |got |has gotten |became |feels? )?(?:very |really |so )?(?:red|hot|swollen|hard|inflamed))\b/gi, 'breast infection', { keep: true, onlyWith: /\b(?:breast ?feed\w*|nursing|post-?partum|gave birth|given birth|had (?:a|my|the|our) baby|weeks? after (?:birth|delivery))\b/i }],
  // "Pregnant" and "pregnancy" stem apart, and "pregnant" alone meets "Glucose tolerance test -
  // non-pregnant". Whether one is pregnant is the pregnancy test's question; what to eat is the
  // nutrition page's. The question's words stay.
  [new RegExp(`\\b(?:(?:early|first|earliest) (?:signs?|symptoms?) of (?:being )?(?:pregnancy|pregnant)|(?:signs?|symptoms?) (?:that )?${ONE_IS} pregnant|how (?:do|can|would|will|could) (?:i|you|she|we) (?:know|tell|find out|be sure) (?:if|whether) ${ONE_IS} pregnant|(?:am i|could i be|might i be|is she|could she be|might she be) pregnant)\\b`, 'gi'), 'pregnancy test', { keep: true }],
  [new RegExp(`\\b(?:foods?|eat|eating|diet|drink|drinking)\\b(?=(?: [\\w'-]+){0,6} (?:while|when|during|if) (?:${ONE_IS} |being )?(?:pregnant|pregnancy)\\b)`, 'gi'), 'pregnancy and nutrition', { keep: true }],
  // "Water" met Drinking Water. The archive tells of waters breaking under Am I in labor? and
  // Premature rupture of membranes; its pages say "rupture of membranes".
  [new RegExp(`\\b(?:${POSSESSIVE}waters? (?:just |has |have |had |might have |may have )?(?:broke|broken|breaking|break|breaks)|${POSSESSIVE}waters? (?:is |are )?leaking)\\b`, 'gi'), 'am I in labor, rupture of membranes', { notWith: /\b(?:pipes?|bottles?|heaters?|glass|main)\b/i }],
  // Labour's contractions met nothing of labour; the archive's page is Am I in labor? Not a muscle's
  // or the heart's contractions.
  [/\b(?:labou?r |uterine |regular |strong |painful )?contractions\b/gi, 'am I in labor', { keep: true, notWith: /\b(?:muscles?|muscular|ventricular|atrial|heart|cardiac|pvcs?|pacs?|bladder|spasms?|twitch\w*|dupuytren\w*|esophag\w*|oesophag\w*|swallow\w*|barium|tertiary)\b/i }],
  [/\b(?:still )?bleeding\b(?<=\b(?:gave birth|given birth|giving birth|had (?:a|my|the|our) baby|delivered (?:a|my|the|our) baby|my delivery|c-?section)\b[^.?!]{0,75})/gi, 'postpartum care', { notWith: /\b(?:gums?|nose|nosebleeds?|stool|rectal|rectum)\b/i }],
  [/\b(?:post-?partum bleeding|bleeding (?:after|since) (?:giving birth|childbirth|(?:having|delivering) (?:a |my |the |her )?baby|(?:the |my |her )?delivery|(?:a |my |the |her )?(?:c-?section|birth)))\b/gi, 'postpartum care'],
  // A complaint or a medicine asked about in pregnancy: "pregnant" names no focus (Porter stems it
  // apart from "pregnancy"), so "I am pregnant and have a cold, what can I take" met Steps to take
  // before you get pregnant. The archive has pages for each of these in pregnancy. The words stay.
  [new RegExp(`\\b(?:(?:what|which) (?:${AILMENT} )?(?:can (?:i|she|you|we) (?:safely )?take|(?:${MEDICINES}|remed(?:y|ies)|antibiotics?) (?:can|are|is|should|could|may|would) (?:i|she|you|be)|(?:${MEDICINES}) (?:are |is )?safe)|take (?:any )?(?:antibiotics|painkillers|pain ?killers|pain relievers|${AILMENT} (?:${MEDICINES})|sleeping pills|medicines?|medications?|meds))\\b`, 'gi'), 'pregnancy and medicines', { keep: true, onlyWith: PREGNANT_NOW }],
  [/\b(?:flu|influenza)(?: (?:shots?|vaccines?|vaccinations?|jabs?))?\b/gi, 'pregnancy and the flu', { keep: true, onlyWith: PREGNANT_NOW }],
  [/\b(?:back ?(?:pains?|aches?)|lower back pain|hip pains?|pelvic pains?|round ligament pains?|leg cramps|hips? (?:hurts?|hurting|aches?|aching)|sciatica|aches and pains|back (?:hurts|is hurting|is killing me))\b/gi, 'aches and pains during pregnancy', { keep: true, onlyWith: PREGNANT_NOW }],
  [/\b(?:heart ?burn|constipat(?:ion|ed)|ha?emorrhoids|piles|nosebleeds?|bleeding gums|stuffy nose|swollen (?:feet|ankles|legs)|(?:feet|ankles|legs) (?:are |have been )?swollen|varicose veins|(?:always|so|very|really|constantly) tired)\b/gi, 'common symptoms during pregnancy', { keep: true, onlyWith: PREGNANT_NOW }],
  [/\b(?:utis?|urinary tract infections?|bladder infections?|kidney infections?|yeast infections?|(?:vaginal )?thrush|group b strep|strep b|bacterial vaginosis)\b/gi, 'infections and pregnancy', { keep: true, onlyWith: PREGNANT_NOW }],
  [/\bpregnant (?:women|woman|ladies|mothers?|moms?|mums?) (?:can |should |shouldn'?t |can'?t |not |cannot )?(?:eat|drink)\b/gi, 'pregnancy and nutrition', { keep: true }],
  // "Drive" meets Impaired Driving.
  [/\b(?:sex drive|libido)\b/gi, 'sexual desire'],
  // The archive names painful intercourse only among "sexual problems".
  [/\b(?:(?:pain|painful|hurts?|hurting|sore) (?:during|with|after|when having) (?:sex|intercourse)|painful (?:sex|intercourse))\b/gi, 'sexual problems: painful intercourse'],
  // "STD" is also the short name of spondylothoracic dysostosis, which the archive files under it.
  [/\b(?:STDs?|STIs?)\b/gi, 'sexually transmitted diseases', { notWith: /\b(?:spondylo\w*|dysostosis|jarcho)\b/i }],
  // "Swollen" meets every swelling page; the archive's page is Scrotal swelling.
  [/\b(?:swollen|swelling (?:of|in) (?:the |my |his |one |a |both )?|enlarged) (?:left |right )?(?:testicles?|testes|testis|scrotum)\b|\b(?:testicles?|testes|testis|scrotum) (?:(?:is|are|got|gotten|has|have|looks?|feels?|became|become|been|getting|so|very|really) )*(?:swollen|swelling|enlarged)\b/gi, 'scrotal swelling'],
  // Being checked for a cancer is its screening: "how often should men get checked for prostate cancer".
  [/\b(?:get|gets|getting|got|be|being|been) (?:checked|screened|tested) for (prostate|breast|colon|cervical) cancer\b/gi, '$1 cancer screening'],
  [/\b(?:get|gets|getting|got|be|being|been) (?:checked|screened|tested) for colorectal cancer\b/gi, 'colon cancer screening'],
  [/\b(?:prostate (?:exams?|examinations?|checks?|check-?ups?|screenings?)|digital rectal exam(?:ination)?s?)\b/gi, 'prostate cancer screening', { keep: true }],
];
