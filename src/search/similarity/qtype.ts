/**
 * Question TYPE: what kind of answer a question wants (treatment, cause, …), independent of its
 * focus (the disease/drug/test). Entailment needs the FAQ's type to be something the consumer
 * asks for: "How is lupus treated?" answers "lupus … I want to know about its treatment" but
 * "What causes lupus?" does not, though both share every focus word.
 *
 * Cue patterns are hand-written from MedQuAD's qtype inventory and consumer phrasing; they run
 * on lower-cased raw text (not stems) because phrases ("get rid of", "who gets") matter.
 * A consumer question can ask several things, so types are a set. Narrative phrases that only
 * look like a request ("I was diagnosed with…") are removed before matching.
 */

import { SEEK_CARE } from '../text/care-cues.js';
import { FAMILY_THEN_ME, INHERITANCE_ASKS } from '../text/inheritance-cues.js';
import { OUTLOOK_ASKS } from '../text/outlook-cues.js';
import { SURGERY_TOLD, TREATMENT_REQUESTS } from '../text/treatment-cues.js';

export const QTYPES = [
  'treatment',
  'cause',
  'symptoms',
  'diagnosis',
  'prognosis',
  'prevention',
  'susceptibility',
  'genetics',
  'sideEffects',
  'dosage',
  'interaction',
  'provider',
  'resources',
  'research',
  'association',
] as const;
export type QType = (typeof QTYPES)[number];

