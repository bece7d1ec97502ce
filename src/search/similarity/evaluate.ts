/** Accuracy, threshold choice and cross-validation helpers shared by the trainer and the bench. */

import { decideEntailment, type ScoredPair } from './decide.js';
import { Rng } from './rng.js';

export function accuracy(scores: readonly number[], labels: readonly boolean[], threshold: number): number {
  if (!scores.length) return 0;
  let ok = 0;
  scores.forEach((s, i) => {
    if (s >= threshold === labels[i]) ok++;
  });
  return ok / scores.length;
}

/**
 * Threshold maximising accuracy. Ties are broken toward 0.5 and the chosen value is the midpoint
 * between neighbouring scores, so a threshold tuned on 302 pairs is not pinned to one pair's score.
 */
export function bestThreshold(scores: readonly number[], labels: readonly boolean[]): { threshold: number; accuracy: number } {
  const sorted = [...new Set(scores)].sort((a, b) => a - b);
  const candidates = [0.5, ...sorted.map((s, i) => (i ? (s + (sorted[i - 1] ?? s)) / 2 : s - 1e-6))];
  let best = { threshold: 0.5, accuracy: accuracy(scores, labels, 0.5) };
  for (const t of candidates) {
    const acc = accuracy(scores, labels, t);
    if (acc > best.accuracy + 1e-12 || (Math.abs(acc - best.accuracy) < 1e-12 && Math.abs(t - 0.5) < Math.abs(best.threshold - 0.5))) {
      best = { threshold: t, accuracy: acc };
    }
  }
  return best;
}

/** Fold index per item, grouped by `key` (pairs sharing a CHQ stay in one fold), seeded. */
export function foldsByKey(keys: readonly string[], k: number, seed: number): number[] {
  const unique = new Rng(seed).shuffle([...new Set(keys)].sort());
  const fold = new Map(unique.map((key, i) => [key, i % k]));
  return keys.map((key) => fold.get(key) ?? 0);
}

/** Share of decisions that agree with the labels. */
export function decisionAccuracy(decisions: readonly boolean[], labels: readonly boolean[]): number {
  return decisions.length ? decisions.filter((d, i) => d === labels[i]).length / decisions.length : 0;
}

/** Margins tried by `bestMargin`, widest first; null = pairs decided one by one. */
const MARGIN_GRID: readonly (number | null)[] = [null, 0.4, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05];

/**
 * The margin (decide.ts) with the best accuracy at `threshold`; ties keep the wider margin, so a
 * margin is only adopted when it changes decisions for the better.
 */
export function bestMargin(pairs: readonly ScoredPair[], labels: readonly boolean[], threshold: number): { margin: number | null; accuracy: number; tried: { margin: number | null; accuracy: number }[] } {
  const tried = MARGIN_GRID.map((margin) => ({ margin, accuracy: decisionAccuracy(decideEntailment(pairs, threshold, margin), labels) }));
  let best = tried[0] ?? { margin: null, accuracy: 0 };
  for (const t of tried) if (t.accuracy > best.accuracy + 1e-12) best = t;
  return { ...best, tried };
}
