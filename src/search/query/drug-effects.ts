import { words } from '../text/analyze.js';
import type { UnderstoodQuery } from './understand.js';

/**
 * "Can Zoloft cause chest pain?", "does prednisone raise blood sugar", "could her Dilacor do it":
 * a medicine that is the subject of a verb of causing asks for the medicine's side effects. The
 * cue table reads "cause" as a question about the causes of the complaint, which would prefer
 * "What causes chest pain?" to the medicine's side-effects page.
 *
 * The medicine must come after a question's auxiliary ("can", "does"…) or right before the verb,
 * and no "what", "why" or "how" may come in the eight words before it: "what would cause itching in a patient on
 * prednisone" asks for the causes of itching, with the medicine as one suspect.
 */
const VERB = new Set([
  'cause', 'causes', 'caused', 'causing', 'give', 'gives', 'giving', 'gave', 'make', 'makes', 'making', 'made',
  'raise', 'raises', 'raised', 'raising', 'increase', 'increases', 'increased', 'increasing', 'lower', 'lowers',
  'lowered', 'lowering', 'trigger', 'triggers', 'triggered', 'triggering', 'worsen', 'worsens', 'worsened',
  'affect', 'affects', 'affected', 'affecting', 'induce', 'induces', 'induced',
]);
const AUX = new Set(['can', 'could', 'does', 'do', 'did', 'will', 'would', 'might', 'may', 'is', 'are', 'was', 'has', 'have']);
/** A medicine's name followed by one of these names an organ or a complaint: "a thyroid problem". */
const NOT_MEDICINE = new Set([
  'problem', 'problems', 'issue', 'issues', 'disease', 'diseases', 'disorder', 'disorders', 'condition', 'conditions',
  'gland', 'glands', 'level', 'levels', 'deficiency', 'infection', 'infections', 'cancer', 'test', 'tests', 'allergy',
]);
const WH = new Set(['what', 'why', 'which', 'how', 'when', 'where', 'who']);
/** Words looked at before the medicine for an auxiliary, for a question word, and after it for the verb. */
const AUX_BEFORE = 4;
const WH_BEFORE = 8;
const AFTER = 6;

/** Whether `text` (the words focus recognition read) makes a medicine the cause of something. */
export function asksMedicineEffect(text: string, foci: UnderstoodQuery['foci'], isMedicine: (key: number) => boolean): boolean {
  const ws = words(text);
  for (const f of foci) {
    if (!isMedicine(f.key)) continue;
    const end = f.start + f.length;
    if (NOT_MEDICINE.has(ws[end] ?? '')) continue;
    const verbAt = ws.slice(end, end + AFTER).findIndex((w) => VERB.has(w));
    if (verbAt < 0) continue;
    if (ws.slice(Math.max(0, f.start - WH_BEFORE), f.start).some((w) => WH.has(w))) continue;
    if (verbAt <= 1 || ws.slice(Math.max(0, f.start - AUX_BEFORE), f.start).some((w) => AUX.has(w))) return true;
  }
  return false;
}

/**
 * Puts "side effects" first among the asked types when the query makes a medicine a cause; true
 * when it did.
 */
export function askMedicineEffects(q: UnderstoodQuery, text: string, isMedicine: (key: number) => boolean): boolean {
  if (q.types[0] === 'side effects' || !asksMedicineEffect(text, q.foci, isMedicine)) return false;
  q.types = ['side effects', ...q.types.filter((t) => t !== 'side effects')];
  return true;
}
