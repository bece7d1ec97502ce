// npm run bench:liveqa-tune-report — the tuning sets' scores (never LiveQA) for the shipped
// parameters and for variants given as JSON patches: VARIANTS='[{"rerank":{"depth":5}}]'.
// Prints A (MedQuAD hold-out), C (MEDIQA validation consumer questions), B (MEDIQA training
// clinical questions; the entailment model was trained on them) and D0/D1 (short summary-like
// rewrites of A's questions, two disjoint template banks, bench/liveqa-tune-short.ts).
import { loadMedquadDocs } from './liveqa-data.js';
import { patchedParams, variantsFromEnv } from './patch.js';
import { quality } from './liveqa-tune-quality.js';
import { shortSet } from './liveqa-tune-short.js';
import { medquadSet, mediqaSet } from './liveqa-tune-sets.js';

const docs = await loadMedquadDocs();
const A = medquadSet(docs);
const B = mediqaSet(docs);
const D0 = shortSet(docs, A.heldIds, A.cases, 0);
const D1 = shortSet(docs, A.heldIds, A.cases, 1);
console.log(`cases: A ${A.cases.length}, B ${B.cases.length}, C ${B.consumer.length}, D0 ${D0.length}, D1 ${D1.length}`);

console.log('       A       C       B      D0      D1   (A+C+D0+D1)/4  variant');
for (const v of variantsFromEnv()) {
  const params = patchedParams(v);
  for (const ix of [A.index, B.index]) {
    Object.assign(ix.params, structuredClone(params));
    ix.retune();
  }
  const s = [quality(A.index, A.cases), quality(B.index, B.consumer), quality(B.index, B.cases), quality(A.index, D0), quality(A.index, D1)];
  const o = ((s[0] ?? 0) + (s[1] ?? 0) + (s[3] ?? 0) + (s[4] ?? 0)) / 4;
  console.log(`${[...s, o].map((x) => (x ?? 0).toFixed(4).padStart(7)).join(' ')}  ${JSON.stringify(v)}`);
}
