/**
 * Word vectors + IDF as shipped in the model file. Vectors are quantised to int8 (unit rows,
 * scaled by 127) and base64-encoded: 14k words × 100 dims is ≈1.9 MB of JSON instead of ≈15 MB,
 * and cosine similarity loses nothing that matters at two decimals.
 */

import type { LsaResult } from './lsa.js';

export interface VectorsJson {
  dims: number;
  /** Space-separated stems (stems never contain spaces). */
  vocab: string;
  /** idf·16 rounded into one byte per word, base64. */
  idf: string;
  /** int8 row-major, base64. */
  vectors: string;
}

export class WordVectors {
  private readonly index: Map<string, number>;
  /** IDF assumed for words MedQuAD never saw: as informative as its rarest words. */
  readonly unknownIdf: number;

  constructor(
    readonly vocab: readonly string[],
    private readonly idfs: Float32Array,
    private readonly data: Int8Array,
    readonly dims: number,
  ) {
    this.index = new Map(vocab.map((w, i) => [w, i]));
    let max = 0;
    for (const v of idfs) max = Math.max(max, v);
    this.unknownIdf = max;
  }

  static fromLsa(lsa: LsaResult): WordVectors {
    const q = new Int8Array(lsa.vectors.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round((lsa.vectors[i] ?? 0) * 127)));
    // Round-trip the IDF through its stored precision so training sees what scoring will see.
    const idf = Float32Array.from(lsa.idf, (v) => Math.min(255, Math.round(v * 16)) / 16);
    return new WordVectors(lsa.vocab, idf, q, lsa.dims);
  }

  static fromJson(json: VectorsJson): WordVectors {
    const vocab = json.vocab.split(' ');
    const idfBytes = Buffer.from(json.idf, 'base64');
    const idf = Float32Array.from(idfBytes, (b) => b / 16);
    const raw = Buffer.from(json.vectors, 'base64');
    const data = new Int8Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
    if (idf.length !== vocab.length || data.length !== vocab.length * json.dims) throw new Error('model vectors are inconsistent');
    return new WordVectors(vocab, idf, data, json.dims);
  }

  toJson(): VectorsJson {
    return {
      dims: this.dims,
      vocab: this.vocab.join(' '),
      idf: Buffer.from(Uint8Array.from(this.idfs, (v) => Math.round(v * 16))).toString('base64'),
      vectors: Buffer.from(this.data.buffer, this.data.byteOffset, this.data.byteLength).toString('base64'),
    };
  }

  has(word: string): boolean {
    return this.index.has(word);
  }

  /** Row of a word in `rows` (-1 when unknown): lets a caller cache rows and take dot products itself. */
  rowOf(word: string): number {
    return this.index.get(word) ?? -1;
  }

  /** The quantised vectors, row-major (`dims` int8 per word): cos = dot / 127². */
  get rows(): Int8Array {
    return this.data;
  }

  idf(word: string): number {
    const i = this.index.get(word);
    return i === undefined ? this.unknownIdf : (this.idfs[i] ?? this.unknownIdf);
  }

  /** Cosine of two words; identical strings are 1, unknown words 0 (no evidence either way). */
  cos(a: string, b: string): number {
    if (a === b) return 1;
    const i = this.index.get(a);
    const j = this.index.get(b);
    if (i === undefined || j === undefined) return 0;
    let s = 0;
    const d = this.dims;
    for (let k = 0; k < d; k++) s += (this.data[i * d + k] ?? 0) * (this.data[j * d + k] ?? 0);
    return s / (127 * 127);
  }

  /** IDF-weighted mean vector of the known words (unnormalised; callers use cosine). */
  mean(stems: readonly string[]): Float64Array {
    const out = new Float64Array(this.dims);
    for (const w of stems) {
      const i = this.index.get(w);
      if (i === undefined) continue;
      const weight = this.idfs[i] ?? 0;
      for (let k = 0; k < this.dims; k++) out[k] = (out[k] ?? 0) + weight * (this.data[i * this.dims + k] ?? 0);
    }
    return out;
  }

  /** Nearest words, for inspection in the training log. */
  nearest(word: string, n: number): string[] {
    if (!this.index.has(word)) return [];
    return this.vocab
      .map((w) => [w, this.cos(word, w)] as const)
      .sort((x, y) => y[1] - x[1])
      .slice(1, n + 1)
      .map(([w, c]) => `${w}:${c.toFixed(2)}`);
  }
}

export function cosine(a: Float64Array, b: Float64Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k] ?? 0;
    const y = b[k] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
