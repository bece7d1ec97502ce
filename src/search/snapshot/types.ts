import type { DocTableSnapshot } from '../doc-table.js';
import type { Bm25fSnapshot } from '../lexical/bm25f.js';
import type { MedicalIndexParams } from '../params.js';
import type { FocusAliasesSnapshot } from '../query/aliases.js';
import type { FocusLexiconSnapshot } from '../query/focus.js';
import type { RerankerSnapshot } from '../rerank/entailment.js';
import type { ExpanderSnapshot } from '../semantic/expander.js';
import type { TermSpaceSnapshot } from '../semantic/term-space.js';
import type { RqeModel } from '../similarity/model.js';

/** What the caller records with a snapshot: which store, and which change-log position the index reflects. */
export interface SnapshotMeta {
  storeId: string;
  seq: number;
}

/** What a loaded snapshot must match; anything else makes `loadSnapshot` answer null. */
export interface SnapshotExpectation {
  storeId: string;
  /** The parameters the caller would build with (default DEFAULT_PARAMS); compared by fingerprint. */
  params?: MedicalIndexParams;
  /** The re-rank model the caller would build with (default models/rqe.json when `useRerank`); compared by fingerprint. */
  rqe?: RqeModel;
  /** Told why a snapshot was not used, for the caller's log (never called on success). */
  onReject?: (reason: string) => void;
}

/**
 * Everything a MedicalSearchIndex holds, as plain data (typed arrays, arrays, strings). Derived
 * caches (the expander's neighbour matrix, the re-rank words' model rows, the spelling deletion
 * map) are rebuilt from it; arrow-function members are made by the constructor.
 */
export interface IndexSnapshot {
  table: DocTableSnapshot;
  lexical: Bm25fSnapshot;
  lexicon: FocusLexiconSnapshot;
  aliases: FocusAliasesSnapshot;
  space: TermSpaceSnapshot;
  /** Whether the index learns its term space from what it indexes (false: a shared space was passed in). */
  learnSpace: boolean;
  expander: ExpanderSnapshot;
  /** Null for an index built without the re-rank stage. */
  reranker: RerankerSnapshot | null;
}
