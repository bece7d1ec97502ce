import { DIM, type TermSpace } from './term-space.js';

/**
 * Query expansion from the learnt term space, aimed at vocabulary gaps: a query term that
 * trusted questions and focus names (almost) never use — "dizzy", "renal", a brand name — is
 * given its nearest neighbours among the terms they do use ("vertigo", "kidnei", the generic
 * name), at a reduced weight. Terms the questions already use are left alone: expanding them
 * only blurs a match that already works. Neighbour candidates live in one normalised matrix,
 * rebuilt lazily after the space changed, so a query costs one scan per gap term.
 */
export interface ExpansionParams {
  /** Neighbours added per gap term. */
  count: number;
  /** Query weight of an added term = weight × cosine × the gap term's own weight. */
  weight: number;
  /** Cosines below this are not neighbours. */
  minCosine: number;
  /** A term used fewer times than this in questions and foci is a gap term; more, a candidate. */
  minCount: number;
  /** At most this many gap terms per query (the rarest first), bounding latency. */
  maxGaps: number;
}

export const DEFAULT_EXPANSION: ExpansionParams = { count: 3, weight: 0.3, minCosine: 0.35, minCount: 5, maxGaps: 3 };

/** What a QueryExpander learnt: use counts of space terms, in the order first seen. */
export interface ExpanderSnapshot {
  usedIds: Int32Array;
  usedCounts: Int32Array;
}

export class QueryExpander {
  /** Occurrences of each space term in questions and focus names. */
  private readonly used = new Map<number, number>();
  private matrix = new Float32Array(0);
  private rows = new Int32Array(0);
  private builtAt = -1;

  constructor(
    private readonly space: TermSpace,
    public params: ExpansionParams = DEFAULT_EXPANSION,
  ) {}

  toSnapshot(): ExpanderSnapshot {
    return { usedIds: Int32Array.from(this.used.keys()), usedCounts: Int32Array.from(this.used.values()) };
  }

  /** The neighbour matrix is not stored: it is rebuilt on first use, as after any change. */
  static fromSnapshot(space: TermSpace, params: ExpansionParams, s: ExpanderSnapshot): QueryExpander {
    const x = new QueryExpander(space, params);
    if (s.usedIds.length !== s.usedCounts.length) throw new Error('snapshot: expander arrays differ in size');
    s.usedIds.forEach((id, i) => x.used.set(id, s.usedCounts[i] ?? 0));
    return x;
  }

  /** Records that a question or focus name used the term. */
  allow(term: string): void {
    const id = this.space.id(term);
    if (id !== undefined) this.used.set(id, (this.used.get(id) ?? 0) + 1);
  }

  private unit(id: number, out: Float32Array): boolean {
    const v = this.space.vectors;
    const o = id * DIM;
    let n = 0;
    for (let k = 0; k < DIM; k++) n += v[o + k]! * v[o + k]!;
    if (n === 0) return false;
    const inv = 1 / Math.sqrt(n);
    for (let k = 0; k < DIM; k++) out[k] = v[o + k]! * inv;
    return true;
  }

  private refresh(): void {
    if (this.builtAt === this.space.version) return;
    const ids: number[] = [];
    for (const [id, n] of this.used) if (n >= this.params.minCount) ids.push(id);
    this.matrix = new Float32Array(ids.length * DIM);
    this.rows = Int32Array.from(ids);
    const tmp = new Float32Array(DIM);
    ids.forEach((id, r) => {
      if (this.unit(id, tmp)) this.matrix.set(tmp, r * DIM);
    });
    this.builtAt = this.space.version;
  }

  /** Terms to add and their query weights. */
  expand(query: ReadonlyMap<string, number>, idf: (term: string) => number): { term: string; weight: number }[] {
    const p = this.params;
    if (p.count <= 0 || query.size === 0) return [];
    const gaps: { id: number; w: number; idf: number }[] = [];
    for (const [term, w] of query) {
      const id = this.space.id(term);
      if (id === undefined || (this.used.get(id) ?? 0) >= p.minCount || (this.space.counts[id] ?? 0) < 3) continue;
      gaps.push({ id, w, idf: idf(term) });
    }
    if (gaps.length === 0) return [];
    this.refresh();
    gaps.sort((a, b) => b.idf - a.idf);
    const out = new Map<string, number>();
    const q = new Float32Array(DIM);
    const m = this.matrix;
    for (const gap of gaps.slice(0, p.maxGaps)) {
      if (!this.unit(gap.id, q)) continue;
      const best: { r: number; cos: number }[] = [];
      for (let r = 0, o = 0; r < this.rows.length; r++, o += DIM) {
        let dot = 0;
        for (let k = 0; k < DIM; k++) dot += m[o + k]! * q[k]!;
        if (dot < p.minCosine || (best.length === p.count && dot <= best[best.length - 1]!.cos)) continue;
        best.push({ r, cos: dot });
        best.sort((a, b) => b.cos - a.cos);
        if (best.length > p.count) best.pop();
      }
      for (const b of best) {
        const term = this.space.terms[this.rows[b.r]!] ?? '';
        if (query.has(term)) continue;
        out.set(term, Math.max(out.get(term) ?? 0, p.weight * b.cos * gap.w));
      }
    }
    return [...out].map(([term, weight]) => ({ term, weight }));
  }
}
