/**
 * One growable posting list per term: document numbers in an Int32Array and, per field, the
 * term frequency in a Uint16Array laid out doc-major (tf[i * FIELDS + f]). Typed arrays keep
 * 47k documents' postings compact and scanning them cache-friendly.
 */
export const FIELDS = 3;
export const enum Field {
  Question = 0,
  Focus = 1,
  Answer = 2,
}

export class PostingList {
  docs: Int32Array = new Int32Array(4);
  tf: Uint16Array = new Uint16Array(4 * FIELDS);
  length = 0;

  /**
   * A list over existing arrays (e.g. views into a snapshot's buffer), filled to their length;
   * the first `add` grows it into its own arrays. An empty list gets fresh ones.
   */
  static over(docs: Int32Array, tf: Uint16Array): PostingList {
    const p = new PostingList();
    if (docs.length === 0) return p;
    if (tf.length !== docs.length * FIELDS) throw new Error('snapshot: posting frequencies do not match the documents');
    p.docs = docs;
    p.tf = tf;
    p.length = docs.length;
    return p;
  }

  add(doc: number, tfs: ArrayLike<number>): void {
    if (this.length === this.docs.length) {
      const docs = new Int32Array(this.docs.length * 2);
      docs.set(this.docs);
      this.docs = docs;
      const tf = new Uint16Array(this.tf.length * 2);
      tf.set(this.tf);
      this.tf = tf;
    }
    this.docs[this.length] = doc;
    for (let f = 0; f < FIELDS; f++) this.tf[this.length * FIELDS + f] = Math.min(65535, tfs[f] ?? 0);
    this.length++;
  }

  /** Drops postings of removed documents once enough of them have piled up. */
  compact(alive: Uint8Array): void {
    let w = 0;
    for (let r = 0; r < this.length; r++) {
      const d = this.docs[r] ?? 0;
      if (!alive[d]) continue;
      this.docs[w] = d;
      for (let f = 0; f < FIELDS; f++) this.tf[w * FIELDS + f] = this.tf[r * FIELDS + f] ?? 0;
      w++;
    }
    this.length = w;
  }
}

/** All posting lists in three arrays: list t is start[t] … start[t + 1] of `docs` (× FIELDS in `tf`). */
export interface PackedPostings {
  start: Int32Array;
  docs: Int32Array;
  tf: Uint16Array;
}

export function packPostings(lists: readonly PostingList[]): PackedPostings {
  const start = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((p, t) => {
    start[t] = total;
    total += p.length;
  });
  start[lists.length] = total;
  const docs = new Int32Array(total);
  const tf = new Uint16Array(total * FIELDS);
  lists.forEach((p, t) => {
    const o = start[t] ?? 0;
    docs.set(p.docs.subarray(0, p.length), o);
    tf.set(p.tf.subarray(0, p.length * FIELDS), o * FIELDS);
  });
  return { start, docs, tf };
}

/** The lists are views into one copy of the packed arrays until they next grow. */
export function unpackPostings(packed: PackedPostings, count: number): PostingList[] {
  if (packed.start.length !== count + 1 || packed.tf.length !== packed.docs.length * FIELDS) throw new Error('snapshot: posting tables differ in size');
  // Copies: arrays deserialised in place are views into the whole file buffer, and would keep it alive.
  const docs = packed.docs.slice();
  const tf = packed.tf.slice();
  const out: PostingList[] = [];
  for (let t = 0; t < count; t++) {
    const a = packed.start[t] ?? 0;
    const b = packed.start[t + 1] ?? 0;
    if (!(a <= b && b <= docs.length)) throw new Error('snapshot: posting offsets out of order');
    out.push(PostingList.over(docs.subarray(a, b), tf.subarray(a * FIELDS, b * FIELDS)));
  }
  return out;
}
