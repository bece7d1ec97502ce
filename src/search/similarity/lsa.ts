/**
 * Word vectors learned from MedQuAD by latent semantic analysis: a (text unit × stem) matrix
 * weighted log(1+tf)·idf, factorised by randomised SVD (Halko, Martinsson & Tropp 2011).
 * Text units are MedQuAD QA pairs, and MedQuAD answers are sectioned by question type, so the
 * factorisation ties type words together ("therapy", "medication", "cure" near "treat") as well
 * as focus words (a disease near its organs and symptoms). Pure TypeScript: the matrices are
 * small (≈47k × 14k sparse, rank ≈100), a few seconds on one core.
 */

import { Rng } from './rng.js';
import { contentStems } from './text.js';

export interface LsaResult {
  vocab: string[];
  /** Inverse document frequency per vocab entry, ln(N/df). */
  idf: Float64Array;
  /** Row-major vocab.length × dims, rows L2-normalised. */
  vectors: Float32Array;
  dims: number;
}

interface Csr {
  rows: number;
  cols: number;
  ptr: Int32Array;
  idx: Int32Array;
  val: Float64Array;
}

/** Y (rows × l) = A X, X is cols × l. */
function mul(a: Csr, x: Float64Array, l: number): Float64Array {
  const y = new Float64Array(a.rows * l);
  for (let r = 0; r < a.rows; r++) {
    const end = a.ptr[r + 1] ?? 0;
    for (let p = a.ptr[r] ?? 0; p < end; p++) {
      const c = a.idx[p] ?? 0;
      const v = a.val[p] ?? 0;
      for (let k = 0; k < l; k++) y[r * l + k] = (y[r * l + k] ?? 0) + v * (x[c * l + k] ?? 0);
    }
  }
  return y;
}

/** Z (cols × l) = Aᵀ Y, Y is rows × l. */
function mulT(a: Csr, y: Float64Array, l: number): Float64Array {
  const z = new Float64Array(a.cols * l);
  for (let r = 0; r < a.rows; r++) {
    const end = a.ptr[r + 1] ?? 0;
    for (let p = a.ptr[r] ?? 0; p < end; p++) {
      const c = a.idx[p] ?? 0;
      const v = a.val[p] ?? 0;
      for (let k = 0; k < l; k++) z[c * l + k] = (z[c * l + k] ?? 0) + v * (y[r * l + k] ?? 0);
    }
  }
  return z;
}

/** In-place modified Gram–Schmidt on the l columns of an n × l row-major matrix. */
function orthonormalise(m: Float64Array, n: number, l: number): void {
  for (let j = 0; j < l; j++) {
    for (let i = 0; i < j; i++) {
      let dot = 0;
      for (let r = 0; r < n; r++) dot += (m[r * l + i] ?? 0) * (m[r * l + j] ?? 0);
      for (let r = 0; r < n; r++) m[r * l + j] = (m[r * l + j] ?? 0) - dot * (m[r * l + i] ?? 0);
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += (m[r * l + j] ?? 0) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < n; r++) m[r * l + j] = (m[r * l + j] ?? 0) / norm;
  }
}

