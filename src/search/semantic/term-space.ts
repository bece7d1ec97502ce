/**
 * Term vectors learnt from the indexed text itself by random indexing (Kanerva; Sahlgren
 * 2005): every term has a fixed sparse random "index vector", and a term's context vector is
 * the sum of the index vectors of the words around it. This approximates a reduced
 * co-occurrence matrix (like PPMI + SVD) but is incremental — each indexed document just adds
 * to it — and needs no downloaded weights. Frequent context words are damped (1/√count, as in
 * word2vec subsampling) so that "patient" or "disease" do not make every term look alike.
 */
export const DIM = 128;
const NONZERO = 6;
const WINDOW = 4;
/** Long answers repeat themselves; their opening carries most of the co-occurrence signal. */
const MAX_TOKENS = 300;

function hash(s: string, seed: number): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A TermSpace as plain data: rows of the terms learnt so far, by term id. */
export interface TermSpaceSnapshot {
  terms: string[];
  vectors: Float32Array;
  counts: Float64Array;
  slots: Int32Array;
  capacity: number;
  version: number;
}

export class TermSpace {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  vectors = new Float32Array(1024 * DIM);
  counts = new Float64Array(1024);
  /** Index vectors: NONZERO signed positions per term, derived from a hash of the term. */
  private slots = new Int32Array(1024 * NONZERO);
  /** Bumped on every change, so derived matrices know when to refresh. */
  version = 0;

  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  private intern(term: string): number {
    let id = this.ids.get(term);
    if (id !== undefined) return id;
    id = this.terms.length;
    this.ids.set(term, id);
    this.terms.push(term);
    if (id >= this.counts.length) this.growTo(this.counts.length * 2);
    for (let k = 0; k < NONZERO; k++) {
      const h = hash(term, k + 1);
      // Sign in the top bit, position in the rest.
      this.slots[id * NONZERO + k] = (h & 0x80000000 ? -1 : 1) * (1 + ((h & 0x7fffffff) % DIM));
    }
    return id;
  }

  /** Adds one text's co-occurrences (analysed terms in order). */
  learn(tokens: readonly string[]): void {
    if (tokens.length < 2) return;
    const ids = new Int32Array(Math.min(tokens.length, MAX_TOKENS));
    for (let i = 0; i < ids.length; i++) {
      const id = this.intern(tokens[i]!);
      ids[i] = id;
      this.counts[id]! += 1;
    }
    const vec = this.vectors;
    const slots = this.slots;
    for (let i = 0; i < ids.length; i++) {
      const t = ids[i]!;
      const base = t * DIM;
      const hi = Math.min(ids.length - 1, i + WINDOW);
      for (let j = Math.max(0, i - WINDOW); j <= hi; j++) {
        const c = ids[j]!;
        if (c === t) continue;
        const w = 1 / Math.sqrt(this.counts[c]!);
        for (let k = c * NONZERO, end = k + NONZERO; k < end; k++) {
          const s = slots[k]!;
          if (s > 0) vec[base + s - 1]! += w;
          else vec[base - s - 1]! -= w;
        }
      }
    }
    this.version++;
  }

  private growTo(n: number): void {
    const v = new Float32Array(n * DIM);
    v.set(this.vectors);
    this.vectors = v;
    const c = new Float64Array(n);
    c.set(this.counts);
    this.counts = c;
    const s = new Int32Array(n * NONZERO);
    s.set(this.slots);
    this.slots = s;
  }

  toSnapshot(): TermSpaceSnapshot {
    const n = this.terms.length;
    return {
      terms: [...this.terms],
      vectors: this.vectors.slice(0, n * DIM),
      counts: this.counts.slice(0, n),
      slots: this.slots.slice(0, n * NONZERO),
      capacity: this.counts.length,
      version: this.version,
    };
  }

  static fromSnapshot(s: TermSpaceSnapshot): TermSpace {
    const space = new TermSpace();
    const n = s.terms.length;
    if (s.vectors.length !== n * DIM || s.counts.length !== n || s.slots.length !== n * NONZERO || s.capacity < n) {
      throw new Error('snapshot: term space arrays differ in size');
    }
    s.terms.forEach((t, id) => {
      space.ids.set(t, id);
      space.terms.push(t);
    });
    space.growTo(Math.max(1024, s.capacity));
    space.vectors.set(s.vectors);
    space.counts.set(s.counts);
    space.slots.set(s.slots);
    space.version = s.version;
    return space;
  }
}
