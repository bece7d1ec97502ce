// Hard consumer pairs from tuning set J, the nearest stand-in this project has for the hidden
// held-out RQE set: each J question (original or summary) against every MedQuAD question pooled for
// it, labelled for question entailment by reading (bench/data/mediqa-val-entailment.txt, rules in
// bench/data/entailment-guide.md: does a good answer to the FAQ answer the consumer fully or in
// part?). The candidates were retrieved by rankers, so the negatives share the question's words,
// unlike MEDIQA's random ones. (Until 2026-11-22 these labels were read off J's answer grades,
// 3–4 entails and 1 not, which marked a right question with a poor answer — a list of links — as
// not entailing: src/search/README.md, "One regression again".)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Rng } from '../src/search/similarity/rng.js';
import { contentStems } from '../src/search/similarity/text.js';
import { loadJudgedSet } from './judged-set.js';
import { loadMedquadDocs } from './liveqa-data.js';

export interface JudgedPair {
  form: 'original' | 'summary';
  chq: string;
  faq: string;
  entails: boolean;
}

/** `Vn ANSWER_ID E|N` lines → entails by "Vn ANSWER_ID". */
export function readEntailmentLabels(text: string): Map<string, boolean> {
  const labels = new Map<string, boolean>();
  for (const line of text.split('\n')) {
    const [qid, id, label] = line.trim().split(/\s+/);
    if (qid?.startsWith('V') && id && (label === 'E' || label === 'N')) labels.set(`${qid} ${id}`, label === 'E');
  }
  return labels;
}

export async function loadJudgedPairs(): Promise<JudgedPair[]> {
  const questionOf = new Map((await loadMedquadDocs()).map((d) => [d.id, d.question]));
  const labels = readEntailmentLabels(readFileSync(resolve(import.meta.dirname, 'data', 'mediqa-val-entailment.txt'), 'utf8'));
  const { questions, qrels } = loadJudgedSet();
  const out: JudgedPair[] = [];
  for (const q of questions) {
    for (const id of qrels.get(q.qid)?.keys() ?? []) {
      const faq = questionOf.get(id);
      const entails = labels.get(`${q.qid} ${id}`);
      if (!faq || entails === undefined) continue;
      for (const form of ['original', 'summary'] as const) out.push({ form, chq: form === 'original' ? q.original : q.summary, faq, entails });
    }
  }
  return out;
}

/** Jaccard overlap of content stems: the word-overlap baseline. */
export function overlap(a: string, b: string): number {
  const x = new Set(contentStems(a));
  const y = new Set(contentStems(b));
  let inter = 0;
  for (const w of y) if (x.has(w)) inter++;
  const union = x.size + y.size - inter;
  return union ? inter / union : 0;
}

/** Area under the ROC curve: the chance that an entailing pair outscores a non-entailing one. */
export function auc(scores: readonly number[], labels: readonly boolean[]): number {
  const order = scores.map((s, i) => [s, labels[i] === true] as const).sort((a, b) => a[0] - b[0]);
  let pos = 0;
  let neg = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j]?.[0] === order[i]?.[0]) j++;
    const midRank = (i + j + 1) / 2; // 1-based average rank of a tie group
    for (let k = i; k < j; k++) {
      if (order[k]?.[1]) {
        pos++;
        rankSum += midRank;
      } else neg++;
    }
    i = j;
  }
  return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : 0.5;
}

/**
 * How often an entailing candidate of a question outscores a non-entailing candidate of the same
 * question (ties count half): over all such couples, and over the hard ones, where the
 * non-entailing candidate shares at least as much of the question's wording as the entailing
 * one — there word overlap orders no better than chance, as on the hidden held-out set.
 */
export function withinQuestionOrder(pairs: readonly JudgedPair[], scores: readonly number[]): { all: number; hard: number; hardCouples: number } {
  const byQuestion = new Map<string, { score: number; overlap: number; entails: boolean }[]>();
  pairs.forEach((p, i) => {
    const list = byQuestion.get(p.chq) ?? [];
    list.push({ score: scores[i] ?? 0, overlap: overlap(p.chq, p.faq), entails: p.entails });
    byQuestion.set(p.chq, list);
  });
  let won = 0;
  let couples = 0;
  let hardWon = 0;
  let hardCouples = 0;
  for (const list of byQuestion.values()) {
    for (const yes of list) {
      if (!yes.entails) continue;
      for (const no of list) {
        if (no.entails) continue;
        const w = yes.score > no.score ? 1 : yes.score === no.score ? 0.5 : 0;
        won += w;
        couples++;
        if (no.overlap >= yes.overlap) {
          hardWon += w;
          hardCouples++;
        }
      }
    }
  }
  return { all: couples ? won / couples : 0.5, hard: hardCouples ? hardWon / hardCouples : 0.5, hardCouples };
}

/**
 * Overlap-matched draws, where word overlap is at chance by construction, as on the hidden set:
 * pairs are binned by overlap decile and each bin keeps as many non-entailing pairs as entailing
 * ones (a seeded random choice of the larger side). Returns the indices of each draw.
 */
export function overlapMatchedDraws(pairs: readonly JudgedPair[], draws: number, seed: number): number[][] {
  const overlaps = pairs.map((p) => overlap(p.chq, p.faq));
  const sorted = [...overlaps].sort((a, b) => a - b);
  const decile = (x: number): number => {
    let below = 0;
    while (below < sorted.length && (sorted[below] ?? 0) < x) below++;
    return Math.min(9, Math.floor((below * 10) / sorted.length));
  };
  const bins = new Map<number, { yes: number[]; no: number[] }>();
  pairs.forEach((p, i) => {
    const d = decile(overlaps[i] ?? 0);
    const bin = bins.get(d) ?? { yes: [], no: [] };
    (p.entails ? bin.yes : bin.no).push(i);
    bins.set(d, bin);
  });
  const rng = new Rng(seed);
  return Array.from({ length: draws }, () =>
    [...bins.values()].flatMap(({ yes, no }) => {
      const n = Math.min(yes.length, no.length);
      return [...rng.shuffle([...yes]).slice(0, n), ...rng.shuffle([...no]).slice(0, n)];
    }),
  );
}
