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
  docs = new Int32Array(4);
  tf = new Uint16Array(4 * FIELDS);
  length = 0;

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
