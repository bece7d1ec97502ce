import { check, packRagged, type Ragged, unpackRagged } from '../snapshot/ragged.js';
import { FIELDS, type PackedPostings, packPostings, PostingList, unpackPostings } from './postings.js';

/**
 * BM25F over three fields (question, focus + synonyms, answer): per-field frequencies are
 * length-normalised and weighted into one pseudo-frequency before the single saturation,
 * so a term seen in both the question and the focus is not counted twice as hard.
 * Documents are numbered by the caller; removal marks the number dead and adjusts the
 * statistics, and dead postings are compacted away in bulk.
 */
export interface Bm25fParams {
  k1: number;
  /** Field weights, [question, focus, answer]. */
  weight: [number, number, number];
  /** Length normalisation per field. */
  b: [number, number, number];
}

/** Tuned by bench/liveqa-tune.ts on MedQuAD hold-out and MEDIQA 2019 (never on LiveQA). */
export const DEFAULT_BM25F: Bm25fParams = { k1: 1.6, weight: [1, 2, 0.25], b: [0.9, 0.3, 0.5] };

/** A Bm25fIndex as plain data; arrays hold what is used, `capacity` restores their headroom. */
export interface Bm25fSnapshot {
  /** Terms by id. */
  terms: string[];
  postings: PackedPostings;
  df: Int32Array;
  /** Document numbers ever used: fieldLen, alive and docTerms cover these. */
  docCount: number;
  capacity: number;
  fieldLen: Float32Array;
  alive: Uint8Array;
  docTerms: Ragged;
  totalLen: Float64Array;
  liveDocs: number;
  dead: number;
}

export class Bm25fIndex {
  private readonly terms = new Map<string, number>();
  private readonly postings: PostingList[] = [];
  private df = new Int32Array(1024);
  private fieldLen = new Float32Array(1024 * FIELDS);
  alive = new Uint8Array(1024);
  /** Unique term ids per document, to undo its statistics on removal. */
  private docTerms: (Int32Array | null)[] = [];
  private readonly totalLen = new Float64Array(FIELDS);
  private liveDocs = 0;
  private dead = 0;
  /** Score accumulator shared by queries: allocated once, cleared through `touched`. */
  private acc = new Float64Array(1024);
  private touched = new Int32Array(1024);

  constructor(public params: Bm25fParams = DEFAULT_BM25F) {}

  get documentCount(): number {
    return this.liveDocs;
  }

  get vocabularySize(): number {
    return this.terms.size;
  }

  /** Every term ever indexed (some may have no live document left: check `docFreq`). */
  termList(): IterableIterator<string> {
    return this.terms.keys();
  }

  termId(term: string): number | undefined {
    return this.terms.get(term);
  }

  docFreq(term: string): number {
    const t = this.terms.get(term);
    return t === undefined ? 0 : (this.df[t] ?? 0);
  }

  /** Robertson–Spärck Jones idf, floored at a small positive value so common terms still count a little. */
  idf(term: string): number {
    const n = this.docFreq(term);
    if (n === 0) return 0;
    return Math.max(0.01, Math.log(1 + (this.liveDocs - n + 0.5) / (n + 0.5)));
  }

  add(doc: number, fields: readonly (readonly string[])[]): void {
    this.ensure(doc + 1);
    const counts = new Map<number, number[]>();
    for (let f = 0; f < FIELDS; f++) {
      const toks = fields[f] ?? [];
      this.fieldLen[doc * FIELDS + f] = toks.length;
      this.totalLen[f] = (this.totalLen[f] ?? 0) + toks.length;
      for (const tok of toks) {
        let t = this.terms.get(tok);
        if (t === undefined) {
          t = this.terms.size;
          this.terms.set(tok, t);
          this.postings.push(new PostingList());
          if (t >= this.df.length) this.df = grow(this.df, t + 1);
        }
        let c = counts.get(t);
        if (!c) counts.set(t, (c = new Array<number>(FIELDS).fill(0)));
        c[f] = (c[f] ?? 0) + 1;
      }
    }
    const ids = new Int32Array(counts.size);
    let i = 0;
    for (const [t, c] of counts) {
      this.postings[t]?.add(doc, c);
      this.df[t] = (this.df[t] ?? 0) + 1;
      ids[i++] = t;
    }
    this.docTerms[doc] = ids;
    this.alive[doc] = 1;
    this.liveDocs++;
  }

  remove(doc: number): void {
    if (!this.alive[doc]) return;
    this.alive[doc] = 0;
    this.liveDocs--;
    for (let f = 0; f < FIELDS; f++) this.totalLen[f] = (this.totalLen[f] ?? 0) - (this.fieldLen[doc * FIELDS + f] ?? 0);
    for (const t of this.docTerms[doc] ?? []) this.df[t] = (this.df[t] ?? 0) - 1;
    this.docTerms[doc] = null;
    // Compact when a tenth of all postings may be dead: amortised O(1) per removal.
    if (++this.dead > 1000 && this.dead * 10 > this.liveDocs) {
      for (const p of this.postings) p.compact(this.alive);
      this.dead = 0;
    }
  }

