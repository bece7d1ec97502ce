// Data access for the LiveQA benchmark and the tuning script: MedQuAD via the store (imported
// once into bench/out/medquad.sqlite), LiveQA test questions and qrels (scoring only).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Topic } from '../src/domain/topic.js';
import { trustedQaDoc } from '../src/search/from-store.js';
import { parseQrels } from '../src/search/metrics.js';
import type { SearchDoc } from '../src/search/types.js';
import { ImportService } from '../src/services/import-service.js';
import { SqliteStore } from '../src/store/sqlite/store.js';

export const SHARED = resolve(import.meta.dirname, '..', '..', 'shared', 'data');
export const MEDQUAD = resolve(SHARED, 'medquad');
export const LIVEQA = resolve(SHARED, 'liveqa-med-2017');
export const OUT = resolve(import.meta.dirname, 'out');
const DB = resolve(OUT, 'medquad.sqlite');

/** Every MedQuAD pair as a SearchDoc; imports MedQuAD first if the database is not there. */
export async function loadMedquadDocs(): Promise<SearchDoc[]> {
  const fresh = !existsSync(DB);
  const store = SqliteStore.open(DB);
  try {
    if (fresh) {
      const report = await new ImportService(store).importPaths([MEDQUAD], { format: 'auto' });
      if (report.failures.length > 0) console.warn(`import: ${report.failures.length} files failed`);
    }
    const topics = new Map<string, Topic>();
    for await (const t of store.topics.all()) topics.set(t.id, t);
    const docs: SearchDoc[] = [];
    for await (const qa of store.trustedQas.all()) docs.push(trustedQaDoc(qa, topics.get(qa.topicId)));
    return docs;
  } finally {
    await store.close();
  }
}

export interface TestQuestion {
  qid: string;
  original: string;
  summary: string;
}

/** The 104 test questions; only the text the asker (or the NLM summariser) wrote is kept. */
export function loadTestQuestions(): TestQuestion[] {
  const xml = readFileSync(resolve(LIVEQA, 'test-questions.xml'), 'utf8');
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'NLM-QUESTION' });
  const root = parser.parse(xml) as {
    'LiveQA2017-Medical-Test-Set-Full': { 'NLM-QUESTION': Record<string, unknown>[] };
  };
  const text = (v: unknown): string => (v === undefined || v === null ? '' : String(typeof v === 'object' ? ((v as Record<string, unknown>)['#text'] ?? '') : v));
  return root['LiveQA2017-Medical-Test-Set-Full']['NLM-QUESTION'].map((q) => {
    const orig = (q['Original-Question'] ?? {}) as Record<string, unknown>;
    return {
      qid: String(q['@_qid']),
      original: `${text(orig.SUBJECT)}\n${text(orig.MESSAGE)}`.trim(),
      summary: text(q['NLM-Summary']).trim(),
    };
  });
}

/** qrels: TQn → answer id → highest judgment (1..4). */
export function loadQrels(): Map<string, Map<string, number>> {
  return parseQrels(readFileSync(resolve(LIVEQA, 'qrels-medquad-2479.txt'), 'utf8'));
}

/**
 * Decontamination: true for a question that duplicates a LiveQA test question (MEDIQA 2019's
 * validation set holds six of them). Tuning and model selection drop such questions, so nothing
 * learnt or chosen has seen a test question. This is the only use of LiveQA text outside scoring.
 */
export function liveQaDuplicateFilter(): (question: string) => boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
  const test = loadTestQuestions().map((q) => norm(q.original));
  return (question: string): boolean => {
    const k = norm(question).slice(0, 60);
    return test.some((t) => t.includes(k) || k.includes(t.slice(0, 60)));
  };
}
