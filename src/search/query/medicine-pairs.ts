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
 * precautions when it names one medicine taken with a condition; says which it asked.
 */
export function askMedicinePair(q: UnderstoodQuery, text: string, isMedicine: (key: number) => boolean): 'interaction' | 'precautions' | null {
  if (q.types.length > 0) return null;
  const medicines = new Set(q.foci.filter((f) => isMedicine(f.key)).map((f) => f.key));
  const lower = text.toLowerCase();
  if (medicines.size === 0 || !TAKING.test(lower) || CHOICE.test(lower)) return null;
  const kind = medicines.size >= 2 ? 'interaction' : q.foci.some((f) => !isMedicine(f.key)) && HAVING.test(lower) ? 'precautions' : null;
  if (!kind) return null;
  const asked = kind === 'interaction' ? INTERACTION_TYPES : PRECAUTION_TYPES;
  q.types = [...asked];
  q.firstTypes = asked.length;
  return kind;
}

/**
 * The everyday form of that question, short and asking leave to take the medicine: "Can I take
 * ibuprofen with high blood pressure?", "is it OK for someone with asthma to take aspirin?". A long
 * message that names a medicine and a condition on the way to another question ("my blood pressure
 * rises at night; I take clonidine…"), or a clinician's "should we use captopril in diabetics with
 * …" (its indication), is not it.
 */
const ASKS_LEAVE = /\b(?:can|could|may|should|is it (?:ok|okay|alright|all right|fine))\b(?:\s+\S+){0,6}?\s+(?:take|taking)\b/;
const SHORT_WORDS = 30;

export function asksLeaveToTake(text: string): boolean {
  return text.split(/\s+/).filter(Boolean).length <= SHORT_WORDS && ASKS_LEAVE.test(text.toLowerCase());
}

/**
 * In "Can I take ibuprofen with high blood pressure?" the condition is the circumstance, the
 * medicine the subject; but the condition's three words outweighed the one name of the medicine,
 * whose leaflet has no answer text to match, and a dozen blood-pressure pages kept the leaflet out
 * of the re-ranked candidates. The condition's words (those no medicine's name shares) are kept at
 * `weight`.
 */
export function lowerConditionTerms(q: UnderstoodQuery, isMedicine: (key: number) => boolean, weight: number): void {
  if (weight === 1) return;
  const medicineTerms = new Set(q.foci.filter((f) => isMedicine(f.key)).flatMap((f) => f.terms));
  for (const f of q.foci) {
    if (isMedicine(f.key)) continue;
    for (const t of new Set(f.terms)) {
      const w = q.terms.get(t);
      if (w !== undefined && !medicineTerms.has(t)) q.terms.set(t, w * weight);
    }
  }
}
