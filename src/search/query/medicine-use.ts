import type { UnderstoodQuery } from './understand.js';

/**
 * Questions about living with a medicine one takes.
 *
 * A medicine has no prevention page: "what foods should I avoid on warfarin?" asks what to avoid
 * while taking it, which a leaflet answers in its dietary section when food or drink is named and
 * in its precautions otherwise. The cue table reads "avoid" as prevention, which sent the question
 * to the leaflet's closing advice.
 */
const FOOD = /\b(eat(s|ing)?|ate|foods?|diet(ary)?|drink(s|ing)?|meals?|juice|fruits?|vegetables?|coffee|caffeine|milk|dairy)\b/;

/**
 * In a question whose every recognised focus is a medicine, "prevention" becomes "dietary" (food or
 * drink named) or "precautions"; true when it did.
 */
export function askWhatToAvoid(q: UnderstoodQuery, text: string, isMedicine: (key: number) => boolean): boolean {
  const at = q.types.indexOf('prevention');
  if (at < 0 || q.foci.length === 0 || !q.foci.every((f) => isMedicine(f.key))) return false;
  const instead = FOOD.test(text.toLowerCase()) ? 'dietary' : 'precautions';
  const types = [...q.types];
  types[at] = instead;
  const first = q.firstTypes ?? 1;
  q.types = types.filter((t, i) => types.indexOf(t) === i);
  // A repeat removed before the first cue's end shortens it.
  if (types.indexOf(instead) < at && at < first) q.firstTypes = Math.max(1, first - 1);
  return true;
}

/** Stopping a medicine one takes, or the withdrawal that follows. */
const STOPPING = /\b((stop|stops|stopped|stopping|quit|quits|quitting|discontinu\w*) (taking|using|it|them|my|her|his|the)|(come|comes|coming|came|get|gets|getting|got) off|(wean|weans|weaning|weaned|taper|tapers|tapering|tapered) (off|down|from)|taper(ing)?|withdrawals?|cold turkey)\b/;

/**
 * "How do I stop taking prednisone safely?", "Xanax withdrawal symptoms": a leaflet tells how to
 * stop a medicine (and what withdrawal to expect) where it tells how to take it. The cue table read
 * "how do I stop" as treatment and "symptoms" as the condition's, and no leaflet has either, so
 * the question met "Taking multiple medicines safely" or the leaflet's closing advice. In a
 * question whose every focus is a medicine, usage and dose come first; true when they did.
 */
export function askStopping(q: UnderstoodQuery, text: string, isMedicine: (key: number) => boolean): boolean {
  if (q.foci.length === 0 || !q.foci.every((f) => isMedicine(f.key)) || !STOPPING.test(text.toLowerCase())) return false;
  const asked = ['usage', 'dose'];
  q.types = [...asked, ...q.types.filter((t) => !asked.includes(t))];
  q.firstTypes = asked.length;
  return true;
}

/**
 * "Can I eat grapefruit while taking simvastatin?": a food named with a medicine in a question about
 * diet asks how the two interact, which the medicine's dietary section answers and so does the
 * food's page on interactions with medicines (a supplement's leaflet has one). Without it the
 * food's overview came first. True when it asked.
 */
export function askFoodWithMedicine(q: UnderstoodQuery, isMedicine: (key: number) => boolean): boolean {
  if (q.types[0] !== 'dietary') return false;
  if (!q.foci.some((f) => isMedicine(f.key)) || !q.foci.some((f) => !isMedicine(f.key))) return false;
  const asked = ['dietary', 'interactions with medications'];
  q.types = [...asked, ...q.types.filter((t) => !asked.includes(t))];
  q.firstTypes = Math.max(asked.length, q.firstTypes ?? 1);
  return true;
}

/**
 * Whether the re-rank must be told that the query asks about taking a medicine with something: the
 * boosts read it from "alcohol", "eat" or two medicines named, the entailment model only from words
 * such as "interact", and without them it took "can I take ibuprofen after drinking alcohol?" for
 * a question about alcohol.
 */
export function asksInteraction(q: UnderstoodQuery, isMedicine: (key: number) => boolean): boolean {
  const first = q.types.slice(0, Math.max(1, q.firstTypes ?? 1));
  return first.includes('interactions with medications') && q.foci.some((f) => isMedicine(f.key));
}
