/**
 * A list of small Int32Arrays (or nulls) packed into two typed arrays, so that a snapshot holds
 * a handful of large buffers instead of ~50k small objects: v8 (de)serialises those at memcpy
 * speed. Unpacked rows are views into the one data buffer; their owners only ever read them
 * or replace them whole, so sharing the buffer is safe.
 */
export interface Ragged {
  /** Length of each row; -1 for a null row. */
  lengths: Int32Array;
  data: Int32Array;
}

export function packRagged(rows: readonly (Int32Array | null | undefined)[]): Ragged {
  const lengths = new Int32Array(rows.length);
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    lengths[i] = r ? r.length : -1;
    total += r ? r.length : 0;
  }
  const data = new Int32Array(total);
  let o = 0;
  for (const r of rows) {
    if (!r) continue;
    data.set(r, o);
    o += r.length;
  }
  return { lengths, data };
}

export function unpackRagged(r: Ragged): (Int32Array | null)[] {
  const out: (Int32Array | null)[] = [];
  // A copy: an array deserialised in place is a view into the whole file buffer, and would keep it alive.
  const data = r.data.slice();
  let o = 0;
  for (let i = 0; i < r.lengths.length; i++) {
    const n = r.lengths[i] ?? -1;
    if (n < 0) {
      out.push(null);
      continue;
    }
    if (o + n > data.length) throw new Error('snapshot: ragged rows overrun their data');
    out.push(data.subarray(o, o + n));
    o += n;
  }
  if (o !== data.length) throw new Error('snapshot: ragged data has trailing values');
  return out;
}

/** Throws unless `cond`: restoring trusts only data that is consistent with itself. */
export function check(cond: boolean, what: string): asserts cond {
  if (!cond) throw new Error(`snapshot: ${what}`);
}
