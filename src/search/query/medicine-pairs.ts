import { INTERACTION_TYPES } from './qtype.js';
import type { UnderstoodQuery } from './understand.js';

/**
 * "Can I take ketorolac with ibuprofen?", "I'm on lisinopril, can I take Advil?": two medicines in
 * a question about taking them ask whether they go together, though no word of the cue table says
 * so; they ask what the cue table's interaction cue asks.
 *
 * A choice between them ("ibuprofen or acetaminophen for a headache?", "which is better") is no
 * such question, nor is any question whose cues already ask something else.
 */
const TAKING = /\b(take|taking|took|use|using|give|giving|mix|mixing|combine|combining|on)\b/;
const CHOICE = /\b(or|vs|versus|instead|better|best|difference|differ|compare[ds]?|comparison|switch(ing)?|replace)\b/;

/** Having a condition while taking a medicine: "with high blood pressure", "if I have asthma". */
const HAVING = /\b(with|if (i|you|he|she|they|we) (have|has|had|am|is|are)|when (i|you|he|she|they|we) (have|has|am|is|are)|since (i|he|she) (have|has))\b/;

/**
 * "Can I take Advil with high blood pressure?" names one medicine and a condition: whether the
 * medicine is safe with it, which a leaflet answers in its precautions ("tell your doctor if you
 * have…"). It had no type, and met "Ibuprofen dosing for children", whose synonym is Advil.
 */
const PRECAUTION_TYPES: readonly string[] = ['precautions', 'contraindication'];

/**
 * Asks the interaction types when the query names two medicines it takes together, and the
 * precautions when it names one medicine taken with a condition; true when it did.
 */
export function askMedicinePair(q: UnderstoodQuery, text: string, isMedicine: (key: number) => boolean): boolean {
  if (q.types.length > 0) return false;
  const medicines = new Set(q.foci.filter((f) => isMedicine(f.key)).map((f) => f.key));
  const lower = text.toLowerCase();
  if (medicines.size === 0 || !TAKING.test(lower) || CHOICE.test(lower)) return false;
  const asked = medicines.size >= 2 ? INTERACTION_TYPES : q.foci.some((f) => !isMedicine(f.key)) && HAVING.test(lower) ? PRECAUTION_TYPES : null;
  if (!asked) return false;
  q.types = [...asked];
  q.firstTypes = asked.length;
  return true;
}
