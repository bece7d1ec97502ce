/**
 * The one retrieval contract of askdoc. Everything under src/search sits behind it, so the
 * HTTP layer and the benchmark never see how scoring is done.
 */

export type SearchDocKind = 'trusted-qa' | 'consultation';

/**
 * What the index needs of a record, flattened from either a MedQuAD pair or a consultation.
 * `question` holds a consultation's title + question; `answer` a trusted answer or a reply.
 */
export interface SearchDoc {
  id: string;
  kind: SearchDocKind;
  question: string;
  answer: string;
  /** MedQuAD focus (disease, drug, test) or consultation topic titles. */
  focus: string[];
  /** Other names of the focus; matched like the focus. */
  synonyms: string[];
  /** MedQuAD qtype ("treatment", "symptoms", …); null for consultations. */
  questionType: string | null;
  /** Organisation (trusted Q&As) or department (consultations). */
  source: string;
  /** Grouping key for `similar` and focus boosts: the MedQuAD document / topic id. */
  groupId: string | null;
}

export interface SearchFilter {
  kind?: SearchDocKind;
  source?: string;
  questionType?: string;
}

export interface SearchOptions {
  limit: number;
  offset?: number;
  filter?: SearchFilter;
  /**
   * The query is still being typed (suggestions): its last word may be unfinished, so it is
   * completed from the index's vocabulary instead of being matched as it stands.
   */
  typing?: boolean;
}

export interface SearchHit {
  id: string;
  score: number;
  /**
   * On the first hit of a page: an estimate in [0, 1] of whether it is about what was asked rather
   * than only the nearest thing the index has (`close-match.ts`). Absent on the other hits and
   * where the index cannot tell (suggestions while typing).
   */
  match?: number;
}

/** Why a document scored what it did for a query: one line per component. */
export interface Explanation {
  id: string;
  score: number;
  /** Query terms after analysis, and what query understanding recognised. */
  query: { terms: string[]; foci: string[]; types: string[]; expansions: string[]; rewrites: string[] };
  parts: { component: string; score: number; detail: string }[];
}

export interface SearchIndex {
  index(doc: SearchDoc): void;
  remove(id: string): void;
  search(query: string, opts: SearchOptions): SearchHit[];
  /** Documents most like a stored one (its question + focus as the query), itself excluded. */
  similar(id: string, limit: number): SearchHit[];
  explain(query: string, id: string): Explanation;
  readonly size: number;
}
