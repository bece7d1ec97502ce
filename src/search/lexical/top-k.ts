/**
 * Keeps the k best (doc, score) pairs in a min-heap over two typed arrays: O(n log k) with no
 * per-candidate allocation, instead of sorting every scored document.
 */
export class TopK {
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private n = 0;

  constructor(readonly k: number) {
    this.docs = new Int32Array(Math.max(1, k));
    this.scores = new Float64Array(Math.max(1, k));
  }

  /** Lowest score still kept once full; anything not above it cannot enter. */
  get floor(): number {
    return this.n < this.k ? Number.NEGATIVE_INFINITY : (this.scores[0] ?? 0);
  }

  push(doc: number, score: number): void {
    if (this.k <= 0) return;
    if (this.n < this.k) {
      let i = this.n++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (this.less(p, doc, score)) break;
        this.docs[i] = this.docs[p] ?? 0;
        this.scores[i] = this.scores[p] ?? 0;
        i = p;
      }
      this.docs[i] = doc;
      this.scores[i] = score;
      return;
    }
    if (!this.beats(doc, score, 0)) return;
    this.siftDown(doc, score);
  }

  /** Best first; ties broken by lower doc number so results are deterministic. */
  result(): { doc: number; score: number }[] {
    const out: { doc: number; score: number }[] = [];
    for (let i = 0; i < this.n; i++) out.push({ doc: this.docs[i] ?? 0, score: this.scores[i] ?? 0 });
    return out.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  /** Heap order: the slot at i sorts before (doc, score), i.e. is the worse entry. */
  private less(i: number, doc: number, score: number): boolean {
    const s = this.scores[i] ?? 0;
    return s < score || (s === score && (this.docs[i] ?? 0) > doc);
  }

  private beats(doc: number, score: number, i: number): boolean {
    return this.less(i, doc, score);
  }

  private siftDown(doc: number, score: number): void {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.n) break;
      const r = l + 1;
      const c = r < this.n && this.lessSlots(r, l) ? r : l;
      if (!this.lessSlotThan(c, doc, score)) break;
      this.docs[i] = this.docs[c] ?? 0;
      this.scores[i] = this.scores[c] ?? 0;
      i = c;
    }
    this.docs[i] = doc;
    this.scores[i] = score;
  }

  private lessSlots(a: number, b: number): boolean {
    return this.less(a, this.docs[b] ?? 0, this.scores[b] ?? 0);
  }

  private lessSlotThan(i: number, doc: number, score: number): boolean {
    return this.less(i, doc, score);
  }
}
