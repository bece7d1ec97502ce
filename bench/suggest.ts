// npm run bench:suggest — suggestions while typing, over all of MedQuAD (imported first if needed).
// Someone typing a question sees suggestions after every few letters, so most lookups end inside
// a word. For the consumer questions and summaries of tuning set J (MEDIQA 2019 validation; not
// LiveQA), each word of 6+ letters is cut after 3 and after 5 letters; a cut "agrees" when the
// question that tops the results once that word is finished is among the first 5 suggestions
// (compared by question text, as suggestions show each question once). Printed with the word
// completion of `typing: true` off and on, with the latency of those lookups (median, p95).
import { MedicalSearchIndex } from '../src/search/medical-index.js';
import { DEFAULT_PARAMS } from '../src/search/params.js';
import { loadJudgedSet } from './judged-set.js';
import { loadMedquadDocs } from './liveqa-data.js';

const SUGGESTIONS = 5;
const docs = await loadMedquadDocs();
const questionOf = new Map(docs.map((d) => [d.id, d.question.toLowerCase()]));
const index = new MedicalSearchIndex(DEFAULT_PARAMS);
for (const d of docs) index.index(d);

// Text typed: the summary, and the original question's first 300 characters (a suggestion box
// is for the start of a question; the rest does not change what is suggested early).
const texts = loadJudgedSet().questions.flatMap((q) => [q.summary, q.original.slice(0, 300)]);
const cuts: { cut: string; target: string }[] = [];
for (const text of texts) {
  for (const w of text.matchAll(/\p{L}{6,}/gu)) {
    const end = (w.index ?? 0) + w[0].length;
    const top = index.search(text.slice(0, end), { limit: 1 })[0];
    if (!top) continue;
    for (const keep of [3, 5]) cuts.push({ cut: text.slice(0, (w.index ?? 0) + keep), target: questionOf.get(top.id) ?? '' });
  }
}

const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;
console.log(`${texts.length} questions typed, ${cuts.length} lookups ending inside a word; ${docs.length} MedQuAD answers indexed`);
for (const typing of [false, true]) {
  let agree = 0;
  const ms: number[] = [];
  for (const { cut, target } of cuts) {
    const t = performance.now();
    const hits = index.search(cut, { limit: SUGGESTIONS * 3, typing });
    ms.push(performance.now() - t);
    const shown = [...new Set(hits.map((h) => questionOf.get(h.id) ?? ''))].slice(0, SUGGESTIONS);
    if (shown.includes(target)) agree++;
  }
  console.log(
    `word completion ${typing ? 'on ' : 'off'}: finished-word top question among the first ${SUGGESTIONS} suggestions ${(agree / cuts.length).toFixed(3)} ` +
      `(${agree}/${cuts.length}); lookup p50 ${pct(ms, 0.5).toFixed(2)} ms, p95 ${pct(ms, 0.95).toFixed(2)} ms`,
  );
}
