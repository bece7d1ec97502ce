/**
 * Question-entailment re-ranking at search speed. `RqeModel.score(a, b)` analyses both texts and
 * compares every word pair through 100-d vectors: about 1 ms a pair. Here the same features are
 * split by side:
 *  - candidate side, once at index time: the MedQuAD question's stems, distinct stems, focus and
 *    question-form words as ids into a word table (with each word's vector row and IDF), and its
 *    question types as a bit mask;
 *  - query side, once per query: the consumer question's analysis, and — lazily, once per
 *    distinct candidate word — that word's cosine to every query word, its best cosine to the
 *    query and to its opening, and its fuzzy (misspelling) matches;
 *  - per pair, only sums and maxima over those cached numbers: a few microseconds.
 * The result is the model's own probability (the test checks it against `RqeModel.score`), so
 * `models/rqe.json` is used as trained.
 */

import { analyseFaq, columnsOf } from '../similarity/features.js';
import type { RqeModel } from '../similarity/model.js';
import { check, packRagged, type Ragged, unpackRagged } from '../snapshot/ragged.js';
import { HEADER, maskOf } from './layout.js';
import { RerankQuery } from './query.js';
import { WordTable } from './word-table.js';

/** The candidate-side analysis as plain data (the model itself is not stored: it is checked by fingerprint). */
export interface RerankerSnapshot {
  words: string[];
  /** Packed analysis of each document number (null: removed or never analysed). */
  packed: Ragged;
}

/** Candidate-side analysis of every indexed question, by dense document number. */
export class EntailmentReranker {
  readonly table: WordTable;
  private readonly packed: (Int32Array | null)[] = [];
  private readonly coefficients: { mean: number[]; scale: number[]; weights: number[]; bias: number };
  /** Feature index (in ORDER) of each model column. */
  private readonly columns: number[];

  constructor(readonly model: RqeModel, table?: WordTable) {
    this.table = table ?? new WordTable(model);
    this.columns = columnsOf(model.groups);
    if (this.columns.length !== model.logistic.weights.length) throw new Error('model weights do not match its feature groups');
    this.coefficients = model.logistic;
  }

  toSnapshot(): RerankerSnapshot {
    return { words: this.table.toSnapshot(), packed: packRagged(this.packed) };
  }

  static fromSnapshot(model: RqeModel, s: RerankerSnapshot): EntailmentReranker {
    const r = new EntailmentReranker(model, WordTable.fromSnapshot(model, s.words));
    const words = s.words.length;
    for (const p of unpackRagged(s.packed)) {
      if (p) {
        const n = HEADER + (p[2] ?? 0) + (p[3] ?? 0) + (p[4] ?? 0) + (p[5] ?? 0);
        check(p.length === n && p.subarray(HEADER).every((w) => w >= 0 && w < words), 're-rank analysis out of range');
      }
      r.packed.push(p);
    }
    return r;
  }

  /** Analyses a candidate question as the FAQ side of a pair; replaces what `n` held. */
  add(n: number, question: string): void {
    const a = analyseFaq(question);
    const ids = (ws: Iterable<string>): number[] => [...ws].map((w) => this.table.id(w));
    const stems = ids(a.stems);
    const set = ids(a.set);
    const focus = ids(a.focus);
    const form = ids(a.form);
    const p = new Int32Array(HEADER + stems.length + set.length + focus.length + form.length);
    p[0] = maskOf(a.types.types);
    p[1] = a.types.info ? 1 : 0;
    p[2] = stems.length;
    p[3] = set.length;
    p[4] = focus.length;
    p[5] = form.length;
    p.set([...stems, ...set, ...focus, ...form], HEADER);
    while (this.packed.length <= n) this.packed.push(null);
    this.packed[n] = p;
  }

  remove(n: number): void {
    if (n < this.packed.length) this.packed[n] = null;
  }

  has(n: number): boolean {
    return (this.packed[n] ?? null) !== null;
  }

  /** Per-query state; score candidates of this query through it. */
  prepare(query: string): RerankQuery {
    return new RerankQuery(this, query);
  }

  /** @internal */
  candidate(n: number): Int32Array | null {
    return this.packed[n] ?? null;
  }

  /** @internal the model's probability from a full feature row (ORDER). */
  predict(x: Float64Array): number {
    const m = this.coefficients;
    let z = m.bias;
    for (let j = 0; j < m.weights.length; j++) {
      z += (m.weights[j] ?? 0) * (((x[this.columns[j] ?? 0] ?? 0) - (m.mean[j] ?? 0)) / (m.scale[j] ?? 1));
    }
    return 1 / (1 + Math.exp(-z));
  }
}
