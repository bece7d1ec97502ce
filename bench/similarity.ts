// bench:similarity — accuracy of the shipped RQE model on the MEDIQA validation pairs, and scoring
// speed (pairs per second, cold model load included separately).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runSimilarity } from '../src/search/similarity/command.js';
import { loadModel } from '../src/search/similarity/model.js';
import { readPairs } from '../src/search/similarity/pairs.js';
import { readFileSync } from 'node:fs';
import { decideEntailment } from '../src/search/similarity/decide.js';
import { auc, loadJudgedPairs, overlap, overlapMatchedDraws, withinQuestionOrder } from './judged-pairs.js';

const root = resolve(import.meta.dirname, '..');
const VALID = resolve(root, '..', 'shared', 'data', 'mediqa2019', 'MEDIQA2019-Task2-RQE-ValidationSet-AMIA2016.xml');
const MODEL = resolve(root, 'models', 'rqe.json');

if (!existsSync(VALID)) {
  console.log(`bench:similarity skipped: ${VALID} is absent`);
  process.exit(0);
}

let t = performance.now();
const model = await loadModel(MODEL);
const loadMs = performance.now() - t;
const pairs = readPairs(readFileSync(VALID, 'utf8'));
t = performance.now();
for (const p of pairs) model.score(p.chq, p.faq);
const coldMs = performance.now() - t;
const { accuracy } = await runSimilarity(VALID, MODEL, () => undefined);
console.log(
  `RQE validation accuracy ${accuracy?.toFixed(3)} (threshold ${model.threshold}, margin ${model.margin ?? 'none'}); model load ${loadMs.toFixed(0)} ms; ` +
    `${pairs.length} pairs scored in ${coldMs.toFixed(0)} ms (${((pairs.length / coldMs) * 1000).toFixed(0)} pairs/s)`,
);

// The hidden held-out set has hard negatives (plain overlap is at chance there); J's retrieval
// candidates, labelled for entailment, are the nearest stand-in (bench/judged-pairs.ts).
const hard = await loadJudgedPairs();
const balanced = (d: readonly boolean[], y: readonly boolean[]): number => {
  const rate = (want: boolean): number => {
    const idx = y.flatMap((v, i) => (v === want ? [i] : []));
    return idx.filter((i) => d[i] === want).length / Math.max(1, idx.length);
  };
  return (rate(true) + rate(false)) / 2;
};
for (const form of ['original', 'summary'] as const) {
  const ps = hard.filter((p) => p.form === form);
  const labels = ps.map((p) => p.entails);
  const scores = ps.map((p) => model.score(p.chq, p.faq));
  const scored = ps.map((p, i) => ({ chq: p.chq, score: scores[i] ?? 0 }));
  const byPair = decideEntailment(scored, model.threshold, null);
  const withMargin = decideEntailment(scored, model.threshold, model.margin);
  // J's pairs are 15% entailing, so plain accuracy mostly rewards saying "no": balanced accuracy
  // (mean of the rates on entailing and on other pairs) is the figure to compare. Matched draws
  // have as many entailing as other pairs per overlap decile, so there plain accuracy is fair and
  // word overlap is at chance, as on the hidden set.
  const draws = overlapMatchedDraws(ps, 5, 20190801);
  const onDraws = (d: readonly boolean[]): number => draws.reduce((sum, idx) => sum + idx.filter((i) => d[i] === labels[i]).length / idx.length, 0) / draws.length;
  const overlapAuc = draws.reduce((sum, idx) => sum + auc(idx.map((i) => overlap(ps[i]?.chq ?? '', ps[i]?.faq ?? '')), idx.map((i) => labels[i] === true)), 0) / draws.length;
  console.log(
    `J entailment pairs (${form}): ${ps.length} pairs, ${labels.filter(Boolean).length} entailing; AUC ${auc(scores, labels).toFixed(3)} (word overlap ${auc(ps.map((p) => overlap(p.chq, p.faq)), labels).toFixed(3)}); ` +
      `balanced accuracy pair by pair ${balanced(byPair, labels).toFixed(3)}, with the margin ${balanced(withMargin, labels).toFixed(3)}; ` +
      `overlap-matched draws (${draws[0]?.length ?? 0} pairs, word-overlap AUC ${overlapAuc.toFixed(3)}): accuracy pair by pair ${onDraws(byPair).toFixed(3)}, with the margin ${onDraws(withMargin).toFixed(3)}`,
  );
  // How often an entailing candidate of a question is put above one that is not; hard couples are
  // those word overlap gets wrong or ties.
  const order = withinQuestionOrder(ps, scores);
  console.log(
    `  ${form}: entailing candidate above a non-entailing one of the same question — word overlap ${withinQuestionOrder(ps, ps.map((p) => overlap(p.chq, p.faq))).all.toFixed(3)}, ` +
      `model ${order.all.toFixed(3)} (hard couples ${order.hard.toFixed(3)}, ${order.hardCouples} of them)`,
  );
}
