import { analyse } from '../similarity/features.js';
import { editDistance } from '../similarity/text.js';
import type { WordVectors } from '../similarity/vectors.js';
import type { EntailmentReranker } from './entailment.js';
import { COS_SCALE, ALIGN_STEMS, maskOf } from './layout.js';
import type { WordTable } from './word-table.js';

/**
 * The query side of the re-rank: the consumer question's analysis, made once per query, and a
 * cache slot per distinct candidate word met while scoring (its cosines to the query words, its
 * best cosine to the query and to its opening, its fuzzy matches). RerankQuery scores over it.
 */
export class QueryCache {
  protected readonly vectors: WordVectors;
  protected readonly table: WordTable;
  protected readonly dims: number;
  /** Distinct query words (its stems, then opening words not among them). */
  protected readonly u: number;
  protected readonly qText: string[];
  protected readonly qId: Int32Array;
  protected readonly qRow: Int32Array;
  protected readonly qIdf: Float64Array;
  /** Query vectors as float64 copies of the int8 rows (zeros for unknown words). */
  protected readonly qMat: Float64Array;
  protected readonly setIdx: Int32Array;
  protected readonly earlyIdx: Int32Array;
  protected readonly alignIdx: Int32Array;
  protected readonly setIdfSum: number;
  protected readonly set: Set<string>;
  protected readonly early: Set<string>;
  protected readonly typesMask: number;
  protected readonly typesSize: number;
  protected readonly info: boolean;
  protected readonly stemCount: number;
  protected readonly mean: Float64Array;
  protected readonly inSetById = new Map<number, number>();

  // Per distinct candidate word ("slot"): cosines to the query words and what follows from them.
  protected readonly slotOf = new Map<number, number>();
  protected cos = new Float64Array(0);
  protected readonly maxSet: number[] = [];
  protected readonly maxEarly: number[] = [];
  protected readonly fuzzySet: number[] = [];
  protected readonly fuzzyEarly: number[] = [];
  protected readonly inSet: number[] = [];

  constructor(protected readonly reranker: EntailmentReranker, query: string) {
    const model = reranker.model;
    this.vectors = model.vectors;
    this.table = reranker.table;
    this.dims = model.vectors.dims;
    const a = analyse(query, model.vectors, false);
    const index = new Map<string, number>();
    const words: string[] = [];
    for (const w of [...a.set, ...a.early]) if (!index.has(w)) index.set(w, words.push(w) - 1);
    this.u = words.length;
    this.qText = words;
    this.qId = Int32Array.from(words, (w) => this.table.lookup(w) ?? -1);
    this.qRow = Int32Array.from(words, (w) => this.vectors.rowOf(w));
    this.qIdf = Float64Array.from(words, (w) => this.vectors.idf(w));
    const d = this.dims;
    const data = this.vectors.rows;
    this.qMat = new Float64Array(this.u * d);
    for (let i = 0; i < this.u; i++) {
      const r = this.qRow[i] ?? -1;
      if (r >= 0) for (let k = 0; k < d; k++) this.qMat[i * d + k] = data[r * d + k] ?? 0;
    }
    this.setIdx = Int32Array.from(a.set, (w) => index.get(w) ?? 0);
    this.earlyIdx = Int32Array.from(a.early, (w) => index.get(w) ?? 0);
    this.alignIdx = Int32Array.from(a.stems.slice(0, ALIGN_STEMS), (w) => index.get(w) ?? 0);
    let s = 0;
    for (const i of this.setIdx) s += this.qIdf[i] ?? 0;
    this.setIdfSum = s;
    for (const i of this.setIdx) {
      const id = this.qId[i] ?? -1;
      if (id >= 0) this.inSetById.set(id, i);
    }
    this.set = a.set;
    this.early = a.early;
    this.typesMask = maskOf(a.types.types);
    this.typesSize = a.types.types.size;
    this.info = a.types.info;
    this.stemCount = a.stems.length;
    this.mean = a.mean;
  }

  /** Cache slot of a candidate word: its cosine to every query word, computed on first use. */
  protected slot(id: number): number {
    let s = this.slotOf.get(id);
    if (s !== undefined) return s;
    s = this.maxSet.length;
    this.slotOf.set(id, s);
    const u = this.u;
    if (this.cos.length < (s + 1) * u) {
      const grown = new Float64Array(Math.max(64 * u, this.cos.length * 2, (s + 1) * u));
      grown.set(this.cos);
      this.cos = grown;
    }
    const cos = this.cos;
    const base = s * u;
    const r = this.table.rows[id] ?? -1;
    const d = this.dims;
    const data = this.vectors.rows;
    const q = this.qMat;
    for (let i = 0; i < u; i++) {
      let c = 0;
      if (this.qId[i] === id) c = 1;
      else if (r >= 0 && (this.qRow[i] ?? -1) >= 0) {
        let dot = 0;
        const qo = i * d;
        const wo = r * d;
        for (let k = 0; k < d; k++) dot += (q[qo + k] ?? 0) * (data[wo + k] ?? 0);
        c = dot * COS_SCALE;
      }
      cos[base + i] = c;
    }
    let ms = 0;
    for (const i of this.setIdx) ms = Math.max(ms, cos[base + i] ?? 0);
    let me = 0;
    for (const i of this.earlyIdx) me = Math.max(me, cos[base + i] ?? 0);
    this.maxSet.push(ms);
    this.maxEarly.push(me);
    this.fuzzySet.push(-1);
    this.fuzzyEarly.push(-1);
    this.inSet.push(this.inSetById.has(id) ? 1 : 0);
    return s;
  }

  /** fuzzyIn of features.ts: exact, or one/two edits from a query word with the same first letter. */
  protected fuzzy(id: number, s: number, early: boolean): number {
    const memo = early ? this.fuzzyEarly : this.fuzzySet;
    const known = memo[s] ?? -1;
    if (known >= 0) return known;
    const word = this.table.words[id] ?? '';
    const set = early ? this.early : this.set;
    let hit = set.has(word);
    if (!hit && word.length >= 6) {
      const max = word.length >= 9 ? 2 : 1;
      for (const w of set) {
        if (w[0] === word[0] && editDistance(word, w, max) <= max) {
          hit = true;
          break;
        }
      }
    }
    memo[s] = hit ? 1 : 0;
    return memo[s] ?? 0;
  }
}
