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

/**
 * "Fine" as how one is: "I feel fine", "otherwise he is fine". It met Fine-Lubinsky syndrome,
 * the one page with the word, before the platelet count asked about. "Fine needle" and "fine
 * lines" are not states and keep it.
 */
const STATE_FINE =
  /\b(?:feels?|feeling|felt|am|i'?m|is|was|were|are|seems?|seemed|looks?|looked|otherwise|doing|be|been|perfectly|totally|completely) (?:\w+ )?fine\b(?! (?:needles?|lines?|motor|print|hairs?|particles?))/i;

const WORDS: readonly (readonly [RegExp, string])[] = [
  [JUDGEMENT, analyze('bad')[0] ?? 'bad'],
  [STATE_FINE, analyze('fine')[0] ?? 'fine'],
];

/** Drops a judgement's word from the lexical query where no named focus holds it. */
export function dropJudgementTerms(q: UnderstoodQuery, text: string): void {
  for (const [pattern, term] of WORDS) {
    if (!pattern.test(text)) continue;
    if (q.foci.some((f) => f.terms.includes(term))) continue;
    q.terms.delete(term);
  }
}
