import type { Consultation } from '../domain/consultation.js';
import type { Topic, TrustedQa } from '../domain/topic.js';
import type { Store } from '../store/types.js';
import { DEFAULT_PARAMS, type MedicalIndexParams, MedicalSearchIndex } from './medical-index.js';
import type { SearchDoc } from './types.js';

/** Flattens a MedQuAD pair and its document's concept into what the index scores. */
export function trustedQaDoc(qa: TrustedQa, topic: Topic | undefined): SearchDoc {
  const concept = topic?.concept ?? null;
  return {
    id: qa.id,
    kind: 'trusted-qa',
    question: qa.question,
    answer: qa.answer,
    focus: concept ? [concept.focus] : topic ? [topic.title] : [],
    synonyms: concept?.synonyms ?? [],
    questionType: qa.questionType || null,
    source: qa.sourceOrganisation,
    groupId: qa.topicId,
  };
}

/** A consultation's title and question are both the asker's words, so they share a field. */
export function consultationDoc(c: Consultation, topicTitles: string[]): SearchDoc {
  return {
    id: c.id,
    kind: 'consultation',
    question: `${c.title}\n${c.question}`,
    answer: c.reply.text,
    focus: topicTitles,
    synonyms: [],
    questionType: null,
    source: c.reply.department,
    groupId: null,
  };
}

/** Builds the index over everything the store holds: trusted Q&As and consultations. */
export async function buildIndexFromStore(store: Store, params: MedicalIndexParams = DEFAULT_PARAMS): Promise<MedicalSearchIndex> {
  const index = new MedicalSearchIndex(params);
  const topics = new Map<string, Topic>();
  for await (const t of store.topics.all()) topics.set(t.id, t);
  for await (const qa of store.trustedQas.all()) index.index(trustedQaDoc(qa, topics.get(qa.topicId)));
  for await (const c of store.consultations.all()) {
    const titles = c.topicIds.map((id) => topics.get(id)?.title).filter((t): t is string => t !== undefined);
    index.index(consultationDoc(c, titles));
  }
  return index;
}