/** Cyclic Jacobi eigen-decomposition of a symmetric l × l matrix; returns values and column vectors. */
function jacobi(s: Float64Array, l: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(s);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i++) v[i * l + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < l; p++) for (let q = p + 1; q < l; q++) off += (a[p * l + q] ?? 0) ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < l; p++) {
      for (let q = p + 1; q < l; q++) {
        const apq = a[p * l + q] ?? 0;
        if (Math.abs(apq) < 1e-15) continue;
        const theta = ((a[q * l + q] ?? 0) - (a[p * l + p] ?? 0)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        for (let k = 0; k < l; k++) {
          const akp = a[k * l + p] ?? 0;
          const akq = a[k * l + q] ?? 0;
          a[k * l + p] = c * akp - sn * akq;
          a[k * l + q] = sn * akp + c * akq;
        }
        for (let k = 0; k < l; k++) {
          const apk = a[p * l + k] ?? 0;
          const aqk = a[q * l + k] ?? 0;
          a[p * l + k] = c * apk - sn * aqk;
          a[q * l + k] = sn * apk + c * aqk;
        }
        for (let k = 0; k < l; k++) {
          const vkp = v[k * l + p] ?? 0;
          const vkq = v[k * l + q] ?? 0;
          v[k * l + p] = c * vkp - sn * vkq;
          v[k * l + q] = sn * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(l);
  for (let i = 0; i < l; i++) values[i] = a[i * l + i] ?? 0;
  return { values, vectors: v };
}

export interface LsaOptions {
  dims: number;
  minDf: number;
  maxVocab: number;
  seed: number;
  powerIterations: number;
}

export function trainLsa(texts: readonly string[], opts: LsaOptions): LsaResult {
  const docs = texts.map((t) => contentStems(t));
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  // Most frequent first, ties by spelling: the vocab order (and so the model file) is stable.
  const vocab = [...df.entries()]
    .filter(([, n]) => n >= opts.minDf)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, opts.maxVocab)
    .map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const n = docs.length;
  const idf = Float64Array.from(vocab, (w) => Math.log(n / (df.get(w) ?? 1)));

  const ptr = new Int32Array(n + 1);
  const idx: number[] = [];
  const val: number[] = [];
  docs.forEach((d, r) => {
    const tf = new Map<number, number>();
    for (const w of d) {
      const i = index.get(w);
      if (i !== undefined) tf.set(i, (tf.get(i) ?? 0) + 1);
    }
    for (const [i, c] of [...tf.entries()].sort((x, y) => x[0] - y[0])) {
      idx.push(i);
      val.push(Math.log1p(c) * (idf[i] ?? 0));
    }
    ptr[r + 1] = idx.length;
  });
  const a: Csr = { rows: n, cols: vocab.length, ptr, idx: Int32Array.from(idx), val: Float64Array.from(val) };

  const l = opts.dims + 20; // oversampling improves the accuracy of the top `dims` directions
  const rng = new Rng(opts.seed);
  const omega = Float64Array.from({ length: a.cols * l }, () => rng.gauss());
  let q = mul(a, omega, l);
  orthonormalise(q, a.rows, l);
  for (let it = 0; it < opts.powerIterations; it++) {
    const z = mulT(a, q, l);
    orthonormalise(z, a.cols, l);
    q = mul(a, z, l);
    orthonormalise(q, a.rows, l);
  }
  const bt = mulT(a, q, l); // Bᵀ = Aᵀ Q, cols × l
  const gram = new Float64Array(l * l); // B Bᵀ = (Bᵀ)ᵀ Bᵀ
  for (let r = 0; r < a.cols; r++)
    for (let i = 0; i < l; i++) {
      const x = bt[r * l + i] ?? 0;
      if (x === 0) continue;
      for (let j = 0; j < l; j++) gram[i * l + j] = (gram[i * l + j] ?? 0) + x * (bt[r * l + j] ?? 0);
    }
  const { values, vectors: u } = jacobi(gram, l);
  const order = [...values.keys()].sort((x, y) => (values[y] ?? 0) - (values[x] ?? 0)).slice(0, opts.dims);
  // Word vectors V·Σ^½ = Bᵀ U Σ^-½ (the square-root weighting works better than V·Σ for similarity).
  const dims = opts.dims;
  const out = new Float32Array(a.cols * dims);
  for (let r = 0; r < a.cols; r++) {
    let norm = 0;
    for (let k = 0; k < dims; k++) {
      const col = order[k] ?? 0;
      let s = 0;
      for (let i = 0; i < l; i++) s += (bt[r * l + i] ?? 0) * (u[i * l + col] ?? 0);
      s /= Math.pow(Math.max(values[col] ?? 0, 1e-12), 0.25);
      out[r * dims + k] = s;
      norm += s * s;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < dims; k++) out[r * dims + k] = (out[r * dims + k] ?? 0) / norm;
  }
  return { vocab, idf, vectors: out, dims };
}
