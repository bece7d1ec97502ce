import type { Consultation } from '../domain/consultation.js';
import type { Topic, TrustedQa } from '../domain/topic.js';
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
