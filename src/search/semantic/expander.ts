import { DIM, type TermSpace } from './term-space.js';

/**
 * Query expansion from the learnt term space: the query's centroid (idf-weighted unit term
 * vectors) is compared with every candidate term, and the nearest few not already in the
 * query are added at a reduced weight. Candidates are the terms of questions and foci —
 * expansion exists to reach the wording of trusted questions, not rare words of answers.
 * The candidate matrix is normalised once per change of the space, not per query.
 */
export interface ExpansionParams {
  /** How many terms to add. */
  count: number;
  /** Query weight of an added term = weight × cosine. */
  weight: number;
  /** Cosines below this are not neighbours. */
  minCosine: number;
  /** Terms seen fewer times are too noisy to expand to. */
  minCount: number;
}

export const DEFAULT_EXPANSION: ExpansionParams = { count: 5, weight: 0.3, minCosine: 0.5, minCount: 5 };

export class QueryExpander {
  /** Space ids of terms that may be added. */
  private readonly allowed = new Set<number>();
  private matrix = new Float32Array(0);
  private rows = new Int32Array(0);
  private mean = new Float32Array(DIM);
  private builtAt = -1;

  constructor(
    private readonly space: TermSpace,
    public params: ExpansionParams = DEFAULT_EXPANSION,
  ) {}

  allow(term: string): void {
    const id = this.space.id(term);
    if (id !== undefined && !this.allowed.has(id)) {
      this.allowed.add(id);
      this.builtAt = -1;
    }
  }

  /** Unit vector of a term with the common direction removed (all terms share a "text" component). */
  private unit(id: number, out: Float32Array): boolean {
    let n = 0;
    for (let k = 0; k < DIM; k++) {
      const x = (this.space.vectors[id * DIM + k] ?? 0) - (this.mean[k] ?? 0);
      out[k] = x;
      n += x * x;
    }
    if (n === 0) return false;
    const inv = 1 / Math.sqrt(n);
    for (let k = 0; k < DIM; k++) out[k] = (out[k] ?? 0) * inv;
    return true;
  }

  private refresh(): void {
    if (this.builtAt === this.space.version) return;
    const ids = [...this.allowed].filter((id) => (this.space.counts[id] ?? 0) >= this.params.minCount);
    this.mean = new Float32Array(DIM);
    const all = this.space.terms.length;
    for (let id = 0; id < all; id++) {
      let n = 0;
      for (let k = 0; k < DIM; k++) n += (this.space.vectors[id * DIM + k] ?? 0) ** 2;
      if (n === 0) continue;
      const inv = 1 / Math.sqrt(n) / all;
      for (let k = 0; k < DIM; k++) this.mean[k] = (this.mean[k] ?? 0) + (this.space.vectors[id * DIM + k] ?? 0) * inv;
    }
    this.matrix = new Float32Array(ids.length * DIM);
    this.rows = Int32Array.from(ids);
    const tmp = new Float32Array(DIM);
    ids.forEach((id, r) => {
      if (this.unit(id, tmp)) this.matrix.set(tmp, r * DIM);
    });
    this.builtAt = this.space.version;
  }

  /** Added terms and their query weights, best first. */
  expand(query: ReadonlyMap<string, number>, idf: (term: string) => number): { term: string; weight: number }[] {
    const p = this.params;
    if (p.count <= 0 || query.size === 0) return [];
    this.refresh();
    const centroid = new Float32Array(DIM);
    const tmp = new Float32Array(DIM);
    const inQuery = new Set<number>();
    for (const [term, w] of query) {
      const id = this.space.id(term);
      if (id === undefined) continue;
      inQuery.add(id);
      if (!this.unit(id, tmp)) continue;
      const s = w * idf(term);
      for (let k = 0; k < DIM; k++) centroid[k] = (centroid[k] ?? 0) + (tmp[k] ?? 0) * s;
    }
    let n = 0;
    for (let k = 0; k < DIM; k++) n += (centroid[k] ?? 0) ** 2;
    if (n === 0) return [];
    const inv = 1 / Math.sqrt(n);
    const best: { id: number; cos: number }[] = [];
    const m = this.matrix;
    for (let r = 0; r < this.rows.length; r++) {
      let dot = 0;
      const o = r * DIM;
      for (let k = 0; k < DIM; k++) dot += (m[o + k] ?? 0) * (centroid[k] ?? 0);
      const cos = dot * inv;
      if (cos < p.minCosine) continue;
      const id = this.rows[r] ?? 0;
      if (inQuery.has(id)) continue;
      if (best.length < p.count || cos > (best[best.length - 1]?.cos ?? 0)) {
        best.push({ id, cos });
        best.sort((a, b) => b.cos - a.cos);
        if (best.length > p.count) best.pop();
      }
    }
    return best.map((b) => ({ term: this.space.terms[b.id] ?? '', weight: p.weight * b.cos }));
  }
}
