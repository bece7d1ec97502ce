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

/** Asks the interaction types when the query names two medicines it takes together; true when it did. */
export function askMedicinePair(q: UnderstoodQuery, text: string, isMedicine: (key: number) => boolean): boolean {
  if (q.types.length > 0) return false;
  const medicines = new Set(q.foci.filter((f) => isMedicine(f.key)).map((f) => f.key));
  if (medicines.size < 2) return false;
  const lower = text.toLowerCase();
  if (!TAKING.test(lower) || CHOICE.test(lower)) return false;
  q.types = [...INTERACTION_TYPES];
  q.firstTypes = INTERACTION_TYPES.length;
  return true;
}
