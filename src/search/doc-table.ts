import type { SearchDoc, SearchFilter } from './types.js';

/**
 * Maps string ids to the dense document numbers the typed arrays are indexed by, and keeps
 * the few per-document facts the scorers need (focus keys, qtype, group) without holding
 * the documents' text. Numbers are never reused, so stale postings cannot alias a new doc.
 */
export class DocTable {
  private readonly numbers = new Map<string, number>();
  readonly ids: (string | null)[] = [];
  readonly docs: (Pick<SearchDoc, 'kind' | 'source' | 'questionType' | 'groupId'> | null)[] = [];
  /** Focus-phrase keys of each document (see FocusLexicon). */
  readonly focusKeys: (Int32Array | null)[] = [];
  /** Analysed question + focus terms, kept for `similar` (the document as its own query). */
  readonly selfQuery: (string | null)[] = [];

  number(id: string): number | undefined {
    return this.numbers.get(id);
  }

  add(doc: SearchDoc, focusKeys: number[]): number {
    const n = this.ids.length;
    this.numbers.set(doc.id, n);
    this.ids.push(doc.id);
    this.docs.push({ kind: doc.kind, source: doc.source, questionType: doc.questionType, groupId: doc.groupId });
    this.focusKeys.push(Int32Array.from(new Set(focusKeys)));
    this.selfQuery.push(`${doc.question}\n${doc.focus.join('\n')}`);
    return n;
  }

  remove(id: string): number | undefined {
    const n = this.numbers.get(id);
    if (n === undefined) return undefined;
    this.numbers.delete(id);
    this.ids[n] = null;
    this.docs[n] = null;
    this.focusKeys[n] = null;
    this.selfQuery[n] = null;
    return n;
  }

  matches(n: number, filter: SearchFilter | undefined): boolean {
    const d = this.docs[n];
    if (!d) return false;
    if (!filter) return true;
    if (filter.kind && d.kind !== filter.kind) return false;
    if (filter.source && d.source !== filter.source) return false;
    if (filter.questionType && d.questionType !== filter.questionType) return false;
    return true;
  }
}
