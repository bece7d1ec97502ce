import { words } from '../text/analyze.js';
import { CAUSING_VERB, causingVerbAfter } from './causal.js';
import type { FocusMatch } from './focus.js';
import type { UnderstoodQuery } from './understand.js';

/**
 * "Can Zoloft cause chest pain?", "does prednisone raise blood sugar", "could her Dilacor do it":
 * a medicine that is the subject of a verb of causing (`causal.ts`) asks for the medicine's side
 * effects. The cue table reads "cause" as a question about the causes of the complaint, which
 * would prefer "What causes chest pain?" to the medicine's side-effects page.
 *
 * So does a complaint that followed a medicine: "a rash after taking amoxicillin", "dizzy since I
 * started lisinopril", "I started sertraline and feel more anxious". And so does a complaint the asker blames on the medicine they name: "my
 * doctor put me on lisinopril and now I have a dry cough. Is it the medicine?", "I take ibuprofen
 * every day; is this harming my stomach?"
 */
/** A medicine's name followed by one of these names an organ or a complaint: "a thyroid problem". */
const NOT_MEDICINE = new Set([
  'problem', 'problems', 'issue', 'issues', 'disease', 'diseases', 'disorder', 'disorders', 'condition', 'conditions',
  'gland', 'glands', 'level', 'levels', 'deficiency', 'infection', 'infections', 'cancer', 'test', 'tests', 'allergy',
]);
/** "A rash after taking amoxicillin", "a headache since I started lisinopril": a complaint that followed a medicine. */
const SINCE = new Set(['after', 'since', 'from']);
/** Words naming whose or which thing follows: "my", "the", "her"… */
const OWNER_WORDS = new Set(['my', 'his', 'her', 'the', 'a', 'an', 'their', 'our', 'your']);
const SINCE_GAP = new Set([
  'taking', 'took', 'starting', 'started', 'beginning', 'began', 'using', 'used', 'being', 'on',
  'i', 'he', 'she', 'new', ...OWNER_WORDS,
]);
const USE_TYPES = new Set(['interactions with medications', 'precautions', 'usage', 'dietary', 'emergency or overdose']);
/** "Is it the medicine?", "could this be from my pills?", "is it a side effect?" */
const BLAME =
  /\b(?:(?:is|was|could|can|might|would|may) (?:it|this|that)(?: be)?|because of|caused by|due to|side effects? of) (?:from |caused by |due to |because of )?(?:the|my|this|that|these|those|his|her) (?:new )?(?:medicines?|medications?|meds|pills?|drugs?|tablets?)\b|\b(?:is|was|could|can|might|may) (?:it|this|that)(?: be)? (?:just )?an? (?:side effect|reaction to)\b/i;
/** Harm to an organ asked of a medicine named: "is this harming my stomach or kidneys?" */
const HARM = /\b(?:harm(?:s|ed|ing)?|damag(?:e|es|ed|ing)|hurt(?:s|ing)?|ruin(?:s|ed|ing)?|weak(?:en|ens|ened|ening)|thin(?:s|ned|ning)?|bad for) (?:to )?(?:my|your|his|her|the|our|their) (?:stomach|kidneys?|liver|heart|body|bones|eyes|teeth)\b/i;
/**
 * A medicine's risks, or its harm over a long time: "what are the risks of methotrexate?", "on
 * lisinopril for years, any long-term effects?", "is it bad to use steroid cream for months?". The
 * leaflet answers them under side effects ("What are the side effects or risks of X?"); the cue table reads
 * "risks" as who is at risk and "long term" as the outlook. Not where the use is asked (with
 * alcohol, in pregnancy, how to take it, whether it is safe: its precautions answer those).
 */
const RISK =
  /\b(?:(?:what are|what's|any|are there(?: any)?|the) (?:the )?(?:risks|dangers)(?! factors?)|(?:risks?|dangers?) (?:of|from|in|with) (?:taking|using|being on|long[- ]term)|long[- ]term (?:effects?|risks?|damage|use)|(?:safe|ok|okay|bad|harmful)(?: to (?:take|use|be on|keep (?:taking|using))(?: [\w'-]+){0,2})? (?:long[- ]term|for (?:a )?long(?: time)?|for (?:years|months)|(?:for|over) (?:\w+ )?(?:years|months)))\b/i;
/** "What is atorvastatin for, and does it cause muscle pain?": the medicine told by a pronoun. */
const PRONOUN = new Set(['it', 'they', 'this', 'these']);
const PRONOUN_AUX = new Set(['can', 'could', 'does', 'do', 'did', 'will', 'would', 'might', 'may']);
/** How far before the pronoun the medicine it stands for may be named. */
const PRONOUN_BACK = 15;
/** How far before the medicine a complaint may be named. */
const COMPLAINT_BEFORE = 12;
/**
 * "I started sertraline and…", "since I began taking metformin…": the medicine was begun, and what
 * follows it may be a complaint. Not "start", which asks whether or when to.
 */
