/**
 * LiveQA-Med 2017 scoring of ranked answer lists against graded judgments (1 = incorrect …
 * 4 = excellent). avgScore is the track's official measure: judgment − 1 of the rank-1
 * answer, unjudged counting 0. The ranked measures use a relevance threshold on the grade.
 * All means are over every question given, so a question with no answer costs its share.
 */
export type Qrels = ReadonlyMap<string, ReadonlyMap<string, number>>;
export type Run = ReadonlyMap<string, readonly string[]>;

export interface LiveQaMetrics {
  avgScore: number;
  succ2: number;
  succ3: number;
  succ4: number;
  map10: number;
  mrr10: number;
  p10: number;
  /** MRR@10 counting only grade ≥ 3 (correct-but-incomplete or better) as relevant. */
  mrr10Strict: number;
}

const grade = (qrels: Qrels, q: string, id: string | undefined): number => (id === undefined ? 0 : (qrels.get(q)?.get(id) ?? 0));

/** AP@k: precision summed at each relevant rank within k, over min(R, k); 0 when R = 0. */
export function averagePrecision(ranked: readonly string[], judged: ReadonlyMap<string, number> | undefined, min: number, k = 10): number {
  let r = 0;
  for (const g of judged?.values() ?? []) if (g >= min) r++;
  if (r === 0) return 0;
  let hits = 0;
  let sum = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) {
    if ((judged?.get(ranked[i] ?? '') ?? 0) >= min) {
      hits++;
      sum += hits / (i + 1);
    }
  }
  return sum / Math.min(r, k);
}

export function reciprocalRank(ranked: readonly string[], judged: ReadonlyMap<string, number> | undefined, min: number, k = 10): number {
  for (let i = 0; i < Math.min(k, ranked.length); i++) if ((judged?.get(ranked[i] ?? '') ?? 0) >= min) return 1 / (i + 1);
  return 0;
}

export function precisionAt(ranked: readonly string[], judged: ReadonlyMap<string, number> | undefined, min: number, k = 10): number {
  let hits = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) if ((judged?.get(ranked[i] ?? '') ?? 0) >= min) hits++;
  return hits / k;
}

export function scoreRun(run: Run, qrels: Qrels, questions: readonly string[]): LiveQaMetrics {
  const m: LiveQaMetrics = { avgScore: 0, succ2: 0, succ3: 0, succ4: 0, map10: 0, mrr10: 0, p10: 0, mrr10Strict: 0 };
  if (questions.length === 0) return m;
  for (const q of questions) {
    const ranked = run.get(q) ?? [];
    const judged = qrels.get(q);
    const g = grade(qrels, q, ranked[0]);
    m.avgScore += g > 0 ? g - 1 : 0;
    if (g >= 2) m.succ2++;
    if (g >= 3) m.succ3++;
    if (g >= 4) m.succ4++;
    m.map10 += averagePrecision(ranked, judged, 2);
    m.mrr10 += reciprocalRank(ranked, judged, 2);
    m.p10 += precisionAt(ranked, judged, 2);
    m.mrr10Strict += reciprocalRank(ranked, judged, 3);
  }
  const n = questions.length;
  for (const key of Object.keys(m) as (keyof LiveQaMetrics)[]) m[key] /= n;
  return m;
}

/**
 * The run with every unjudged answer taken out, the judged ones moving up (a "condensed list",
 * Sakai 2007). A diagnostic for incomplete judgments, never the official figure: it shows how a
 * ranker does on what the pool could see, and overstates a ranker that returns many unjudged
 * answers, since some of them would have been judged incorrect.
 */
export function condensedRun(run: Run, qrels: Qrels): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [q, ids] of run) out.set(q, ids.filter((id) => qrels.get(q)?.has(id) === true));
  return out;
}

/**
 * Parses LiveQA qrels lines `QNUM JUDGMENT ANSWER_ID.txt` (judgment like `2-Related`) into
 * TQn → answer id → grade. A pair judged twice keeps its higher grade.
 */
export function parseQrels(text: string): Map<string, Map<string, number>> {
  const qrels = new Map<string, Map<string, number>>();
  for (const line of text.split('\n')) {
    const [qnum, judgment, file] = line.trim().split(/\s+/);
    if (!qnum || !judgment || !file) continue;
    const level = Number.parseInt(judgment, 10);
    if (!Number.isFinite(level)) continue;
    const qid = `TQ${qnum}`;
    const id = file.replace(/\.txt$/, '');
    const m = qrels.get(qid) ?? new Map<string, number>();
    m.set(id, Math.max(level, m.get(id) ?? 0));
    qrels.set(qid, m);
  }
  return qrels;
}

/** TREC run lines: `QID Q0 DOC rank score tag`. */
export function trecRunLines(qid: string, hits: readonly { id: string; score: number }[], tag: string): string[] {
  return hits.map((h, i) => `${qid} Q0 ${h.id} ${i + 1} ${h.score.toFixed(6)} ${tag}`);
}
