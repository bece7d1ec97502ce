/**
 * Entailment decisions for a batch of scored pairs. A probability alone says how much an FAQ looks
 * like the question; when one question comes with several candidate FAQs, the candidates also say
 * something about each other. An FAQ scoring far below the best candidate for the same question
 * is usually the same disease asked about in another way (causes where treatment was asked), which
 * is exactly where a pairwise model is over-eager: its word and focus features are all satisfied.
 * So a pair entails when its score reaches the threshold and, if the model has a margin, lies
 * within that margin of its question's best score. A question with one candidate is unaffected.
 */

export interface ScoredPair {
  /** The question that must be answered; pairs with the same text (spacing and case aside) compete. */
  chq: string;
  score: number;
}

/** `margin` null = each pair on its own (score ≥ threshold). */
export function decideEntailment(pairs: readonly ScoredPair[], threshold: number, margin: number | null): boolean[] {
  const key = (chq: string): string => chq.replace(/\s+/g, ' ').trim().toLowerCase();
  const best = new Map<string, number>();
  if (margin !== null) {
    for (const p of pairs) {
      const k = key(p.chq);
      best.set(k, Math.max(best.get(k) ?? -Infinity, p.score));
    }
  }
  return pairs.map((p) => p.score >= threshold && (margin === null || p.score >= (best.get(key(p.chq)) ?? p.score) - margin));
}
