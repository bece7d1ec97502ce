// Hard consumer pairs from tuning set J, the nearest stand-in this project has for the hidden
// held-out RQE set: each J question (original or summary) against the MedQuAD questions graded
// for it, "entails" when graded 3–4 and "does not" when graded 1 (2, related, is left out). The
// candidates were retrieved by rankers, so the negatives share the question's words, unlike
// MEDIQA's random ones. The grades judge the answer too, so this is a noisy entailment label.
import { contentStems } from '../src/search/similarity/text.js';
import { loadJudgedSet } from './judged-set.js';
import { loadMedquadDocs } from './liveqa-data.js';

export interface JudgedPair {
  form: 'original' | 'summary';
  chq: string;
  faq: string;
  entails: boolean;
}

export async function loadJudgedPairs(): Promise<JudgedPair[]> {
  const questionOf = new Map((await loadMedquadDocs()).map((d) => [d.id, d.question]));
  const { questions, qrels } = loadJudgedSet();
  const out: JudgedPair[] = [];
  for (const q of questions) {
    for (const [id, grade] of qrels.get(q.qid) ?? []) {
      const faq = questionOf.get(id);
      if (!faq || grade === 2) continue;
      for (const form of ['original', 'summary'] as const) out.push({ form, chq: form === 'original' ? q.original : q.summary, faq, entails: grade >= 3 });
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
