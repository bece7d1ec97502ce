// Tuning set J: real consumer health questions judged against MedQuAD answers the way LiveQA is
// judged (1 incorrect … 4 excellent), built WITHOUT the LiveQA collection.
//  - Questions: the unique consumer questions (chq) of the MEDIQA 2019 RQE validation set, read
//    from ../shared (never copied here); the six that duplicate a LiveQA test question are dropped.
//  - Summaries: short NLM-style rewrites of those questions written for this project
//    (bench/data/mediqa-val-summaries.json, keyed by the chq's first pair id).
//  - Judgments: bench/data/mediqa-val-grades.txt (`Vpid JUDGMENT ANSWER_ID`), graded for this
//    project over a pool of several ranker variants' top answers (bench/judged-pool.ts).
// The LiveQA benchmark itself stays scoring-only: nothing here reads its judgments or summaries.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Qrels } from '../src/search/metrics.js';
import { liveQaDuplicateFilter, SHARED } from './liveqa-data.js';

const DATA = resolve(import.meta.dirname, 'data');

export interface JudgedQuestion {
  /** `V` + the first MEDIQA validation pair id holding this consumer question. */
  qid: string;
  original: string;
  summary: string;
}

/** Unique consumer questions of the MEDIQA validation set, LiveQA duplicates left out. */
export function loadConsumerQuestions(): { qid: string; original: string }[] {
  const xml = readFileSync(resolve(SHARED, 'mediqa2019', 'MEDIQA2019-Task2-RQE-ValidationSet-AMIA2016.xml'), 'utf8');
  const leaks = liveQaDuplicateFilter();
  const seen = new Set<string>();
  const out: { qid: string; original: string }[] = [];
  for (const m of xml.matchAll(/<pair pid="(\d+)"[^>]*>\s*<chq>([\s\S]*?)<\/chq>/g)) {
    const text = (m[2] ?? '').trim();
    if (seen.has(text)) continue;
    seen.add(text);
    if (!leaks(text)) out.push({ qid: `V${m[1]}`, original: text });
  }
  return out;
}

export function loadJudgedSet(): { questions: JudgedQuestion[]; qrels: Qrels } {
  const summaries = JSON.parse(readFileSync(resolve(DATA, 'mediqa-val-summaries.json'), 'utf8')) as Record<string, string>;
  const questions = loadConsumerQuestions().map((q) => ({ ...q, summary: summaries[q.qid] ?? '' }));
  const missing = questions.filter((q) => !q.summary).map((q) => q.qid);
  if (missing.length > 0) throw new Error(`no summary for ${missing.join(', ')}`);
  const file = resolve(DATA, 'mediqa-val-grades.txt');
  const qrels = new Map<string, Map<string, number>>();
  for (const line of existsSync(file) ? readFileSync(file, 'utf8').split('\n') : []) {
    const [qid, level, id] = line.trim().split(/\s+/);
    const g = Number(level);
    if (!qid || !id || !(g >= 1 && g <= 4)) continue;
    const m = qrels.get(qid) ?? new Map<string, number>();
    m.set(id, Math.max(g, m.get(id) ?? 0));
    qrels.set(qid, m);
  }
  return { questions, qrels };
}
