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
  /** Question type of each document as a small code (-1 = none): scoring compares numbers, not strings. */
  typeCode = new Int32Array(1024);
  readonly typeCodes = new Map<string, number>();
  /** Question + focus text, kept for `similar` (the document as its own query). */
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
    if (n >= this.typeCode.length) {
      const grown = new Int32Array(this.typeCode.length * 2);
      grown.set(this.typeCode);
      this.typeCode = grown;
    }
    this.typeCode[n] = this.codeOf(doc.questionType);
    this.selfQuery.push(`${doc.question}\n${doc.focus.join('\n')}`);
    return n;
  }

  /** Code of a question type, creating it for a new type; -1 for none. */
  codeOf(type: string | null): number {
    if (type === null) return -1;
    let c = this.typeCodes.get(type);
    if (c === undefined) this.typeCodes.set(type, (c = this.typeCodes.size));
    return c;
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
