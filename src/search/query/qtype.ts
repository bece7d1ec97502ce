import { SEEK_CARE } from '../text/care-cues.js';
import { FAMILY_THEN_ME, GENE_CARRIER, INHERITANCE_ASKS } from '../text/inheritance-cues.js';
import { HEALING_TIME, OUTLOOK_ASKS } from '../text/outlook-cues.js';
import { SURGERY_TOLD as SURGERY_TOLD_CUE, TREATMENT_REQUESTS } from '../text/treatment-cues.js';

/**
 * Getting an infection from a way it might pass: "can you get herpes from a toilet seat". Only
 * such ways are read: "get vitamin D from the sun" asks no cause, and "got it from my mother" may
 * be heredity, not contagion. The gap admits a name the everyday phrases added in brackets.
 */
const CAUGHT_FROM = String.raw`(?:get|gets|got|getting|gotten|pick(?:ed)? up) (?!pregnant\b)(?:[\w'()-]+ ){1,5}from (?:a |an |the |my |his |her |your |their |someone'?s? |other |sharing |using |kissing |touching )?(?:toilets?|toilet seats?|kiss(?:ing|es)?|sex|oral sex|intercourse|shar(?:ing|ed)|towels?|cups?|glass(?:es)?|utensils?|razors?|needles?|(?:swimming )?pools?|hot tubs?|partners?|boyfriends?|girlfriends?|husbands?|wife|wives|someone|somebody|another person|other people|strangers?|dogs?|cats?|pets?|animals?|mosquito(?:e?s)?|ticks?|saliva|touching|hugging|shaking hands|door ?knobs?|gyms?|locker rooms?|school|day ?care|classmates?)`;

/** What an interaction question asks: a medicine leaflet answers it under precautions, having no interactions section. */
export const INTERACTION_TYPES: readonly string[] = ['interactions with medications', 'precautions'];

/**
 * "Is psoriasis genetic?" asks whether it runs in families, which a page tells under inheritance;
 * the genes involved are asked in other words ("what gene causes it", "genetic changes").
 */
const IS_GENETIC = String.raw`(is|are|was|were) (it|this|that|they|[a-z'-]+( [a-z'-]+){0,3}) (partly |mostly |purely |always )?genetic(ally inherited)?(?! (tests?|testing|counsel\w*|changes?|causes?|basis|mutations?|disorders?|conditions?|diseases?|syndromes?|makeup|factors?))`;

/**
 * Question-type detection from cue words, mapped onto MedQuAD's qtype labels so that answers
 * of the asked-for kind can be preferred. Reads the raw text: the cues are mostly question
 * words and verbs that the analyser drops or stems. A question may ask several things.
 */
