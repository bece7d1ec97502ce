// Pools candidate answers for tuning set J (bench/judged-set.ts) so they can be judged: the top
// answers of several ranker variants, for both the original question and its summary, written
// to bench/out/judge/chunk-K.md with the answer text the judge needs. Answers already judged in
// bench/data/mediqa-val-grades.txt are left out, so the pool can be deepened later.
// Usage: node --import tsx bench/judged-pool.ts [chunks=8]
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_PARAMS, MedicalSearchIndex, type MedicalIndexParams } from '../src/search/medical-index.js';
import type { SearchDoc } from '../src/search/types.js';
import { loadJudgedSet } from './judged-set.js';
import { loadMedquadDocs, OUT } from './liveqa-data.js';

const CHUNKS = Number(process.argv[2] ?? 8);
const base = structuredClone(DEFAULT_PARAMS);
const VARIANTS: { name: string; depth: number; patch: (p: MedicalIndexParams) => void }[] = [
  { name: 'shipped', depth: 10, patch: () => {} },
  { name: 'lexical', depth: 5, patch: (p) => { p.useFocus = false; p.useType = false; p.rerank.weight = 0; } },
  { name: 'no-answer-field', depth: 5, patch: (p) => { p.bm25f.weight = [p.bm25f.weight[0], p.bm25f.weight[1], 0]; } },
  { name: 'answer-heavy', depth: 5, patch: (p) => { p.bm25f.weight = [p.bm25f.weight[0], p.bm25f.weight[1], 1]; } },
  { name: 'no-rerank', depth: 5, patch: (p) => { p.rerank.weight = 0; } },
  { name: 'rerank-heavy', depth: 5, patch: (p) => { p.rerank = { depth: 30, weight: 2 }; } },
];

const docs = await loadMedquadDocs();
const byId = new Map<string, SearchDoc>(docs.map((d) => [d.id, d]));
const { questions, qrels } = loadJudgedSet();
const index = new MedicalSearchIndex(base);
for (const d of docs) index.index(d);

const pool = new Map<string, Set<string>>();
for (const v of VARIANTS) {
  const p = structuredClone(base);
  v.patch(p);
  Object.assign(index.params, p);
  index.retune();
  for (const q of questions) {
    const set = pool.get(q.qid) ?? new Set<string>();
    for (const text of [q.original, q.summary]) for (const h of index.search(text, { limit: v.depth })) if (!qrels.get(q.qid)?.has(h.id)) set.add(h.id);
    pool.set(q.qid, set);
  }
}

const NO_TEXT: Record<string, string> = {
  ADAM: 'MedlinePlus medical encyclopedia (A.D.A.M.) article',
  MPlusDrugs: 'MedlinePlus drug information page',
  MPlusHerbsSupplements: 'MedlinePlus herbs and supplements page',
};
const dir = resolve(OUT, 'judge');
mkdirSync(dir, { recursive: true });
const per = Math.ceil(questions.length / CHUNKS);
let total = 0;
for (let k = 0; k < CHUNKS; k++) {
  const out: string[] = [];
  for (const q of questions.slice(k * per, (k + 1) * per)) {
    out.push(`\n## ${q.qid}\n\nORIGINAL QUESTION:\n${q.original}\n\nSUMMARY OF THE NEED:\n${q.summary}\n`);
    for (const id of pool.get(q.qid) ?? []) {
      const d = byId.get(id);
      if (!d) continue;
      total++;
      const answer = d.answer.trim()
        ? d.answer.replace(/\s+/g, ' ').slice(0, 1200) + (d.answer.length > 1200 ? ' […]' : '')
        : `[answer text not in the archive: the section of a ${NO_TEXT[d.source] ?? d.source + ' page'} that answers the question above, about ${d.focus[0] ?? 'its focus'}]`;
      out.push(`### ${q.qid} ${id}\nsource: ${d.source}; focus: ${d.focus.join('; ')}; type: ${d.questionType ?? '-'}\nquestion: ${d.question}\nanswer: ${answer}\n`);
    }
  }
  writeFileSync(resolve(dir, `chunk-${k}.md`), out.join('\n'));
}
console.log(`pooled ${total} answers for ${questions.length} questions into ${CHUNKS} chunks in ${dir}`);
