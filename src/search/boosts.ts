import type { DocTable } from './doc-table.js';
import type { MedicalIndexParams } from './params.js';
import type { UnderstoodQuery } from './query/understand.js';

/** The query-understanding boosts MedicalSearchIndex adds to the normalised BM25F score. */

/** Focus key → boost, by specificity: a generic name ("Pain", "Medicines") earns little. */
export function focusWeights(q: UnderstoodQuery, p: MedicalIndexParams, idfOf: (term: string) => number): Map<number, number> {
  const out = new Map<number, number>();
  for (const f of q.foci) {
    let idf = 0;
    for (const t of f.terms) idf = Math.max(idf, idfOf(t));
    const w = p.focusBoost * Math.min(1, idf / p.focusIdfRef);
    out.set(f.key, Math.max(out.get(f.key) ?? 0, w));
  }
  return out;
}

/** Boost per question-type code for this query (index = code). */
export function typeWeights(q: UnderstoodQuery, p: MedicalIndexParams, typeCodes: ReadonlyMap<string, number>): Float64Array {
  const w = new Float64Array(typeCodes.size);
  if (!p.useType) return w;
  q.types.forEach((t, i) => {
    const c = typeCodes.get(t);
    if (c !== undefined) w[c] = Math.max(w[c] ?? 0, i === 0 ? p.typeBoost : p.otherTypeBoost);
  });
  const info = typeCodes.get('information');
  if (q.types.length === 0 && info !== undefined) w[info] = p.infoBoost;
  return w;
}

/** Document d's boost: its best focus key's weight plus its question type's. */
export function boostOf(table: DocTable, focus: Map<number, number>, types: Float64Array, d: number): number {
  let b = 0;
  if (focus.size > 0) {
    let best = 0;
    for (const k of table.focusKeys[d] ?? []) best = Math.max(best, focus.get(k) ?? 0);
    b += best;
  }
  const c = table.typeCode[d] ?? -1;
  return c >= 0 ? b + (types[c] ?? 0) : b;
}