const CUES: readonly (readonly [RegExp, readonly string[]])[] = [
  // First: "what should I do if I miss a dose of my pill" asks what to do about the dose missed,
  // not for a treatment, nor the dosage; a leaflet answers it in its own section. A missed period
  // is no missed pill.
  [/\b((miss(ed|ing)?|forg(o|e)t(ten)?( to take)?|skip(ped|ping)?) (a |an |my |one |the |two |her |his )?(?!periods?\b)([a-z-]+ ){0,2}(doses?|pills?)|forg(o|e)t(ten)? to take)\b/, ['forget a dose']],
  // Before treatment: "What kind of doctor treats lupus?" asks whom to see, which MedQuAD answers
  // only in "Do I need to see a doctor for X?"; the treatments page found before names no doctor.
  [/\b((what|which) (kind|type|sort) of (a )?(doctor|specialist|physician|provider)s?|(what|which) (doctor|specialist)s?|who (should|do|can) (i|we|he|she|they) see|(see|find|consult|visit) (a |an |the )?(specialist|\w+ologist)s?)\b/, ['when to contact a medical professional']],
  [new RegExp(String.raw`\b(${HEALING_TIME})\b`), ['outlook']],
  // Before treatment: "is there anything new for scleroderma?" asks what research is being done.
  // "The latest treatments" do not: they are still the treatments (tuning set J grades them so).
  [/\b((new|newer|newest|latest|upcoming|recent) (research|studies|trials?)|anything new|in the pipeline|breakthroughs?|being (researched|studied|developed)|close to (a |finding a )?cure|(research|studies|trials?) (on|into|for|of) (new|novel|experimental|better|future) (treatments?|therapies|drugs|medicines|cures?)|new (treatments?|therapies|drugs|medicines) (being )?(developed|tested|studied|in development))\b/, ['research']],
  // Before treatment: what keeps coming back asks how to stop it coming back ("I keep getting
  // cold sores, how do I stop them?").
  [/\b(keep|keeps) (getting|having|catching) [^.?!]{1,60}\b(how (do|can|to|should) (i|we|you|he|she)? ?(stop|prevent|avoid)|stop (them|it|these|this|those) (from )?(coming back|happening))\b/, ['prevention', 'treatment']],
  // A treatment had ("finished treatment", "I was treated with antibiotics") asks none.
  [new RegExp(String.raw`\b((?<!\b(finished|completed|done with|ended|ending) (my |his |her |their |the |our )?)(?<!\b(was|were|been|got|already|previously|successfully) )(?<!\b(not|never|without|isn'?t|aren'?t|wasn'?t|weren'?t|doesn'?t|don'?t|didn'?t|left|go|goes|went|gone) (be |been |being |getting |get )?)treat(s|ed|ing|ment|ments)?|cure[sd]?|curing|therap(y|ies)|remed(y|ies)|heal(ed|ing)?|manag(e|ed|es|ing|ement)|surgery|operation|(medications?|medicines?|drugs?|pills?|devices?) (for|to|that|which|helps?|can|could|will)|what helps|helps? with|what (can|should) (i|we) do(?! to (prevent|avoid|lower (my|the|our) risk|reduce (my|the|our) risk|stop (it|this|them) (from )?(happening|coming back)))|what to do|what do (i|we) do (now|about (it|this|that))|anything (that )?(helps?|will help|(i|we) can do)|what (can|could|might|would|will) help|what (can|should|could) (i|we|he|she|you) (take|use|give)( (for|besides|other than|instead|to)|(?= ?[?.,!]| *$))|what (?!(time|dose|days?|age|amount|else)\b)[a-z-]+( [a-z-]+)? (can|should|could) (i|we|he|she|you) (take|use|give|try)\b(?! (it|this|them|that)\b)|what else (can|could|should) (i|we) do|(do|does) (i|we|you|he|she|they|my \w+) (really |still |even )?need (a |an |the |to take |to be on |to start )?(statins?|blood thinners?|pills?|medicines?|medications?|meds|insulin|surgery|an operation|antibiotics?|treatment|a pacemaker|a stent)|${TREATMENT_REQUESTS})\b`), ['treatment']],
  // Before "causes": "what gene causes X" asks for the genetic change, not the causes page.
  [/\b((genes?|genetic|mutations?|chromosom(e|es|al)) (that )?(caus\w*|chang\w*|behind|involved|responsible)|genetic (cause|basis)|genetics)\b/, ['genetic changes']],
  // "Does caffeine make you lose calcium?", "is gout from eating too much meat?" ask whether one
  // thing causes another.
  [/\b(caus(e|es|ed|ing)|why (do|does|did|am|is|are)|reasons?|trigger(s|ed)?|leads? to|what (could|might|can) (it|this|that) be|(does|do|did|can|could|will|would) (?!(it|this|that|anything|something)\b)[a-z'-]+( [a-z'-]+){0,3} make (you|me|him|her|them|us|people|someone|a person|your|my|his)\b(?! ?(feel )?better\b)|(is|are|was|were|could|can) ([a-z'-]+ ){1,4}(from|due to) (eating|drinking|too much|too little|not enough|lack of|stress|smoking|being))\b/, ['causes']],
  // How an infection passes between people: MedlinePlus tells it in the causes section.
  [new RegExp(String.raw`\b(contagious|infectious|catch(ing)? .{1,40}\bfrom|(is|are|was|were) ([a-z'-]+ ){0,5}catching\b(?! (my|his|her|your|their|our|a|the) (breath|eye|balls?|fish|bus|train|flight|plane))|how (is|are|does|do) .{1,40} (spread|transmitted|caught|passed)|transmit(s|ted)?|transmission|${CAUGHT_FROM})\b`), ['causes']],
  // Before symptoms: "which symptoms of a stroke need emergency care?" asks when to get help.
  [new RegExp(String.raw`\b((see|call|contact|visit|consult) (a |my |the |your )?(doctor|physician|gp)|${SEEK_CARE}|when to worry|an emergency)\b`), ['when to contact a medical professional']],
  // "Will it hurt the baby" asks harm, not pain.
  [/\b(symptoms?|signs?|feel(s|ing)?|pain(ful)?|hurts?(?! (the |my |your |her |his |our |a |an )?(unborn )?(bab(y|ies)|fetus|child|kids?))|(how (do|can|would|will) (i|you) know|do i have|could i have)|how (do|can|would|will) (i|you|we) tell (if|whether))\b/, ['symptoms']],
  // A genetic test asks about heredity and the gene as much as about the test: "should I get
  // genetic testing, my mom had Huntington's", "carrier screening for Tay-Sachs".
  [/\b(genetic (tests?|testing|screening|counsel\w*)|gene tests?|tested for the [a-z0-9-]+ genes?|carrier (screening|testing|tests?))\b/, ['exams and tests', 'inheritance', 'genetic changes']],
  [/\b(diagnos\w*|tests?|testing|tested|(found|detected|picked up|caught) (early|before)|exams?|examination|screen(ing|ed)?|detect(ed)?|results?|levels?|tell if (i|you|he|she|they) (have|has))\b/, ['exams and tests']],
  // A vaccine asked about ("HPV vaccine side effects", "what is the Tdap shot") asks no prevention;
  // one asked for a disease, or being vaccinated, does.
  [/\b(prevent(ed|ing|ion)?|avoid(ed|ing)?|protect|(vaccines?|vaccinations?|immuni[sz]ations?|shots?) (for|against|to prevent)|is there (a|any) vaccines?|(get|gets|getting|got|be|been|being) vaccinated|vaccinat(e|ed|ing|ion) (against|for)|keep (me|you|him|her|us|them|myself|yourself) from (getting|catching)|stop (it|this|them) from (spreading|coming back|happening))\b/, ['prevention']],
  [new RegExp(String.raw`\b(prognosis|outlook|(life )?expectancy|life span|lifespan|surviv(e|al)|recover(y)?|(?<!\b(won'?t|wont|doesn'?t|does not|will not|isn'?t|not|never|didn'?t|did not|hasn'?t|has not|haven'?t|just) )go away|get over|getting over|curable|fatal|deadly|die|dying|(can|could|will|would|does|do|might) (?!(he|she|i|we|you|they|him|her|it|this|that)\b)[a-z'-]+( [a-z'-]+)? (ever )?(come back|recur)|long[- ]term|how long (can|will|would|do|does|did|is|are) .{1,60}\b(live|last)s?|what (should|can|do|will) (i|we|they) expect|${OUTLOOK_ASKS})\b`), ['outlook']],
  // The risks of a procedure are its complications, not who is at risk.
  [/\brisks? (of|from|with) (the |these |this |an? |my |his |her |their )?([a-z-]+ )?(injections?|shots?|surger(y|ies)|operations?|procedures?|an(a)?esthesia|implants?|transplants?|biops(y|ies)|epidurals?|c-sections?|caesareans?|cesareans?|punctures?|taps?|scans?|mri|ct|colonoscop(y|ies)|endoscop(y|ies)|x-?rays?|angiograms?|angiography|catheteri[sz]ations?|mammograms?)\b/, ['complications']],
  [/\b(risks?|who gets|susceptib(le|ility)|chances?|likely to (get|develop|have))\b/, ['susceptibility']],
  [new RegExp(String.raw`\b(inherit(ed|ance)?|heredit(ary|y)|pass(ed)? (it )?(on|down)|pass(ed|es)? .{1,80} to (my |our |her |his |their )?(kids?|child(ren)?|bab(y|ies)|sons?|daughters?)|runs? in (the |my )?famil(y|ies)|${GENE_CARRIER}|${IS_GENETIC}|${FAMILY_THEN_ME}|${INHERITANCE_ASKS})\b`), ['inheritance']],
  [/\b(genes?|genetic|mutations?|chromosomes?|dna)\b/, ['genetic changes']],
  [/\b(how (common|many|rare)|prevalence|incidence|frequency|how often (does|do) .{1,80} (occur|happen)|is .{1,80} (common|rare)\?)/, ['frequency']],
  [/\b(side ?effects?|adverse|reactions?|allerg(y|ic)|bad for|harmful)\b/, ['side effects', 'severe reaction']],
  [/\b(dos(e|es|age|ing)|how much|how many (mg|pills|tablets)|mg|milligrams?|how (to|do i|should i|do you|should you|can i) (take|use|apply)|how (should|do|is|are) .{1,40} (be )?(taken|used|applied|given)|(take|taking|use|using) .{1,40}(every day|daily|long[- ]term)|can (i|you|we) (use|apply|put)|when (should|do|can) (i|you|we) (take|use|apply)(?! (him|her|them|me|us|my|our|his|their|the (baby|child|kids?))\b)|time (of (the )?day )?to (take|use)|how often (can|should|do|may|must) (i|you|we|he|she) (take|use|give|apply)(?! (him|her|them|me|us|my|our|his|their|the (baby|child|kids?))\b)|on an empty stomach|(crush(ed|ing)?|cut(ting)?|split(ting)?|chew(ed|ing)?|break(ing)?|open(ing)?) (up )?(my |the |a |an |his |her )?([a-z-]+ ){0,3}(tablets?|pills?|capsules?)|(stop|stopping|quit|quitting) (taking|using)|com(e|ing) off|take( .{1,40})? to (start )?work|kick in|start(s)? working)\b/, ['usage', 'dose']],
  [/\b(stor(e|ed|age|ing)|expir(e|ed|ation)|temperature|dispos(e|al)|refrigerat(e|or))\b/, ['storage and disposal']],
  [/\b(interact(s|ion|ions)?|together|at the same time|combin(e|ed|ing)|mix(ed|ing)?|alcohol|with other (drugs|medications))\b/, INTERACTION_TYPES],
  [/\b(overdose|too much|took (two|extra|double)|antidotes?|reversal agents?)\b/, ['emergency or overdose']],
  [/\b(brand|generic|manufactur(er|ed))\b/, ['brand names', 'brand names of combination products']],
  [/\b(used for|use(d)? to treat|prescribed for|indications?|what is it for)\b/, ['indication']],
  [/\b(complications?|lead to|damage|what (happens|will happen|would happen|could happen)( to [a-z' ]{1,30})? if .{0,40}\b(not|never|doesn'?t|don'?t|isn'?t|aren'?t|won'?t|untreated)|untreated|left alone|without (any )?treatment|(not|never|n'?t) (be |been |being |get |getting )?treated)\b/, ['complications']],
  [/\b(contraindicat(ed|ion)|safe (to|for|during)|addict(ive|ion)|habit[- ]forming|pregnan(t|cy)|breast ?feed(ing)?|warnings?|precautions?|is .{1,60} safe\b)/, ['precautions', 'contraindication']],
  [/\b(eat|diet(ary)?|food|foods|drink)\b/, ['dietary']],
  [/\b(clinical trials?|research|studies|study)\b/, ['research']],
  // "Where can I find information and support about Prader-Willi syndrome?"; not life or lumbar support.
  [/\b(support groups?|organi[sz]ations?|find support|(information|info|help|resources?) and support|support and (information|resources?|help)|support (for|to) (people|families|parents|patients|caregivers|carers|those))\b/, ['support groups']],
  [/\b(how does (it|this) work|mechanism)\b/, ['how does it work']],
  [/\b(stages?|staging)\b/, ['stages']],
  [/\b(what (is|are)|information|tell me about|explain|mean(s|ing)?|define|definition)\b/, ['information']],
];

/**
 * Telling of a diagnosis already made, which asks nothing about how one is made: "I was
 * diagnosed with lupus, what is the outlook?", "life expectancy after a diagnosis of ALS".
 */
const DIAGNOSIS_TOLD =
  /\b((was|were|been|got|get|am|is|are|be|being|recently|newly|just|first|finally) diagnosed|diagnosed (with|as|at|in(?! (kids|children|child|babies|infants|toddlers|teens|teenagers|adults|women|men|boys|girls|older|the elderly|elderly|young|dogs|pregnancy|pregnant)\b)|last|since|about|\d)|(after|since|at|upon|following) (a |an |the |my |his |her |their |your |our |this |that )?(diagnosis|being diagnosed))\b/g;
/**
 * Telling of signs already seen, which asks nothing about what the signs are: "my mom is showing
 * signs of ALS, is it hereditary?", "I have symptoms of the flu, how long will it last?".
 */
const SYMPTOMS_TOLD =
  /\b((start(ed|ing)? )?(showing|shows|showed|displaying|exhibiting) |(?<!\b(do|does|did|could|can|would|might) \w+ )(has|have|had|having) (had |been having )?)(some |early |mild |all the |the |many |several )?(signs?|symptoms?)\b/g;
/**
 * A result already had, which asks nothing about testing: "my son tested positive for strep, how
 * long is he contagious?", "the test came back positive for mono". A false positive is a test's
 * question and stays.
 */
const RESULT_TOLD =
  /\b((tested|tests? (was|were|is|are|came back|come back)|results? (was|were|is|are|came back)|came back) (as )?(positive|negative)|(?<!false )positive (for|test)|screened positive)\b/g;
const SURGERY_TOLD = new RegExp(String.raw`\b(${SURGERY_TOLD_CUE})\b`, 'g');
/** A screen one looks at is no screening test: "could it be my computer screen?" */
const DEVICE_SCREEN = /\b((computer|phone|cell ?phone|smart ?phone|tv|television|laptop|tablet|ipad|monitor|sun) screens?|screen time)\b/g;
const EXAMS = 'exams and tests';
const SYMPTOMS = 'symptoms';
const TREATMENT = 'treatment';

/**
 * MedQuAD qtypes the text asks about, without repeats, in the order of the cue table: the table
 * is a priority (a question mentioning treatment and symptoms usually asks for treatment).
 * Ordering by where the cue appears in the text instead scored worse on the tuning sets
 * (objective 0.7045 against 0.7206, bench/liveqa-tune.ts).
 */
export function detectQuestionTypes(text: string): string[] {
  return readQuestionTypes(text).types;
}

/**
 * The types, and how many of the first come from the first cue that matched. One cue names every
 * qtype MedQuAD files that question under: "can I drink alcohol with it" is an interaction
 * question, and a medicine leaflet answers it in its "precautions" section, having no
 * "interactions with medications" one.
 */
export function readQuestionTypes(text: string): { types: string[]; first: number } {
  const lower = text.toLowerCase().slice(0, 4000);
  const untold = lower.replace(DIAGNOSIS_TOLD, ' ').replace(RESULT_TOLD, ' ').replace(DEVICE_SCREEN, ' ');
  const unseen = lower.replace(SYMPTOMS_TOLD, ' ');
  const unoperated = lower.replace(SURGERY_TOLD, ' ');
  const out: string[] = [];
  let first = 0;
  for (const [re, types] of CUES) {
    if (!re.test(types[0] === EXAMS ? untold : types[0] === SYMPTOMS ? unseen : types[0] === TREATMENT ? unoperated : lower)) continue;
    for (const t of types) if (!out.includes(t)) out.push(t);
    if (first === 0) first = out.length;
  }
  return { types: out, first };
}
