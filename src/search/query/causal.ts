import { analyze, words } from '../text/analyze.js';
import type { FocusMatch } from './focus.js';
import type { UnderstoodQuery } from './understand.js';

/**
 * The grammar of "X causes Y" questions, shared by the rules that read who is the cause:
 * "Can Zoloft cause chest pain?" (a medicine's side effects, `drug-effects.ts`) and "Can high
 * blood pressure cause headaches?" (the causes of headaches, not of high blood pressure).
 *
 * A focus is the cause when a verb of causing follows it within a few words and it comes after a
 * question's auxiliary ("can", "does"…) or right before the verb, and no "what", "why" or "how"
 * comes in the eight words before it: "what would cause itching in a patient on prednisone" asks
 * for the causes of itching, the medicine one suspect. A passive verb ("can headaches be caused
 * by…", "is this anemia caused by…") makes the focus before it the effect, not the cause.
 */
export const CAUSING_VERB = new Set([
  'cause', 'causes', 'caused', 'causing', 'give', 'gives', 'giving', 'gave', 'make', 'makes', 'making', 'made',
  'raise', 'raises', 'raised', 'raising', 'increase', 'increases', 'increased', 'increasing', 'lower', 'lowers',
  'lowered', 'lowering', 'trigger', 'triggers', 'triggered', 'triggering', 'worsen', 'worsens', 'worsened',
  'affect', 'affects', 'affected', 'affecting', 'induce', 'induces', 'induced',
]);
const AUX = new Set(['can', 'could', 'does', 'do', 'did', 'will', 'would', 'might', 'may', 'is', 'are', 'was', 'has', 'have']);
const PASSIVE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'get', 'gets', 'got']);
/** "Is this anemia caused by…", "swelling caused from that": the focus is the effect. */
const AGENT = new Set(['by', 'from']);
/** "Be causing" is active; "be caused" passive. */
const isParticiple = (w: string): boolean => w.endsWith('ed') || w === 'made';
const WH = new Set(['what', 'why', 'which', 'how', 'when', 'where', 'who']);
/** Words looked at before the focus for an auxiliary, for a question word, and after it for the verb. */
const AUX_BEFORE = 4;
const WH_BEFORE = 8;
const AFTER = 6;
/** Words after the verb that must hold what is caused. */
const OBJECT_WORDS = 6;

/** Position of the causing verb `f` is the subject of, or -1. `ws`: the words focus recognition read. */
export function causingVerbAfter(ws: readonly string[], f: FocusMatch): number {
  const end = f.start + f.length;
  const at = ws.slice(end, end + AFTER).findIndex((w) => CAUSING_VERB.has(w));
  // "…gout. Which foods cause gout attacks?": the verb belongs to another question.
  if (at < 0 || ws.slice(end, end + at).some((w) => WH.has(w))) return -1;
  if ((PASSIVE.has(ws[end + at - 1] ?? '') && isParticiple(ws[end + at] ?? '')) || AGENT.has(ws[end + at + 1] ?? '')) return -1;
  if (ws.slice(Math.max(0, f.start - WH_BEFORE), f.start).some((w) => WH.has(w))) return -1;
  if (at <= 1 || ws.slice(Math.max(0, f.start - AUX_BEFORE), f.start).some((w) => AUX.has(w))) return end + at;
  return -1;
}

/**
 * Keys of the foci a "causes" question names as the cause, when it also says what they cause:
 * "Can high blood pressure cause headaches?" asks for the causes of headaches, so "What causes
 * high blood pressure?" is not its answer. Empty unless causes are the first asked type.
 */
export function causeSubjects(text: string, q: Pick<UnderstoodQuery, 'foci' | 'types'>): Set<number> {
  const out = new Set<number>();
  if (q.types[0] !== 'causes' || q.foci.length === 0) return out;
  const ws = words(text);
  for (const f of q.foci) {
    const verb = causingVerbAfter(ws, f);
    // "Can diabetes cause it?" names no effect: the question may still be about diabetes's causes.
    if (verb < 0 || q.foci.some((o) => o.key === f.key && o.start > verb)) continue;
    if (analyze(ws.slice(verb + 1, verb + 1 + OBJECT_WORDS).join(' ')).length > 0) out.add(f.key);
  }
  return out;
}