const CUES: Record<QType, RegExp> = {
  treatment:
    new RegExp(String.raw`\b(treat\w*|therap\w*|cur(e|es|ed|ing|able)|remed\w*|medication\w*|medicines?|drugs?|surger\w*|surgical|operat\w*|procedures?|${TREATMENT_REQUESTS}|heal\w*|reliev\w*|relief|manag\w*|options?|solutions?|remov\w*|correct\w*|rehab\w*|physiotherap\w*|overcome|fix|pills?|antibiotics?|what (can|should|do) (i|we|he|she) do|what to do|how (can|do) (i|we) (stop|help)|help (for|with|me)|please help|best way|assist\w*|solve|reduc(e|ed|ing)|lower(ing)?|lose|get (it|them) out|what (can|should) be done)\b`),
  // How an infection passes between people: MedlinePlus tells it in the causes section, as the
  // boosts' detector reads it (`query/qtype.ts`); "How is scabies spread?" found the overview.
  cause: /\b(caus\w*|why|reasons?|trigger\w*|how (do|did|does|can|could) (i|you|one|someone|a person|she|he|a woman|a man|people) (get|catch|develop|contract)|catch\w*|contract(ed)?|etiolog\w*|where does it come from|contagious|transmi(t|ts|tted|ssion)|how (is|are|does|do) .{1,40} (spread|passed))\b/,
  // "How do I know if I have a UTI?" asks its signs as much as its tests, as the boosts read it;
  // "how do you know if ST elevation is abnormal", a clinician's, asks only the test.
  symptoms: /\b(symptoms?|signs?|feel like|look like|manifest\w*|what happens|how (do|can|would|will) i (know|tell))\b/,
  diagnosis: /\b(diagnos\w*|tests?|testing|tested|detect\w*|screen\w*|exams?|examination|scans?|found|find out|biops\w*|mri|x-?rays?|check(ed)? for|how (do|can) (i|you) (know|tell))\b/,
  prognosis:
    new RegExp(String.raw`\b(outlook|prognos\w*|life expectancy|expectanc\w*|surviv\w*|go(es)? away|get(s)? better|get(ting)? over|recover\w*|long[- ]term|future|progress\w*|fatal|die|death|how long|chances?|worse|curable|be cured|follow[- ]ups?|success rate|${OUTLOOK_ASKS})\b`),
  prevention: /\b(prevent\w*|avoid\w*|protect\w*|reduce (the |my )?risk|vaccin\w*|immuni[sz]\w*)\b/,
  susceptibility: /\b(who (gets|is at risk|can get|is affected|develops)|at risk|risk factors?|how (many|common|rare)|(more|most) likely to (get|develop|have)|prevalen\w*|incidence|get(s)? it from|contagious|spread\w*)\b/,
  genetics: new RegExp(String.raw`\b(inherit\w*|genetic\w*|genes?|heredit\w*|familial|family history|run(s)? in (the |my )?famil\w*|passed (down|on)|genetic (tests?|testing|screening)|${FAMILY_THEN_ME}|${INHERITANCE_ASKS})\b`),
  sideEffects: /\b(side[- ]?effects?|adverse|harm\w*|safe(ty)?|danger\w*|complications?|toxic\w*|effects?|reactions?|overdose|problems? (with|from|after))\b/,
  dosage: /\b(dos(e|es|age|ing)|how (much|often) (should|to|do|can)|how much [a-z0-9 -]{1,30}((should|can|do|may) (i|you|we|he|she|they) (take|give|use)|to (take|give|use))|how to (take|use)|mg|milligrams?|iu|iu's|ius)\b/,
  interaction: /\b(interact\w*|together with|combin\w*|mix\w*|along with)\b/,
  provider: new RegExp(String.raw`\b(specialists?|which doctor|what (type|kind) of doctor|see a doctor|find (a )?doctors?|best doctors?|physicians?|hospitals?|clinics?|experts?|where (can|do|should) (i|we) go|${SEEK_CARE})\b`),
  resources: /\b(support groups?|organi[sz]ations?|resources?|(information|info|help) and support|support and (information|help)|support (for|to) (people|families|parents|patients|caregivers|carers|those)|where can i find|literature|brochures?|materials?|contacts?|additional information|learn more)\b/,
  research: /\b(research\w*|stud(y|ies)|trials?|latest|recent|new (treatment|drug|therap)\w*|experimental|advances?|developments?|investigat\w*)\b/,
  association: /\b(associat\w*|link(ed|s)?|relat(ed|ion|ionship)|connect\w*|correlat\w*|co-?exist\w*)\b/,
};

/** Requests for general information: "What is X?", "information about X", "tell me about X". */
const INFO = /\b(what (is|are)( an?)? (?!the\b)|information|info\b|know (more )?about|learn about|tell me about|explain|details about|overview|facts? about|do you have)\b/;

/**
 * Narrative phrases that contain cue words but ask nothing ("I was diagnosed with", "I take
 * medicines"); "should I take" asks.
 */
const NARRATIVE = new RegExp(
  String.raw`\b((was|been|were|got|am|is|are|be|recently|newly|just|being) diagnosed|diagnosed with|(?<!\b(should|can|could|may|must|do|does|to) )(i|he|she|we) (take|took|am taking|have taken|use|used)|treated with|on medication|after (the )?treatment|${SURGERY_TOLD}|(i|we|he|she|they) (just |recently |then )?found out)\b`,
  'g',
);

/**
 * What an illness left untreated does: "what happens if sleep apnea isn't treated?" asks its
 * complications, though "treated" is a treatment word and "what happens" a symptoms one.
 */
const UNTREATED =
  /\bwhat (happens|will happen|would happen|could happen)( to [a-z' ]{1,30})? if [^.?!]{0,60}?(\bnot|\bnever|n't|\bisnt|\barent|\bdoesnt|\bdont|\bwont|\buntreated)\b[^.?!]*|(\bleft untreated|\buntreated|\bwithout (any )?treatment|(\bnot|\bnever|n't) (be |been |being |get |getting )?treated)\b/g;

const SAFE_AMOUNT = /\bhow (much|many)\b([^.?!]{0,50}?)\bsafe(ly)?\b/g;

export interface QuestionTypes {
  types: Set<QType>;
  /** Asks for general information about the focus. */
  info: boolean;
}

export function questionTypes(text: string): QuestionTypes {
  const t = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(NARRATIVE, ' ')
    // "How much Tylenol is safe in a day?" asks the dose: its "safe" asks no question about harm,
    // nor does "how many pills are safe" ask how common anything is (hence "how much" for both).
    .replace(SAFE_AMOUNT, 'how much$2 dose')
    .replace(UNTREATED, ' complications ');
  const types = new Set<QType>();
  for (const q of QTYPES) if (CUES[q].test(t)) types.add(q);
  return { types, info: INFO.test(t) };
}

/**
 * What a consumer's question asks, as an FAQ would answer it. Heredity is one of a condition's
 * causes: MedQuAD has an inheritance page only for genetic conditions, and for a common one
 * ("Is depression hereditary?") family history is told in its causes section, so a causes FAQ
 * answers the question in part.
 */
export function askedTypes(text: string): QuestionTypes {
  const q = questionTypes(text);
  if (q.types.has('genetics')) q.types.add('cause');
  return q;
}

/**
 * Types of an FAQ, read from its question form. An FAQ with no specific type ("What is lupus?")
 * is the generic question: it answers only an information need. "What are the treatments" is a
 * treatment question even though it starts with "What are", hence `info` only when no type.
 */
export function faqTypes(text: string): QuestionTypes {
  const lower = text.toLowerCase();
  // "What should I do if I forget a dose of X?" asks what to do about a dose, not about treatment.
  if (FORGOTTEN_DOSE.test(lower)) return { types: new Set<QType>(['dosage']), info: false };
  // Nor does "What to do in case of emergency or overdose of X?" ask how X treats anything.
  if (OVERDOSE.test(lower)) return { types: new Set<QType>(['sideEffects']), info: false };
  // "What are the brand names of combination products of X?" lists names; "combination" asks no interaction.
  if (BRAND_NAMES.test(lower)) return { types: new Set<QType>(), info: false };
  // FAQ narratives do not exist; but an FAQ like "Prescription weight-loss drugs: can they help you?"
  // names a drug as its focus — "drugs" then means treatment, which is what it answers.
  const q = questionTypes(text);
  // A leaflet tells which medicines and drinks not to take with it in its precautions, having no
  // interactions section: "can I take ibuprofen after drinking alcohol?" is answered there.
  if (PRECAUTIONS.test(lower)) q.types.add('interaction');
  return { types: q.types, info: q.types.size === 0 && !LEAFLET_SECTION.test(lower) };
}

const FORGOTTEN_DOSE = /\b(forg[eo]t|miss(ed)?) (a|my|the) doses?\b/;
const OVERDOSE = /\bwhat to do in case of (an )?(emergency|overdose)\b/;
const BRAND_NAMES = /\bwhat are the brand names of\b/;
const PRECAUTIONS = /\bsafety concerns or special precautions about\b/;

/**
 * Sections of a medicine leaflet asked as "What … should I know about X?": they are no overview of
 * X. "What other information should I know about Baclofen Oral?" holds the leaflet's closing advice
 * (keep your appointments, do not share the medicine), which answers nobody's question; read as a
 * request for general information it was entailed by most questions naming the medicine.
 */
const LEAFLET_SECTION = /\b(other information|storage and disposal|important warning|brand names|dietary instructions)\b/;

/** Words that express the question type, removed when extracting an FAQ's focus. */
export const TYPE_WORDS = new Set(
  (
    'treat therapy therapi cure cur remedy medication medicin drug surgery option avail solution manag help best main way ' +
    'caus reason trigger symptom sign diagnos test detect screen exam found outlook prognosis long term expectancy surviv ' +
    'recovery recover prevent avoid risk factor who common inherit genetic gen hereditary side effect complication danger ' +
    'harm safe dose dosage interact research study trial latest new learn information additional find support group ' +
    'associat link relat rid get better go away happen type kind different form specialist doctor health care provider ' +
    'appropriate use used work people person affect many available availabl peopl appropriat'
  ).split(' '),
);
