import type { Bm25fIndex } from './lexical/bm25f.js';
import type { UnderstoodQuery } from './query/understand.js';

/**
 * Whether a hit is about what was asked, or only the nearest thing the archive has. A ranking
 * always puts something first; when the archive has no page on the question ("is it bad to
 * crack your knuckles?"), the first answer is about something else that shares a word, and the
 * asker should be told so rather than left to read it as the answer.
 *
 * Three facts of a hit, none of which needs more than the index already holds:
 *  - `score`: its final ranking score (max-normalised BM25F + focus and type boosts + re-rank);
 *  - `coverage`: the idf-weighted share of the query's terms found in its question or focus names
 *    (a word the archive never uses counting as its rarest), which an answer about another subject
 *    rarely has however well its answer text matches;
 *  - `nameCoverage`: the most of any one of its focus names' terms (idf-weighted) the query has.
 * Whether the query names the hit's focus, and the re-rank's entailment probability on its own,
 * added nothing on top of these (`src/search/README.md`, "No close match").
 */
export interface MatchFacts {
  score: number;
  coverage: number;
  nameCoverage: number;
}

/**
 * Logistic model over the facts, on their raw scale. Fitted by `npm run bench:close-match` on
 * MedQuAD alone (held-out questions whose answer the index still has under another source, and
 * questions whose only document was held out, so nothing close exists), with DEFAULT_PARAMS: a
 * change to the ranking's boosts or re-rank weight changes `score` and needs a refit.
 */
export interface MatchModel {
  bias: number;
  weights: Partial<Record<keyof MatchFacts, number>>;
}

export const CLOSE_MATCH_MODEL: MatchModel = { bias: -15.8607, weights: { score: 4.3636, coverage: 6.4954, nameCoverage: 2.3475 } };

/**
 * Below this a first answer is reported as no close match. Chosen on tuning set J (graded
 * consumer questions, `bench/judged-set.ts`): the threshold that flags the most first answers
 * graded incorrect while flagging at most 5% of those graded as answering the question. The
 * model is a probability on MedQuAD's own wording; chatty consumer questions score far lower
 * whatever they find, hence so low a threshold. The refit of 2026-11-23 (sixth session) followed
 * the spelling repair by sound, the names written apart and the new everyday words, which moved
 * some fit questions' first answers; the rule chose 0.00115, which flags 37.5% / 5.1% / 3.7% of
 * J's first answers graded 1 / 2 / 3+ (src/search/README.md).
 */
export const CLOSE_MATCH_THRESHOLD = 0.00115;

export function matchProbability(f: MatchFacts, m: MatchModel = CLOSE_MATCH_MODEL): number {
  let z = m.bias;
  for (const [fact, w] of Object.entries(m.weights) as [keyof MatchFacts, number][]) z += w * f[fact];
  return 1 / (1 + Math.exp(-z));
}

export function isCloseMatch(probability: number): boolean {
  return probability >= CLOSE_MATCH_THRESHOLD;
}

/** The facts of document `doc` for query `q`; `focusKeys` are the foci the document is about. */
export function matchFacts(lexical: Bm25fIndex, q: UnderstoodQuery, doc: number, focusKeys: ArrayLike<number> | null, score: number, nameTerms: (key: number) => readonly string[]): MatchFacts {
  let nameCoverage = 0;
  for (const key of Array.from(focusKeys ?? [])) {
    let all = 0;
    let asked = 0;
    for (const t of nameTerms(key)) {
      const w = lexical.idf(t);
      all += w;
      if (q.terms.has(t)) asked += w;
    }
    if (all > 0) nameCoverage = Math.max(nameCoverage, asked / all);
  }
  // A word the archive never uses is the plainest sign it has nothing on the question (most so
  // in a small archive), so it weighs as the rarest word rather than dropping out.
  const unknown = Math.log(1 + (lexical.documentCount + 0.5) / 0.5);
  let all = 0;
  let named = 0;
  for (const [term, weight] of q.terms) {
    const w = (lexical.docFreq(term) > 0 ? lexical.idf(term) : unknown) * weight;
    all += w;
    const [inQuestion = 0, inFocus = 0] = lexical.fieldFreqs(term, doc);
    if (inQuestion > 0 || inFocus > 0) named += w;
  }
  return { score, coverage: all > 0 ? named / all : 0, nameCoverage };
}