  /**
   * Adds BM25F scores of the weighted query terms into the shared accumulator and returns the
   * touched documents and the accumulator (valid until the next call).
   */
  score(query: ReadonlyMap<string, number>): { docs: Int32Array; count: number; acc: Float64Array } {
    let count = 0;
    const { k1, weight, b } = this.params;
    const avg = [0, 0, 0].map((_, f) => Math.max(1, (this.totalLen[f] ?? 0) / Math.max(1, this.liveDocs)));
    const norm = [0, 0, 0].map((_, f) => (b[f] ?? 0) / (avg[f] ?? 1));
    const [w0, w1, w2] = weight;
    const [n0 = 0, n1 = 0, n2 = 0] = norm;
    const [b0, b1, b2] = b;
    for (const [term, qw] of query) {
      const t = this.terms.get(term);
      if (t === undefined) continue;
      const p = this.postings[t];
      if (!p) continue;
      const idf = this.idf(term) * qw;
      const { docs, tf, length } = p;
      for (let i = 0; i < length; i++) {
        const d = docs[i] ?? 0;
        if (!this.alive[d]) continue;
        const o = d * FIELDS;
        const j = i * FIELDS;
        const pf =
          (w0 * (tf[j] ?? 0)) / (1 - b0 + n0 * (this.fieldLen[o] ?? 0)) +
          (w1 * (tf[j + 1] ?? 0)) / (1 - b1 + n1 * (this.fieldLen[o + 1] ?? 0)) +
          (w2 * (tf[j + 2] ?? 0)) / (1 - b2 + n2 * (this.fieldLen[o + 2] ?? 0));
        if (this.acc[d] === 0) this.touched[count++] = d;
        this.acc[d] = (this.acc[d] ?? 0) + (idf * pf * (k1 + 1)) / (k1 + pf);
      }
    }
    return { docs: this.touched, count, acc: this.acc };
  }

  /** Zeroes what the last `score` call touched. */
  clear(docs: Int32Array, count: number): void {
    for (let i = 0; i < count; i++) this.acc[docs[i] ?? 0] = 0;
  }

  /**
   * Per-field frequencies of a term in one document. Postings are kept in document order
   * (numbers only grow, compaction keeps order), so this is a binary search.
   */
  fieldFreqs(term: string, doc: number): number[] {
    const t = this.terms.get(term);
    const p = t === undefined ? undefined : this.postings[t];
    if (!p || !this.alive[doc]) return [0, 0, 0];
    let lo = 0;
    let hi = p.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = p.docs[mid] ?? 0;
      if (d === doc) return Array.from(p.tf.subarray(mid * FIELDS, mid * FIELDS + FIELDS));
      if (d < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return [0, 0, 0];
  }

  toSnapshot(): Bm25fSnapshot {
    const n = this.docTerms.length;
    return {
      terms: [...this.terms.keys()],
      postings: packPostings(this.postings),
      df: this.df.slice(0, this.terms.size),
      docCount: n,
      capacity: this.alive.length,
      fieldLen: this.fieldLen.slice(0, n * FIELDS),
      alive: this.alive.slice(0, n),
      docTerms: packRagged(this.docTerms),
      totalLen: Float64Array.from(this.totalLen),
      liveDocs: this.liveDocs,
      dead: this.dead,
    };
  }

  static fromSnapshot(params: Bm25fParams, s: Bm25fSnapshot): Bm25fIndex {
    const x = new Bm25fIndex(params);
    const nt = s.terms.length;
    const n = s.docCount;
    check(s.df.length === nt && s.fieldLen.length === n * FIELDS && s.alive.length === n && s.capacity >= n && s.totalLen.length === FIELDS, 'tables differ in size');
    s.terms.forEach((term, t) => x.terms.set(term, t));
    check(x.terms.size === nt, 'repeated terms');
    for (const p of unpackPostings(s.postings, nt)) x.postings.push(p);
    x.df = new Int32Array(Math.max(1024, nt));
    x.df.set(s.df);
    const cap = Math.max(1024, s.capacity);
    x.alive = new Uint8Array(cap);
    x.alive.set(s.alive);
    x.fieldLen = new Float32Array(cap * FIELDS);
    x.fieldLen.set(s.fieldLen);
    x.acc = new Float64Array(cap);
    x.touched = new Int32Array(cap);
    x.docTerms = unpackRagged(s.docTerms);
    check(x.docTerms.length === n, 'document terms differ in length');
    x.totalLen.set(s.totalLen);
    x.liveDocs = s.liveDocs;
    x.dead = s.dead;
    return x;
  }

  private ensure(n: number): void {
    if (n <= this.alive.length) return;
    const cap = Math.max(n, this.alive.length * 2);
    this.alive = grow(this.alive, cap);
    this.fieldLen = grow(this.fieldLen, cap * FIELDS);
    this.acc = grow(this.acc, cap);
    this.touched = grow(this.touched, cap);
  }
}

function grow<T extends Int32Array | Uint8Array | Float32Array | Float64Array>(a: T, n: number): T {
  const Ctor = a.constructor as new (n: number) => T;
  const b = new Ctor(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}
