import type { Topic, TrustedQa } from '../../domain/topic.js';
import { readableQuestion } from '../../domain/rules/question-text.js';
import type { TopicView } from '../../services/archive-service.js';
import type { ApiTopicDetail, ApiTrustedAnswer } from '../api/schemas.js';
import { externalUrl } from '../html.js';
import { paths } from '../paths.js';
import { consultationSummary, departmentRef, paged, topicSummary } from './common.js';

export function presentTrustedAnswer(qa: TrustedQa, topic: Topic | null): ApiTrustedAnswer {
  const answer = qa.answer.trim();
  return {
    id: qa.id,
    url: paths.answer(qa.id),
    question: readableQuestion(qa.question),
    questionType: qa.questionType,
    answer: answer === '' ? null : answer,
    sourceOrganisation: qa.sourceOrganisation,
    sourceUrl: externalUrl(qa.url),
    topic: topic ? topicSummary(topic) : null,
  };
}

export function presentTopic(view: TopicView, request: { page: number; limit: number }): ApiTopicDetail {
  const t = view.topic;
  return {
    ...topicSummary(t),
    concept: t.concept
      ? {
          focus: t.concept.focus,
          synonyms: [...t.concept.synonyms],
          cuis: [...t.concept.cuis],
          semanticTypes: [...t.concept.semanticTypes],
          semanticGroup: t.concept.semanticGroup,
          category: t.concept.category,
        }
      : null,
    source: { organisation: t.source.organisation, url: externalUrl(t.source.url) },
    snippets: view.snippets.map((s) => s.text),
    consultations: paged(view.consultations, request, consultationSummary),
    // The topic is the page's own, so each answer does not repeat it.
    answers: view.trustedQas.map((qa) => presentTrustedAnswer(qa, null)),
  };
}
