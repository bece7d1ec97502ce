// npm run bench:liveqa-tune-judged — tuning set J (bench/judged-set.ts: MEDIQA validation consumer
// questions and summaries written for them, graded against MedQuAD answers for this project)
// scored with the LiveQA measures, for the shipped parameters and JSON patches of them:
//   VARIANTS='[{"rerank":{"weight":1.2}}]' npm run bench:liveqa-tune-judged
// `judged@1` is the share of rank-1 answers that have a grade: a variant that leaves the judged
// pool is under-scored (unjudged counts 0), so deepen the pool (bench/judged-pool.ts) before
// trusting a variant whose judged@1 drops.
import { type MedicalIndexParams, MedicalSearchIndex } from '../src/search/medical-index.js';
import { scoreRun } from '../src/search/metrics.js';
import { loadJudgedSet } from './judged-set.js';
import { loadMedquadDocs } from './liveqa-data.js';
import { buildKey, patchedParams, variantsFromEnv } from './patch.js';

const docs = await loadMedquadDocs();
const { questions, qrels } = loadJudgedSet();
const qids = questions.map((q) => q.qid);
console.log(`set J: ${questions.length} questions, ${[...qrels.values()].reduce((s, m) => s + m.size, 0)} graded answers`);
// Index-time parameters (anything but the boosts and re-rank weights) need their own build.
const builds = new Map<string, MedicalSearchIndex>();
const indexFor = (p: MedicalIndexParams): MedicalSearchIndex => {
  const key = buildKey(p);
  let ix = builds.get(key);
  if (!ix) {
    ix = new MedicalSearchIndex(p);
    for (const d of docs) ix.index(d);
    builds.set(key, ix);
  }
  Object.assign(ix.params, structuredClone(p));
  ix.retune();
  return ix;
};
console.log('form      avgScr  succ2+  succ3+   MAP10   MRR10    P@10 judged@1  variant');
for (const v of variantsFromEnv()) {
  const params = patchedParams(v);
  const index = indexFor(params);
  for (const form of ['original', 'summary'] as const) {
    const run = new Map<string, string[]>();
    let judged = 0;
    for (const q of questions) {
      const ids = index.search(form === 'original' ? q.original : q.summary, { limit: 10 }).map((h) => h.id);
      run.set(q.qid, ids);
      if (ids[0] && qrels.get(q.qid)?.has(ids[0])) judged++;
    }
    const m = scoreRun(run, qrels, qids);
    const row = [m.avgScore, m.succ2, m.succ3, m.map10, m.mrr10, m.p10, judged / questions.length];
    console.log(`${form.padEnd(9)} ${row.map((x) => x.toFixed(3).padStart(7)).join(' ')}  ${JSON.stringify(v)}`);
  }
}
