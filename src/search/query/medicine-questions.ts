import type { MedicalIndexParams } from '../params.js';
import { askMedicineEffects } from './drug-effects.js';
import { askMedicinePair, asksLeaveToTake, lowerConditionTerms } from './medicine-pairs.js';
import { askFoodWithMedicine, askStopping, askWhatToAvoid, asksInteraction } from './medicine-use.js';
import type { UnderstoodQuery } from './understand.js';

/**
 * The medicine rules, in the order they read a question: its side effects, a pair taken together
 * or with a condition, then living with it (foods to avoid, stopping, food with it, interactions).
 * Each may change the foci's weights and the asked types in place. The re-rank's model reads
 * types from words and cannot tell a medicine from a complaint, so what a rule decided is told to
 * it as a word added to the text it reads; the text is returned with those words.
 */
export function readMedicineQuestion(q: UnderstoodQuery & { text: string }, p: MedicalIndexParams, isMedicine: (key: number) => boolean): string {
  let text = q.text;
  const tell = (word: string): void => {
    text = `${text}\n${word}`;
  };
  if (p.medicineEffects && askMedicineEffects(q, text, isMedicine)) tell('side effects');
  if (p.medicinePairs && askMedicinePair(q, text, isMedicine) === 'precautions' && asksLeaveToTake(text)) {
    lowerConditionTerms(q, isMedicine, p.conditionWeight);
    // The leaflet's "safety concerns or special precautions" is what is asked.
    tell('safety');
  }
  if (p.medicineUse) {
    askWhatToAvoid(q, text, isMedicine);
    if (askStopping(q, text, isMedicine)) tell('dosage');
    askFoodWithMedicine(q, isMedicine);
    if (asksInteraction(q, isMedicine)) tell('interactions');
  }
  return text;
}
