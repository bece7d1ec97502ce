import { check, packRagged, type Ragged, unpackRagged } from './snapshot/ragged.js';
import { proseShare } from './text/prose.js';
import type { SearchDoc, SearchDocKind, SearchFilter } from './types.js';

const KINDS: readonly SearchDocKind[] = ['trusted-qa', 'consultation'];
const SIDE_EFFECTS = 'side effects';
/** Question types counted per focus (MedQuAD has 37; an archive with more keeps the first 256). */
const TYPE_SLOTS = 256;

/** A DocTable as plain data: per-document facts in columns, strings interned in tables. */
export interface DocTableSnapshot {
  /** By document number; null where a document was removed (its number is never reused). */
  ids: (string | null)[];
  /** Index into KINDS (removed documents: 0). */
  kinds: Uint8Array;
  sources: string[];
  sourceOf: Int32Array;
  groups: string[];
  /** Index into `groups`; -1 = no group. */
  groupOf: Int32Array;
  focusKeys: Ragged;
  typeCode: Int32Array;
  /** Question types by code (the question type of a document is typeNames[typeCode]). */
  typeNames: string[];
  /** proseShare of each answer × 255. */
  prose: Uint8Array;
  selfQuery: (string | null)[];
}

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
  /** How much of each answer is prose rather than a list (`proseShare` × 255). */
  prose = new Uint8Array(1024);
  /** Question + focus text, kept for `similar` (the document as its own query). */
  readonly selfQuery: (string | null)[] = [];
  /** Focus key and type code (`key * TYPE_SLOTS + code`) → live documents of that focus and type. */
  private readonly typedPages = new Map<number, number>();
  /** Focus key → live documents about it. */
  private readonly focusDocs = new Map<number, number>();

  /** Live documents about a focus. */
  docsAbout(key: number): number {
    return this.focusDocs.get(key) ?? 0;
  }

  get liveCount(): number {
    return this.numbers.size;
  }

  /** Whether a focus is a medicine: some page of it lists its side effects. */
  isMedicine(key: number): boolean {
    const c = this.typeCodes.get(SIDE_EFFECTS);
    return c !== undefined && this.hasPage(key, c);
  }

  /** Whether some live page about the focus is of the type with this code. */
  hasPage(key: number, code: number): boolean {
    return code >= 0 && code < TYPE_SLOTS && (this.typedPages.get(key * TYPE_SLOTS + code) ?? 0) > 0;
  }

  private countFoci(n: number, by: number): void {
    const code = this.typeCode[n] ?? -1;
    const typed = code >= 0 && code < TYPE_SLOTS;
    for (const k of this.focusKeys[n] ?? []) {
      this.focusDocs.set(k, (this.focusDocs.get(k) ?? 0) + by);
      if (typed) this.typedPages.set(k * TYPE_SLOTS + code, (this.typedPages.get(k * TYPE_SLOTS + code) ?? 0) + by);
    }
  }

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
      const prose = new Uint8Array(this.prose.length * 2);
      prose.set(this.prose);
      this.prose = prose;
    }
    this.typeCode[n] = this.codeOf(doc.questionType);
    this.prose[n] = Math.round(proseShare(doc.answer) * 255);
    this.selfQuery.push(`${doc.question}\n${doc.focus.join('\n')}`);
    this.countFoci(n, 1);
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
    this.countFoci(n, -1);
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

  toSnapshot(): DocTableSnapshot {
    const n = this.ids.length;
    const sources = new Interner();
    const groups = new Interner();
    const kinds = new Uint8Array(n);
    const sourceOf = new Int32Array(n);
    const groupOf = new Int32Array(n);
    this.docs.forEach((d, i) => {
      kinds[i] = d ? KINDS.indexOf(d.kind) : 0;
      sourceOf[i] = d ? sources.of(d.source) : -1;
      groupOf[i] = d && d.groupId !== null ? groups.of(d.groupId) : -1;
    });
    return {
      ids: [...this.ids],
      kinds,
      sources: sources.list,
      sourceOf,
      groups: groups.list,
      groupOf,
      focusKeys: packRagged(this.focusKeys),
      typeCode: this.typeCode.slice(0, n),
      typeNames: [...this.typeCodes.keys()],
      prose: this.prose.slice(0, n),
      selfQuery: [...this.selfQuery],
    };
  }

  static fromSnapshot(s: DocTableSnapshot): DocTable {
    const t = new DocTable();
    const n = s.ids.length;
    const keys = unpackRagged(s.focusKeys);
    check(keys.length === n && s.selfQuery.length === n && s.typeCode.length === n && s.prose.length === n, 'document table columns differ in length');
    check(s.kinds.length === n && s.sourceOf.length === n && s.groupOf.length === n, 'document table columns differ in length');
    s.typeNames.forEach((name, c) => t.typeCodes.set(name, c));
    t.typeCode = new Int32Array(Math.max(1024, n));
    t.typeCode.set(s.typeCode);
    t.prose = new Uint8Array(t.typeCode.length);
    t.prose.set(s.prose);
    for (let i = 0; i < n; i++) {
      const id = s.ids[i] ?? null;
      t.ids.push(id);
      t.focusKeys.push(keys[i] ?? null);
      t.selfQuery.push(s.selfQuery[i] ?? null);
      if (id === null) {
        t.docs.push(null);
        continue;
      }
      t.numbers.set(id, i);
      const code = s.typeCode[i] ?? -1;
      const kind = KINDS[s.kinds[i] ?? -1];
      const source = s.sources[s.sourceOf[i] ?? -1];
      const questionType = code < 0 ? null : s.typeNames[code];
      check(kind !== undefined && source !== undefined && questionType !== undefined, `document ${id} has unknown codes`);
      const g = s.groupOf[i] ?? -1;
      t.docs.push({ kind, source, questionType, groupId: g < 0 ? null : (s.groups[g] ?? null) });
      t.countFoci(i, 1);
    }
    return t;
  }
}

/** Strings → dense codes, in order of first use. */
class Interner {
  private readonly codes = new Map<string, number>();
  readonly list: string[] = [];

  of(s: string): number {
    let c = this.codes.get(s);
    if (c === undefined) this.codes.set(s, (c = this.list.push(s) - 1));
    return c;
  }
}