const BEGUN = new Set(['started', 'began', 'begun']);
/** How far after a begun medicine a complaint may be named. */
const COMPLAINT_AFTER = 12;
/** Words before a focus that make it what the medicine is for, not a complaint: "metformin for my PCOS". */
const FOR_WORDS = new Set(['for', 'treat', 'against', 'control', 'manage', 'prevent']);

/** Whether `text` (the words focus recognition read) makes a medicine the cause of something. */
export function asksMedicineEffect(text: string, q: Pick<UnderstoodQuery, 'foci' | 'types'>, isMedicine: (key: number) => boolean): boolean {
  const ws = words(text);
  const foci = q.foci;
  // "Can I drink alcohol after taking ibuprofen" asks about taking the two together, not a complaint.
  const aboutUse = q.types.some((t) => USE_TYPES.has(t));
  const blamed = BLAME.test(text) || HARM.test(text);
  for (const f of foci) {
    if (!isMedicine(f.key)) continue;
    if (NOT_MEDICINE.has(ws[f.start + f.length] ?? '')) continue;
    if (causingVerbAfter(ws, f) >= 0 || blamed || (!aboutUse && pronounCauses(ws, f, foci))) return true;
    if (!aboutUse && (RISK.test(text) || followsComplaint(ws, f, foci, isMedicine) || complaintAfterBegun(ws, f, foci, isMedicine))) return true;
  }
  return false;
}

/**
 * "…and does it cause muscle pain", "metformin for my diabetes, and it gives me diarrhea": a
 * pronoun, the subject of a verb of causing, whose nearest focus before it is the medicine `f`
 * or what `f` is for.
 */
function pronounCauses(ws: readonly string[], f: FocusMatch, foci: readonly FocusMatch[]): boolean {
  const end = f.start + f.length;
  for (let i = end; i < ws.length && i - end <= PRONOUN_BACK; i++) {
    if (!PRONOUN.has(ws[i] ?? '')) continue;
    if (foci.some((o) => o.start >= end && o.start < i && !isPurpose(ws, o, end))) return false;
    const next = ws[i + 1] ?? '';
    const verb = PRONOUN_AUX.has(ws[i - 1] ?? '') ? next : PRONOUN_AUX.has(next) ? ws[i + 2] : next;
    if (verb !== undefined && CAUSING_VERB.has(verb)) return true;
  }
  return false;
}

/** Position of the word before `start` once "my", "the"… are passed over, not below `floor`. */
function wordBeforeOwners(ws: readonly string[], start: number, floor: number): number {
  let j = start - 1;
  while (j >= floor && OWNER_WORDS.has(ws[j] ?? '')) j--;
  return j;
}

/** "for (my) diabetes" right after the medicine: what it is taken for. */
function isPurpose(ws: readonly string[], o: FocusMatch, medicineEnd: number): boolean {
  const j = wordBeforeOwners(ws, o.start, medicineEnd);
  return j >= medicineEnd && j - medicineEnd <= 1 && FOR_WORDS.has(ws[j] ?? '');
}

/** "…a rash after taking amoxicillin": a complaint named shortly before "after"/"since" and the medicine. */
function followsComplaint(ws: readonly string[], f: FocusMatch, foci: readonly FocusMatch[], isMedicine: (key: number) => boolean): boolean {
  let i = f.start - 1;
  while (i >= 0 && f.start - i <= 4 && SINCE_GAP.has(ws[i] ?? '')) i--;
  if (i < 0 || !SINCE.has(ws[i] ?? '')) return false;
  return foci.some((c) => c.start + c.length <= i && i - c.start <= COMPLAINT_BEFORE && !isMedicine(c.key));
}

/** "I started sertraline and feel more anxious": a medicine begun, then a complaint that is not what it is for. */
function complaintAfterBegun(ws: readonly string[], f: FocusMatch, foci: readonly FocusMatch[], isMedicine: (key: number) => boolean): boolean {
  let i = f.start - 1;
  while (i >= 0 && f.start - i <= 3 && SINCE_GAP.has(ws[i] ?? '') && !BEGUN.has(ws[i] ?? '')) i--;
  if (i < 0 || !BEGUN.has(ws[i] ?? '')) return false;
  const end = f.start + f.length;
  return foci.some((c) => {
    if (c.start < end || c.start - end > COMPLAINT_AFTER || isMedicine(c.key)) return false;
    return !FOR_WORDS.has(ws[wordBeforeOwners(ws, c.start, end)] ?? '');
  });
}

/**
 * Puts "side effects" first among the asked types when the query makes a medicine a cause; true
 * when it did.
 */
export function askMedicineEffects(q: UnderstoodQuery, text: string, isMedicine: (key: number) => boolean): boolean {
  if (q.types[0] === 'side effects' || !asksMedicineEffect(text, q, isMedicine)) return false;
  q.types = ['side effects', ...q.types.filter((t) => t !== 'side effects')];
  return true;
}
