import { DocTable } from './doc-table.js';
import { Bm25fIndex } from './lexical/bm25f.js';
import type { MedicalIndexParams } from './params.js';
import { FocusAliases } from './query/aliases.js';
import { FocusLexicon } from './query/focus.js';
import { EntailmentReranker } from './rerank/entailment.js';
import { QueryExpander } from './semantic/expander.js';
import { TermSpace } from './semantic/term-space.js';
import type { RqeModel } from './similarity/model.js';
import type { IndexSnapshot } from './snapshot/types.js';

/** The stateful components of a MedicalSearchIndex: made empty, restored from a snapshot, or saved to one. */
export interface IndexParts {
  table: DocTable;
  lexical: Bm25fIndex;
  lexicon: FocusLexicon;
  aliases: FocusAliases;
  space: TermSpace;
  learnSpace: boolean;
  expander: QueryExpander;
  /** Candidate-side entailment analysis; null when the index was built without re-ranking. */
  reranker: EntailmentReranker | null;
}

export function emptyParts(params: MedicalIndexParams, space: TermSpace | undefined, model: RqeModel | null): IndexParts {
  const s = space ?? new TermSpace();
  return {
    table: new DocTable(),
    lexical: new Bm25fIndex(params.bm25f),
    lexicon: new FocusLexicon(),
    aliases: new FocusAliases(),
    space: s,
    // Learning the space costs build time and memory; only an index that expands pays for it.
    learnSpace: space === undefined && params.useSemantic,
    expander: new QueryExpander(s, params.expansion),
    reranker: model ? new EntailmentReranker(model) : null,
  };
}

export function restoreParts(data: IndexSnapshot, params: MedicalIndexParams, model: RqeModel | null): IndexParts {
  if ((data.reranker === null) !== (model === null)) throw new Error('snapshot: re-rank state does not match useRerank');
  const space = TermSpace.fromSnapshot(data.space);
  const parts: IndexParts = {
    table: DocTable.fromSnapshot(data.table),
    lexical: Bm25fIndex.fromSnapshot(params.bm25f, data.lexical),
    lexicon: FocusLexicon.fromSnapshot(data.lexicon),
    aliases: FocusAliases.fromSnapshot(data.aliases),
    space,
    learnSpace: data.learnSpace,
    expander: QueryExpander.fromSnapshot(space, params.expansion, data.expander),
    reranker: model && data.reranker ? EntailmentReranker.fromSnapshot(model, data.reranker) : null,
  };
  if (parts.table.ids.length !== data.lexical.docCount) throw new Error('snapshot: document table and postings disagree');
  if (parts.aliases.documentRows > parts.table.ids.length) throw new Error('snapshot: focus aliases and document table disagree');
  return parts;
}

export function snapshotOf(p: IndexParts): IndexSnapshot {
  return {
    table: p.table.toSnapshot(),
    lexical: p.lexical.toSnapshot(),
    lexicon: p.lexicon.toSnapshot(),
    aliases: p.aliases.toSnapshot(),
    space: p.space.toSnapshot(),
    learnSpace: p.learnSpace,
    expander: p.expander.toSnapshot(),
    reranker: p.reranker?.toSnapshot() ?? null,
  };
}
