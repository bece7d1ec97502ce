/**
 * Asking whether to seek care now: the ER, an ambulance, care that cannot wait ("When should I go
 * to the ER for a headache?", "Does a kidney stone need emergency care?"). MedQuAD answers it in
 * "when to contact a medical professional". Both type detectors read it, so they share one list
 * (as with `treatment-cues.ts`): an alternation over lower-cased text, without word boundaries.
 * A visit already made ("seen in the emergency room", "came to the ER") and a mere mention ("the
 * guidelines for the emergency room") ask nothing of the kind, so the place is only a cue after a
 * verb of going or sending.
 */
const PLACE = '(the |an |a )?(er|hospital|emergency room|emergency department|urgent care)';
const WHO = '(him|her|them|me|us|my \\w+)';

export const SEEK_CARE = [
  `(go|goes|going|come|coming|get|take ${WHO}|bring ${WHO}|send ${WHO}|rush ${WHO}) to ${PLACE}`,
  'call(ing)? (911|999|112|an ambulance)',
  '(emergency|urgent|immediate) (medical )?(care|treatment|attention|help)',
  'seek(ing)? (medical|professional) (care|help|attention|advice)',
  'when (should|do|would) (i|we|you) (worry|be (worried|concerned))',
  // "Should I worry?", "when should I take him to the doctor?"
  'should (i|we) (worry|be (worried|concerned))',
  `(take|bring) ${WHO} (in )?to (the |a |his |her |their )?(doctor|pediatrician|gp|clinic)`,
  'should (i|he|she|we|they) be seen',
  '(do|does) (i|he|she|we|they) need to (see|go to) (a|the) (doctor|gp)',
].join('|');
