/**
 * The red flags askdoc recognises in a question. Each sign names what the person describes, in
 * their own words, never a condition's name alone: "what are the signs of a stroke?" is a
 * question about stroke, "his face drooped" may be one happening now. Written to be read and
 * amended by a clinician, one sign at a time; `test/domain/urgency.test.ts` holds an example
 * that must and one that must not raise each sign.
 *
 * A sign is raised when every pattern of one of its `when` lines matches somewhere in the text,
 * each match outside a negation ("no chest pain", "it doesn't spread to my arm"), and `unless`
 * (if any) matches nowhere. Patterns run on lower-cased text with straight apostrophes.
 *
 * This file holds the signs of the heart, brain, breathing, bleeding, mind, children and
 * pregnancy; `urgency-signs-body.ts` those of the body as a whole and of injuries from outside.
 */

import { BODY_SIGNS } from './urgency-signs-body.js';
import { ALLERGY_CAUSE, CHEST, FEVER, gap, POSS, re, type UrgentSignRule, VOMIT, YOUNG_CHILD } from './urgency-patterns.js';

export type { UrgencyLevel, UrgentSignRule } from './urgency-patterns.js';

const BABY_OR_CHILD = re(String.raw`newborn|${YOUNG_CHILD.source}`);

export const URGENT_SIGNS: readonly UrgentSignRule[] = [
  {
    id: 'heart-attack',
    level: 'emergency',
    label: 'Chest pain or pressure that is crushing, spreads to the arm, jaw, neck or back, or comes with sweating or breathlessness',
    when: [
      [re(String.raw`(?:crushing|severe|sudden|squeezing|heavy) chest (?:pain|pressure)|chest (?:pain|pressure) (?:is |feels |that feels )?(?:crushing|squeezing)|(?:crushing|severe|squeezing|heavy) (?:pain|pressure|weight) (?:in|on|across) ${POSS} chest|(?:someone|an elephant|a weight|something heavy) (?:is )?(?:sitting|standing|pressing) on (?:${POSS} chest|it)|clutch\w* (?:at )?${POSS} chest`)],
      [CHEST, re(String.raw`(?:spread\w*|radiat\w*|goes|going|went|moves?|moving|travel\w*|shoot\w*) ${gap(3)}(?:to|into|down|up) ${gap(2)}(?:arm|arms|jaw|neck|back|shoulder)`)],
      [CHEST, re(String.raw`sweat\w*|clammy|short(?:ness)? of breath|breathless\w*|(?:can't|cannot) breathe|faint\w*|pass(?:ing)? out|passed out|light-?headed`)],
      [CHEST, re(String.raw`(?:arm|jaw) (?:pain|ache|aching|numbness|tingling)|(?:pain|ache|aching|numbness|tingling) (?:in|down) ${POSS} (?:left |right )?(?:arm|jaw)|(?:left |right )?(?:arm|jaw) ${gap(2)}(?:numb|tingl\w*|aching|hurts|heavy)`)],
      [re(String.raw`(?:'m|am|'s|is|are|'re) having an? heart attack`)],
      // Chest pain after cocaine or another stimulant.
      [CHEST, re(String.raw`cocaine|crack|meth|methamphetamine|amphetamines?|speed|ecstasy|mdma`)],
    ],
  },
  {
    id: 'stroke',
    level: 'emergency',
    label: 'A face that droops, sudden weakness or numbness on one side, slurred speech, sudden loss of sight or a sudden, very severe headache',
    when: [
      [re(String.raw`(?:face|mouth|smile) ${gap(2)}(?:droop\w*|drooped|sagg\w*|lopsided|fallen)|droop\w* (?:face|mouth|smile)`)],
      [re(String.raw`slurr\w* (?:speech|words|his words|her words)|speech ${gap(2)}(?:slurred|garbled|jumbled|muddled)|sudden\w* ${gap(2)}(?:can't|cannot|couldn't|could not|unable to) (?:speak|talk|understand)|(?:can't|cannot|couldn't|could not|unable to) (?:speak|talk|get (?:his|her|my|their) words out) ${gap(3)}(?:all of a )?sudden\w*`)],
      // An arm or leg that will not lift, with speech or a face that changed.
      [
        re(String.raw`(?:can't|cannot|couldn't|could not|unable to) (?:lift|raise|move) ${POSS} (?:left |right )?(?:arm|leg|hand)|(?:arm|leg) ${gap(2)}(?:went|gone|is|was) (?:weak|limp|dead|numb)`),
        re(String.raw`speech|speak\w*|talk\w*|words|face`),
      ],
      [re(String.raw`sudden\w* ${gap(3)}(?:weak\w*|numb\w*|paralys\w*) ${gap(4)}(?:arm|leg|face|one side|left side|right side)`)],
      [re(String.raw`(?:weak\w*|numb\w*|paralys\w*) ${gap(2)}(?:on|of|down) (?:one side|the left side|the right side) of ${POSS} (?:body|face)`)],
      [re(String.raw`sudden\w* ${gap(2)}(?:loss of (?:vision|sight)|lost ${gap(2)}(?:vision|sight)|blind\w*|can't see)`)],
      [re(String.raw`(?:'m|am|'s|is|are|'re) having an? stroke`)],
      [re(String.raw`worst headache (?:of|in) ${POSS} life|worst headache (?:ever|i've ever had|i have ever had)|thunderclap headache|sudden\w*,? ${gap(1)}(?:severe|excruciating|explosive|intense) headache`)],
    ],
  },
  {
    id: 'breathing',
    level: 'emergency',
    label: 'Struggling to breathe, gasping, choking, or lips or face turning blue',
    when: [
      [re(String.raw`(?:can't|cannot|can not|couldn't|could not|unable to|struggling to|struggles to|fighting to) (?:\w+ (?:or|and) )?(?:breathe|breath|catch ${POSS} breath)|(?:can't|cannot|unable to) (?:finish|complete) (?:a |his |her |my |their )?(?:sentences?|full sentence)|too breathless to (?:speak|talk)|gasping for (?:air|breath)|(?:is|was|keeps) choking|choking on`)],
      // Someone not breathing now; a pause in sleep is sleep apnoea's, a question for the usual doctor.
      [re(String.raw`(?:isn't|wasn't|'s not|is not|was not|aren't|are not|and not) breathing|stopped breathing(?! ${gap(3)}(?:sleep|sleeping|asleep|night|seconds))`)],
      [re(String.raw`(?:'m|am|is|'s|are|'re) having (?:a lot of |real |serious |severe |bad )?(?:trouble|difficulty|difficulties|a hard time) breathing|short(?:ness)? of breath (?:at rest|while resting|even (?:at|when) rest\w*|sitting still)`)],
      [re(String.raw`(?:lips|face|tongue|skin) ${gap(3)}(?:blue|bluish|grey|gray|greyish|grayish)|blue (?:lips|face)`)],
      // A person turning blue (fingers or toes that do in the cold are another matter).
      [re(String.raw`(?:baby|infant|toddler|child|son|daughter|he|she|they|husband|wife|partner|dad|mum|mom|father|mother|friend|brother|sister|man|woman|someone|grandma|grandpa) ${gap(2)}(?:turning|turned|going|gone|went) blue`)],
      // A child working hard to breathe: the skin sucked in under or between the ribs.
      [re(String.raw`(?:sucking|pulling|drawing|caving) in (?:under|between|below|at) ${POSS} ribs|ribs? ${gap(2)}(?:sucking|pulling|caving) in|nostrils flaring`)],
      [re(String.raw`(?:can|could) (?:barely|hardly) (?:breathe|breath)|(?:barely|hardly) breathing`)],
      // An asthma attack the reliever does not ease.
      [re(String.raw`inhaler ${gap(2)}(?:isn't|is not|not|doesn't|does not|didn't|did not|won't|is n't) (?:helping|help|working|work)`), re(String.raw`wheez\w*|breath\w*|asthma attack|chest ${gap(1)}tight`)],
    ],
  },
  {
    id: 'allergic-swelling',
    level: 'emergency',
    label: 'Swelling of the tongue or throat, a throat that is closing, or lips or a face swelling, or fainting, after a sting or a food',
    when: [
      [re(String.raw`(?:throat|tongue) ${gap(2)}(?:swell\w*|swollen|closing)|throat ${gap(4)}closing|swollen (?:throat|tongue)|swelling (?:of|in) ${POSS} (?:throat|tongue)`)],
      // Lips or a face swelling after a sting or a food often comes before the throat does.
      // Only swelling that is happening or has happened: "my lips swell when I eat shellfish"
      // tells of a pattern, a question for the usual doctor.
      [
        re(String.raw`(?:lips?|face|mouth) ${gap(2)}(?:swelling|swollen|swelled|puffing|puffed)|(?:swollen|swelling (?:of|in) ${POSS}) ${gap(1)}(?:lips?|face|mouth)`),
        re(String.raw`${ALLERGY_CAUSE}|hornets?|allergic reaction|epi-?pen`),
      ],
      // Fainting or collapse after a sting or a food: anaphylaxis.
      [re(String.raw`${ALLERGY_CAUSE}|hornets?|allergic reaction`), re(String.raw`faint\w*|pass(?:ed|ing)? out|collaps\w*|light-?headed`)],
      // A throat that tightens in an allergic reaction.
      [re(String.raw`throat ${gap(2)}(?:tight\w*|closing|closed)|(?:can't|cannot|hard to) swallow`), re(String.raw`${ALLERGY_CAUSE}|allerg\w*|reaction|hives|epi-?pen`)],
    ],
  },
  {
    id: 'unresponsive',
    level: 'emergency',
    label: 'Someone unconscious, unresponsive or who cannot be woken, or a baby who is floppy or limp',
    when: [
      [re(String.raw`unconscious(?! bias| mind| thoughts?| level)|unresponsive|collapsed(?! lungs?| veins?| discs?| arch\w*| trachea| bladder| tooth| (?:the|my|his|her|their|our|your) (?!floor|ground)\w)|(?:won't|will not|doesn't|does not) wake up|(?:not|isn't|is not|wasn't|was not) waking(?: up)?|(?:(?:won't|will not) respond|(?:isn't|is not|wasn't|was not|not) (?:responding|reacting))(?! (?:at all |well )?to (?!(?:me|us|you|anyone|anything|voices?|touch|(?:his|her|their) names?|pain|shaking)\b))|(?:can't|cannot|couldn't|could not) wake (?:him|her|them|my|the)`)],
      // Not a limp in walking: "is limping", "walks with a limp".
      [YOUNG_CHILD, re(String.raw`(?:is|seems|looks|went|gone|has gone|feels|became|become) (?:very |all |completely |really |so )?(?:floppy|limp)`)],
    ],
  },
  {
    id: 'seizure',
    level: 'emergency',
    label: 'A seizure that will not stop, lasts more than five minutes, or is the first ever',
    when: [
      [re(String.raw`(?:seizure|fit|convulsion)s? ${gap(3)}(?:won't|will not|doesn't|does not|didn't|did not) stop`)],
      [re(String.raw`(?:seizure|fit|convulsion)s? ${gap(3)}(?:more than|over|longer than) (?:5|five) minutes|(?:seizure|fit|convulsion|fitting|seizing|convulsing)s?(?<!\b(?:stay|keep|get|keeping|staying|getting|physically|very|be) fits?) ${gap(6)}(?:for )?(?:(?:more than|over|longer than|about|around|nearly|almost) )?(?:[5-9]|[1-5]\d|five|six|seven|eight|nine|ten|fifteen|twenty) minutes`)],
      [re(String.raw`first (?:ever )?(?:seizure|convulsion)`)],
      // One happening now; "what to do when someone is having a seizure" asks about one.
      [re(String.raw`(?:'s|is|are|'re|am|'m) having (?:a |another )?(?:seizure|convulsion)s?(?<!\b(?:when|if|while|whenever) ${gap(2)}(?:'s|is|are|'re|am|'m) having (?:a |another )?(?:seizure|convulsion)s?)|(?:is|'s) (?:seizing|convulsing)(?! up)`)],
    ],
  },
  {
    id: 'head-injury',
    level: 'emergency',
    label: 'A blow to the head followed by vomiting, passing out, drowsiness, confusion or a seizure',
    when: [
      [
        re(String.raw`(?:hit|hits|hitting|bumped|bumps|banged|bangs|knocked|struck|smacked|whacked) ${gap(1)}(?:my|his|her|their|the|our|your) head|head (?:injury|injuries|trauma|knock|bump)|(?:fell|fallen|landed) ${gap(3)}(?:on|onto) ${POSS} head`),
        re(String.raw`${VOMIT}|passed out|pass(?:es|ing)? out|knocked out|blacked out|unconscious|lost consciousness|drows\w*|(?:very |so |really )sleepy|confus\w*|seizure|convuls\w*|(?:doesn't|does not|can't|cannot|didn't|did not) remember|memory loss|blood ${gap(2)}(?:ear|ears)|fluid ${gap(2)}(?:ear|ears|nose)`),
      ],
      [re(String.raw`knocked (?:out|unconscious)`), re(String.raw`head|rugby|football|soccer|hockey|boxing|fell|fall|tackle\w*|punch\w*`)],
      // A young child's fall, then drowsiness or vomiting: the head is the worry.
      [YOUNG_CHILD, re(String.raw`(?:fell|fallen|dropped)(?! asleep| ill| sick| pregnant| in love| behind)|(?:had|has) a (?:bad |nasty )?fall`), re(String.raw`drows\w*|(?:very|so|really) sleepy|floppy|${VOMIT}|(?:won't|will not|not) wake|passed out`)],
    ],
    // "Can a head injury cause vomiting later?" asks about one.
    unless: /\b(?:can|could|does|do|will|would|is|are) (?:a |an )?(?:head (?:injury|injuries|trauma)|hitting (?:your|the|one's) head|concussions?)\b/,
  },
  {
    id: 'eye-chemical',
    level: 'emergency',
    label: 'A chemical such as bleach, drain cleaner or cement in the eye (rinse it with water while getting help)',
    when: [[re(String.raw`(?:bleach|acid|lye|drain cleaner|oven cleaner|chemicals?|ammonia|cement|lime|alkali\w*|pepper spray|battery acid) ${gap(4)}(?:in|into) ${POSS} eyes?(?! ?drops?)`)]],
  },
  {
    id: 'heavy-bleeding',
    level: 'emergency',
    label: 'Bleeding that will not stop or is heavy, or vomiting blood',
    when: [
      [re(String.raw`(?:bleeding|blood|bleed) ${gap(2)}(?:won't|will not|doesn't|does not|can't|cannot) (?:stop|be stopped)|(?:won't|will not|doesn't|does not|can't|cannot|couldn't|could not) stop (?:the )?bleeding`)],
      [re(String.raw`bleeding (?:heavily|badly|a lot)|(?:heavy|severe|massive) bleeding|losing a lot of blood|blood (?:is )?everywhere|(?:so much|a lot of|lots of|loads of|a pool of|pools of) blood(?! tests?| pressure| sugars?| work| donations?| counts?| types?| cells?)|bleeding ${gap(2)}for (?:over |more than |about |nearly |almost )?(?:an hour|half an hour|\d+ hours|(?:[2-5]\d) minutes)|(?:spurt|gush|pump|pour)\w* (?:out )?blood|blood (?:is )?(?:spurting|gushing|pumping|pouring)`)],
      [re(String.raw`(?:${VOMIT}) ${gap(2)}blood|blood in ${POSS} vomit|(?:${VOMIT}|sick) ${gap(4)}coffee[- ]grounds?`)],
    ],
    // Heavy periods, and bleeding on contraception, are common worries for a doctor's visit;
    // bleeding in pregnancy has its own sign.
    unless: /\b(?:periods?|menstrua\w*|pregnan\w*|contracepti\w*|iud)\b/,
  },
  {
    id: 'birth-bleeding',
    level: 'emergency',
    label: 'Heavy bleeding in the weeks after giving birth',
    when: [
      [
        re(String.raw`(?:had|gave birth to|delivered) (?:my|our|the|a) (?:baby|son|daughter|twins)|(?:gave birth|giving birth|delivery|c-section|caesarean|cesarean)|after birth|postpartum|post-partum`),
        re(String.raw`soak\w* (?:through )?(?:a |one |more than one |over a )?(?:pads?|sanitary towels?|maxi ?pads?) ${gap(1)}(?:every|an|each|in an|within an|in less than an) hour|(?:big|large|huge) clots|heavy bleeding|bleeding heavily`),
      ],
    ],
  },
  {
    id: 'self-harm',
    level: 'emergency',
    label: 'Thoughts of suicide or of harming oneself. You do not have to face this alone: talk to someone now',
    when: [
      [re(String.raw`suicid\w*|(?:kill|hurt|harm|cut\w*) (?:my|him|her|them) ?sel(?:f|ves)|end(?:ing)? (?:my|his|her) (?:own )?life|end(?:ing)? it all|(?:no|don't see the|do not see the|can't see the|cannot see the|not any) point (?:in|of) (?:living|life|going on|being alive)|jump (?:off|from|in front of) (?:a |the )?(?:bridge|building|roof|cliff|train|balcony)|(?:throw|hang) (?:my|him|her|them) ?sel(?:f|ves)|(?:cut\w*|slit\w*|slash\w*) (?:${POSS} )?wrists?|tak(?:e|ing) (?:my|his|her) own life|(?:want|wanted|wanting) to die|self[- ]?harm\w*|no reason to live`)],
      [re(String.raw`(?:(?:don't|do not|doesn't|does not|didn't|did not|no longer) )?want to (?:live|be alive|go on|be here)(?: anymore| any more| any longer)|better off dead|(?:wish|wished) (?:i|he|she) (?:was|were) dead|(?:wish|wished) (?:i|he|she) (?:could|would) (?:just )?die`)],
    ],
  },
  {
    id: 'poisoning',
    level: 'emergency',
    // What to call is the advice's job, which names the operator's number; a label only names the sign.
    label: 'A possible overdose or poisoning (a poison control centre can also advise)',
    when: [
      [re(String.raw`(?:took|swallowed|taken|drank|drunk) (?:a |the |her |his |my )?(?:whole|entire|full) (?:bottle|packet|pack|box|strip|tub) of|(?:took|swallowed|taken) (?:a|the|her|his|my|half a) (?:bottle|packet|pack|box|strip|tub) of (?:\w+ )?(?:pills|tablets|capsules|paracetamol|tylenol|aspirin|ibuprofen|painkillers|antidepressants)|(?:took|taken|swallowed) all (?:of )?(?:my|his|her|their|the) (?:\w+ )?(?:pills|tablets|capsules|medicines?|medications?|meds|antidepressants|painkillers|sleeping pills|insulin) ${gap(2)}(?:at once|in one go|together|at the same time)|(?:took|taken|swallowed) (?:about |around |like |maybe |roughly |over |nearly |almost )?(?:[1-9]\d|twenty|thirty|forty|fifty|a handful of|handfuls of) (?:\w+ )?(?:pills|tablets|capsules)|overdos\w*(?<!\b(?:can|could) (?:you|i|one|someone|a person|people) overdos\w*)|took ${gap(3)}too (?:many|much)|swallow\w* ${gap(5)}(?:bleach|poison|batter(?:y|ies)|detergent|antifreeze|drain cleaner)|drank ${gap(2)}(?:bleach|antifreeze|poison|detergent)|poisoned`)],
      // A young child who got into medicine meant for someone else: even a little may be too much.
      [
        YOUNG_CHILD,
        re(String.raw`(?:drank|swallowed|ate|got into|gotten into|chewed) ${gap(6)}(?:pills|tablets|capsules|cough (?:syrup|medicine)|(?:a |the |some |his |her |my |a whole )?bottle of \w+|medicine cabinet|vitamins|gummies|dishwasher (?:liquid|tablets?|pods?|detergent)|washing(?: up)? liquid|laundry (?:pods?|detergent|capsules?|liquid)|bleach|\w* ?cleaner|nail polish remover|lamp oil|e-?cigarette liquid|vape (?:liquid|juice)|magnets?)`),
      ],
    ],
    // Asked for a school project or an essay, about no one now.
    unless: /\b(?:(?:school|college|class|uni|university|science) (?:project|assignment|essay|report)|homework|my teacher asked|for an? (?:essay|assignment))\b/,
  },
  {
    id: 'meningitis',
    level: 'emergency',
    label: 'A stiff neck with fever, or a rash that does not fade when a glass is pressed on it',
    when: [
      [re(String.raw`stiff (?:neck|necked)|neck ${gap(2)}stiff`), re(FEVER)],
      // Without a fever told: a stiff neck with light that hurts, or with a rash.
      [re(String.raw`stiff (?:neck|necked)|neck ${gap(2)}stiff`), re(String.raw`(?:light|lights) ${gap(2)}(?:hurts?|hurting|painful)|(?:can't|cannot|can not) (?:look at|stand|bear|tolerate) ${gap(1)}(?:light|lights|bright)|sensitiv\w* to (?:the )?light|photophobi\w*|rash\w*`)],
      [re(String.raw`rash ${gap(4)}(?:doesn't|does not|won't|will not|didn't|did not) fade|rash ${gap(4)}(?:doesn't|does not|won't|will not|didn't|did not) (?:go (?:away|white|pale)|disappear|blanch) ${gap(1)}(?:when|if|under) ${gap(2)}(?:press\w*|push\w*|glass)|glass test|non-?blanching`)],
      // A baby's soft spot that bulges, with a fever or drowsiness; a purple rash like bruises with a fever.
      [
        re(String.raw`(?:soft spot|fontanel\w*) ${gap(3)}(?:bulg\w*|swollen|tense|raised|puffy)|bulging (?:soft spot|fontanel\w*)`),
        re(String.raw`${FEVER}|${VOMIT}|drows\w*|floppy|high-pitched|irritable`),
      ],
      [re(String.raw`(?:purple|purplish|dark red|red-purple|blotchy|mottled) ${gap(1)}(?:rash|spots|blotches|patches)|rash ${gap(3)}like (?:bruises|bruising|pin ?pricks|blood spots)|petechia\w*`), re(String.raw`${FEVER}|(?:has|had|with|running) a (?:high )?temp(?:erature)?|unwell|floppy|drows\w*`)],
    ],
  },
  {
    id: 'testicle',
    level: 'emergency',
    label: 'Sudden, severe pain in a testicle, or one that is swollen and painful',
    when: [[re(String.raw`sudden\w* ${gap(2)}pain ${gap(1)}(?:in|of) ${POSS} (?:testicles?|scrotum|balls)|(?:testicle|testicular|scrotal) pain ${gap(2)}sudden\w*|(?:woke (?:up )?with|really bad|very bad|severe|terrible|excruciating|agonising|agonizing) ${gap(1)}pain ${gap(1)}(?:in|of) ${POSS} (?:testicles?|scrotum|balls)|(?:testicles?|testis|scrotum) ${gap(3)}(?:swollen|swelling) (?:and|&) (?:very |really |extremely |so )?(?:painful|sore|tender|hurts?|hurting)|(?:swollen|swelling),? (?:and )?(?:painful|sore|tender) (?:testicles?|testis|scrotum)|(?:painful|sore|tender),? (?:and )?swollen (?:testicles?|testis|scrotum)`)]],
  },
  {
    id: 'child-seizure',
    level: 'urgent',
    label: 'A seizure in a child, even one that has stopped',
    when: [
      [
        YOUNG_CHILD,
        re(String.raw`(?:had|has had|having|just had) (?:a |her first |his first |another )?(?:seizure|fit|convulsion|febrile seizure)s?|(?:seizure|fit|convulsion)s? ${gap(3)}(?:lasted|lasting|for)`),
      ],
    ],
    // A child known to have seizures, or one told of long ago, is for the usual doctor's plan.
    unless: /\b(?:epilep\w*|seizure disorder|anti-?seizure|anticonvulsants?|years? ago|at (?:the )?age)\b/,
  },
  {
    id: 'retina',
    level: 'urgent',
    // A torn or detaching retina: sight can be saved if it is seen the same day.
    label: 'Sudden floaters with flashes of light, or a shadow or curtain across the sight',
    when: [
      [re(String.raw`floaters?`), re(String.raw`flash\w*|flicker\w*|sparks? of light`)],
      // Flashes alone, newly seen; not the flashing lights of a migraine's aura.
      [re(String.raw`(?:sudden\w*|new|keep seeing|started seeing|been seeing|am seeing|i see|i'm seeing) ${gap(2)}(?:flash\w*|streaks?|sparks?) of light|(?:flash\w*|streaks?|sparks?) of light ${gap(4)}(?:corner|side|edge) of ${POSS} (?:eye|vision|sight)`), /^(?![\s\S]*\b(?:migraines?|auras?)\b)/],
      [re(String.raw`sudden\w* ${gap(4)}(?:dots|spots|specks|floaters|cobwebs?) ${gap(3)}(?:eye|eyes|vision|sight)|(?:a shower|showers|lots|a cloud|loads) of (?:black |dark |new )?(?:dots|spots|specks|floaters)`)],
      [re(String.raw`(?:curtain|shadow|veil|dark shade) ${gap(3)}(?:over|across|in|covering|coming down|came down) ${gap(3)}(?:vision|sight|eye)`)],
    ],
  },
  {
    id: 'high-sugar-signs',
    level: 'urgent',
    label: 'Great thirst and passing a lot of urine while losing weight (signs of a high blood sugar)',
    when: [
      [
        re(String.raw`(?:very |so |always |constantly |really |extremely )?thirsty|(?:drinking|drinks) (?:a lot|so much|loads|lots)|(?:peeing|urinating|weeing) (?:a lot|so much|all the time|constantly)`),
        re(String.raw`los(?:ing|t|es) (?:a lot of |so much |some )?weight|weight loss|getting thinner`),
      ],
    ],
  },
  {
    id: 'morning-headache',
    level: 'urgent',
    label: 'Headaches on waking that come with vomiting',
    when: [[re(String.raw`headaches? ${gap(4)}(?:morning|mornings|when (?:i|he|she|they) wakes? up|on waking|wak\w* up with)|wak\w* up with (?:a |bad |terrible )?headaches?`), re(String.raw`${VOMIT}|is sick`)]],
  },
  {
    id: 'fall-injury',
    level: 'urgent',
    label: 'A fall after which someone cannot stand, walk or put weight on a leg, a leg that looks shorter or turned out, or a bone or joint out of place',
    when: [
      [
        re(String.raw`(?:fell|fallen|tripped|slipped)(?! asleep| in love| pregnant| behind)|(?:had|has|taken|took) a (?:bad |nasty |hard )?fall`),
        re(String.raw`(?:can't|cannot|can not|couldn't|could not|unable to|won't|will not|not able to) ${gap(2)}(?:stand|walk|get up|bear weight|put (?:any )?weight|move (?:her|his|my|their) (?:leg|hip))`),
      ],
      [re(String.raw`(?:leg|foot) ${gap(3)}(?:shorter|turned out|turned outwards?|turning out|rotated out\w*)`)],
      [re(String.raw`(?:hip|bone|joint|knee|shoulder|ankle|wrist|elbow|arm|leg|finger) ${gap(3)}(?:sticking out|out of place|deformed|at a (?:strange|weird|funny|odd) angle|bent the wrong way)|bone ${gap(2)}(?:through|poking out of|sticking out of) (?:the |his |her |my )?skin`)],
    ],
  },
  {
    id: 'very-high-blood-pressure',
    level: 'urgent',
    // 180/120 is where the usual guidance says to call a doctor at once; chest pain, weakness or a
    // change in sight with it are signs of their own above. The text reaches the patterns with its
    // slashes as spaces: "180/110" reads "180 110".
    label: 'A blood pressure reading of 180 over 120 or higher',
    when: [
      [re(String.raw`(?:blood pressure|bp) ${gap(6)}(?:1[89]\d|2\d\d) (?:over )?\d{2,3}|(?:blood pressure|bp) ${gap(6)}\d{2,3} (?:over )?1[2-9]\d|(?:1[89]\d|2\d\d) (?:over )?\d{2,3} ${gap(6)}(?:blood pressure|bp)`)],
      // The top number alone: "my blood pressure was 200 this morning".
      [re(String.raw`(?:blood pressure|bp|systolic) (?:is |was |of |reading |read |at |reached |hit |went (?:up )?to |has been |keeps )*(?:1[89]\d|2\d\d)(?! (?:mg|mgs|milligrams|pounds|lbs|kg|days|times|patients|people))`)],
    ],
  },
  {
    id: 'infant-fever',
    level: 'urgent',
    label: 'A fever in a baby under three months old',
    when: [
      [re(String.raw`newborn|(?:\d|1[0-2]|one|two|three|four|five|six)[ -](?:weeks?|days?)[ -]old|(?:1|2|one|two)[ -]months?[ -]old`), re(String.raw`${FEVER}|temp(?:erature)? (?:is |was |of |reached |hit |at |has been )*(?:3[89](?:\.\d)?|4[01]|10[0-4](?:\.\d)?)|feels? (?:very |really |so )?hot|burning up|hot to (?:the )?touch`)],
    ],
  },
  {
    id: 'infant-dehydration',
    level: 'urgent',
    label: 'A baby or young child with a sunken soft spot, no wet nappies for many hours, or very sleepy and not drinking',
    when: [
      [re(String.raw`(?:soft spot|fontanel\w*) ${gap(3)}(?:sunken|sunk|sinking|caved in|dipped)|sunken (?:soft spot|fontanel\w*)`)],
      [BABY_OR_CHILD, re(String.raw`(?:no|not (?:had )?(?:a|any)|hasn't had (?:a|any)|has not had (?:a|any)|without (?:a|any)) wet (?:diapers?|nappies|nappy)|(?:diapers?|nappies|nappy) ${gap(2)}(?:dry|not wet)`)],
      [
        BABY_OR_CHILD,
        re(String.raw`(?:very|so|really|too) (?:sleepy|drowsy|lethargic)|lethargic|floppy|hard to wake`),
        re(String.raw`(?:won't|will not|isn't|is not|not|refus\w*|stopped) (?:to )?(?:drink\w*|feed\w*|eat\w*|tak\w* (?:the |her |his |any )?(?:bottle|breast|fluids?))`),
      ],
    ],
  },
  {
    id: 'pregnancy',
    level: 'urgent',
    label: 'Bleeding, severe pain or headache, swelling of the face or hands, blurred vision, leaking fluid or a baby moving less during pregnancy',
    when: [
      [re(String.raw`pregnan\w*`), re(String.raw`bleed\w*|spotting`)],
      [re(String.raw`pregnan\w*`), re(String.raw`severe ${gap(2)}(?:pain|headache|cramp\w*)|leaking fluid|waters? (?:have |has )?(?:broke|broken|breaking|gone|went)|waters? ${gap(3)}(?:green|brown)`)],
      // Waters breaking need a call to the maternity unit whether or not "pregnant" is said.
      [re(String.raw`(?:my|her|wife's|partner's) waters? (?:just |has |have |had |might have |may have |think )?(?:broke|broken|breaking|leaking)`)],
      // Pre-eclampsia's warning signs: swollen feet alone are common late in pregnancy, a swollen
      // face or hands, a change in sight, or swelling with a headache are not.
      [re(String.raw`pregnan\w*`), re(String.raw`(?:face|hands|fingers|eyes) ${gap(3)}(?:swollen|swelling|puffy|puffed)|(?:swollen|swelling (?:of|in) ${POSS}|puffy) ${gap(1)}(?:face|hands|fingers)`)],
      [re(String.raw`pregnan\w*`), re(String.raw`(?:blurr\w*|blurry|double|dim\w*|spotty) (?:vision|sight|eyesight)|(?:vision|sight|eyesight) ${gap(2)}(?:blurr\w*|blurry|dim\w*)|(?:flashing|flashes of) lights?|seeing (?:spots|stars|flashes)`)],
      [re(String.raw`pregnan\w*`), re(String.raw`swollen|swelling|puffy`), re(String.raw`headaches?`)],
      [re(String.raw`(?:baby|fetal|foetal|fetus|foetus) ${gap(2)}(?:moving less|stopped moving|not moving|moves less|movements? (?:have )?(?:slowed|stopped|reduced))|reduced (?:fetal|foetal|baby) movements?`)],
      [re(String.raw`pregnan\w*|(?:[2-4]\d) weeks(?! old| ago)`), re(String.raw`(?:baby|he|she) (?:hasn't|has not|haven't|hasn't been|has not been|isn't|is not) ${gap(1)}(?:moved|moving|kicked|kicking)|(?:stopped|stop) (?:kicking|moving)|no (?:kicks|movements?) ${gap(2)}(?:today|since|all day)`)],
    ],
  },
  {
    id: 'black-stools',
    level: 'urgent',
    label: 'Black, tarry stools, coughing up blood, or blood from the bowel with dizziness or fainting',
    when: [
      [re(String.raw`(?:black|tarry|tar-like|tar like) ${gap(2)}(?:stools?|poo|poop|bowel movements?|feces|faeces)|(?:stools?|poo|poop|feces|faeces) ${gap(3)}(?:black|tarry|like tar)`)],
      [re(String.raw`cough\w* ${gap(2)}blood`)],
      [
        re(String.raw`blood (?:in|on) ${POSS} (?:stools?|poo|poop|feces|faeces|bowel movements?)|bloody (?:stools?|poo|poop|diarrh\w*)|(?:rectal|rectum) bleeding|bleeding from ${POSS} (?:rectum|bottom|back passage)`),
        re(String.raw`dizz\w*|faint\w*|light-?headed\w*|passed out|pass out|black(?:ed)? out`),
      ],
    ],
  },
  ...BODY_SIGNS,
];
