import { analyze } from '../text/analyze.js';
import type { UnderstoodQuery } from './understand.js';

/**
 * "Bad" as the asker's judgement: "is it bad to crack your knuckles?", "is coffee bad for your
 * heart?", "is that bad?". It says what is asked (harm, which the question-type cues read from
 * "bad for") but names nothing, while the archive's "bad" names things: Bad Breath, whose
 * three-word question won on that one word when the rest of the query met nothing as well. A
 * smell, taste or feeling that is bad keeps the word ("my breath smells bad"), and so does "bad"
 * before a noun ("bad cholesterol"), since the lookahead asks for "for", "to", "idea" or the end
 * of the question.
 */
const JUDGEMENT =
  /(?<!\b(?:feels?|feeling|felt|smells?|smelling|smelt|smelled|tastes?|tasting|tasted|looks?|looking|looked|sounds?|sounding|breath|good or|too) )\bbad(?= (?:for|to|idea)\b| ?\?)/i;

const BAD = analyze('bad')[0] ?? 'bad';

/** Drops "bad" from the lexical query where it is a judgement and no named focus holds it. */
export function dropJudgementTerms(q: UnderstoodQuery, text: string): void {
  if (!JUDGEMENT.test(text)) return;
  if (q.foci.some((f) => f.terms.includes(BAD))) return;
  q.terms.delete(BAD);
}
