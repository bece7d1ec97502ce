// Tuning sets for the LiveQA benchmark, built WITHOUT the LiveQA collection (see liveqa-tune.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_PARAMS, MedicalSearchIndex } from '../src/search/medical-index.js';
import { detectQuestionTypes } from '../src/search/query/qtype.js';
import type { SearchDoc } from '../src/search/types.js';
import { liveQaDuplicateFilter, SHARED } from './liveqa-data.js';
import { buildParamsFromEnv } from './patch.js';

export interface Case {
  query: string;
  /** Answers the question (same focus and type, or the FAQ labelled true). */
  relevant: Set<string>;
  /** Also counts for MAP: on the same focus, another type — LiveQA judges such answers "related". */
  related: Set<string>;
}

/** Openings put before held-out MedQuAD questions, in turn, so they read less like the archive's own. */
export const PREAMBLES = ['', 'Hi, I was wondering ', 'Hello doctor, please tell me: ', 'My mother was told she has it. '];

/** A document's focus names and synonyms, lower-cased. */
export const namesOf = (d: SearchDoc): Set<string> => new Set([...d.focus, ...d.synonyms].map((n) => n.toLowerCase()));

/** "name|qtype" → the documents answering that type for that name, in document order. */
export function idsByNameType(docs: readonly SearchDoc[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const d of docs) {
    for (const name of namesOf(d)) {
      const k = `${name}|${d.questionType}`;
      m.set(k, [...(m.get(k) ?? []), d.id]);
    }
  }
  return m;
}

export function medquadSet(docs: SearchDoc[], semantic = false, rerank = DEFAULT_PARAMS.useRerank): { index: MedicalSearchIndex; cases: Case[]; heldIds: string[] } {
  // Relevant = the same (focus name, qtype) in OTHER documents (MedQuAD repeats many topics
  // across sources). The held-out pair is left out of the index altogether, so every indexed
  // document keeps all its fields and no field weight is favoured by the hold-out itself.
  const byNameType = idsByNameType(docs);
  const byName = new Map<string, string[]>();
  for (const d of docs) for (const name of namesOf(d)) byName.set(name, [...(byName.get(name) ?? []), d.id]);
  const held = new Map<string, Set<string>>();
  const related = new Map<string, Set<string>>();
  docs.forEach((d, i) => {
    if (i % 7 !== 0) return;
    const rel = new Set<string>();
    const near = new Set<string>();
    for (const name of [...d.focus, ...d.synonyms]) {
      for (const id of byNameType.get(`${name.toLowerCase()}|${d.questionType}`) ?? []) if (id !== d.id) rel.add(id);
      for (const id of byName.get(name.toLowerCase()) ?? []) if (id !== d.id) near.add(id);
    }
    if (rel.size > 0) {
      held.set(d.id, rel);
      related.set(d.id, near);
    }
  });
  const index = new MedicalSearchIndex({ ...buildParamsFromEnv(), useSemantic: semantic, useRerank: rerank });
  for (const d of docs) if (!held.has(d.id)) index.index(d);
  const cases: Case[] = [];
  const heldIds: string[] = [];
  let i = 0;
  for (const d of docs) {
    const relevant = held.get(d.id);
    if (!relevant) continue;
    const focus = d.focus[0] ?? '';
    const syn = d.synonyms[i % 2] ?? null;
    let q = d.question.replace(/\(are\)\s*/g, '').replace(/\s*\?$/, '?');
    if (syn && focus && q.includes(focus)) q = q.replace(focus, syn);
    q = (PREAMBLES[i++ % PREAMBLES.length] ?? '') + q;
    cases.push({ query: q, relevant, related: related.get(d.id) ?? new Set() });
    heldIds.push(d.id);
  }
  return { index, cases, heldIds };
}

export function mediqaSet(docs: SearchDoc[], semantic = false, rerank = DEFAULT_PARAMS.useRerank): { index: MedicalSearchIndex; cases: Case[]; consumer: Case[] } {
  const norm = (s: string): string => s.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
  const leaks = liveQaDuplicateFilter();
  // The MedQuAD index lends its focus lexicon and its term space (the FAQs alone are too little text).
  // Only its lexicon and term space are used: no re-rank analysis needed.
  const lexiconIndex = new MedicalSearchIndex({ ...buildParamsFromEnv(), useSemantic: semantic, useRerank: false });
  for (const d of docs) lexiconIndex.index(d);
  const faqs = new Map<string, string>();
  const cases = new Map<string, Case>();
  for (const f of ['MEDIQA2019-Task2-RQE-TrainingSet-AMIA2016.xml', 'MEDIQA2019-Task2-RQE-ValidationSet-AMIA2016.xml']) {
    const xml = readFileSync(resolve(SHARED, 'mediqa2019', f), 'utf8');
    for (const m of xml.matchAll(/<pair[^>]*value="(true|false)"[^>]*>\s*<chq>([\s\S]*?)<\/chq>\s*<faq>([\s\S]*?)<\/faq>/g)) {
      const chq = (m[2] ?? '').trim();
      const faq = (m[3] ?? '').trim();
      const id = `faq${faqs.size}`;
      if (!faqs.has(faq)) faqs.set(faq, id);
      if (m[1] !== 'true' || norm(chq) === norm(faq) || leaks(chq)) continue;
      const key = `${f.includes('Validation') ? 'C' : 'B'}${chq}`;
      const c = cases.get(key) ?? { query: chq, relevant: new Set<string>(), related: new Set<string>() };
      c.relevant.add(faqs.get(faq) ?? id);
      c.related.add(faqs.get(faq) ?? id);
      cases.set(key, c);
    }
  }
  const index = new MedicalSearchIndex({ ...buildParamsFromEnv(), useSemantic: semantic, useRerank: rerank }, lexiconIndex.space);
  for (const [faq, id] of faqs) {
    const q = lexiconIndex.understand(faq);
    const doc: SearchDoc = {
      id, kind: 'trusted-qa', question: faq, answer: '', focus: q.foci.map((x) => x.phrase), synonyms: [],
      questionType: detectQuestionTypes(faq)[0] ?? 'information', source: 'mediqa', groupId: null,
    };
    index.index(doc);
  }
  const all = [...cases.entries()];
  return { index, cases: all.filter(([k]) => k.startsWith('B')).map(([, c]) => c), consumer: all.filter(([k]) => k.startsWith('C')).map(([, c]) => c) };
}

