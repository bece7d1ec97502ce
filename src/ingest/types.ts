import type { Consultation } from '../domain/consultation.js';
import type { KnowledgeSnippet, Topic, TrustedQa } from '../domain/topic.js';

export type ImportFormat = 'page' | 'medquad' | 'jsonl';

/** One file handed to an importer. */
export interface SourceFile {
  /** Path as the user gave it (used in messages). */
  path: string;
  /** Base name, stored as the record's source file so stores stay portable. */
  name: string;
  text: string;
}

/**
 * What a file turns into. The import service writes all items of one file in one transaction,
 * so a file that fails leaves no trace.
 */
export type ImportItem =
  /** A consultation page; `topics` are the page's Related FAQ topics (created if missing). */
  | { kind: 'consultation'; consultation: Consultation; topics: Topic[] }
  /** A page of loose statements: replaces the snippets this file gave the topic before. */
  | { kind: 'snippets'; topic: Topic; sourceFile: string; snippets: KnowledgeSnippet[] }
  /** A MedQuAD document: its topic and all its QA pairs. */
  | { kind: 'medquad-document'; topic: Topic; qas: TrustedQa[] }
  /** JSONL records of a whole-archive export. */
  | { kind: 'topic'; topic: Topic }
  | { kind: 'trusted-qa'; qa: TrustedQa };

export interface Importer {
  format: ImportFormat;
  /** Parses one file; throws ImportError (with a line where known) on bad input. */
  parse(file: SourceFile): ImportItem[];
}
