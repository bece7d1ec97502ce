// The tuning objective per set, shared by bench/liveqa-tune.ts and bench/liveqa-tune-report.ts.
import type { MedicalSearchIndex } from '../src/search/medical-index.js';
import type { Case } from './liveqa-tune-sets.js';

/** Mean of MRR@10 (relevant only) and MAP@10 (relevant or related), the two sides LiveQA scores. */
export function quality(index: MedicalSearchIndex, cases: Case[]): number {
  let rr = 0;
  let ap = 0;
  for (const c of cases) {
    const hits = index.search(c.query, { limit: 10 });
    const r = hits.findIndex((h) => c.relevant.has(h.id));
    if (r >= 0) rr += 1 / (r + 1);
    let found = 0;
    let sum = 0;
    hits.forEach((h, i) => {
      if (c.related.has(h.id) || c.relevant.has(h.id)) sum += ++found / (i + 1);
    });
    const total = new Set([...c.related, ...c.relevant]).size;
    if (total > 0) ap += sum / Math.min(10, total);
  }
  return (rr + ap) / 2 / cases.length;
}
