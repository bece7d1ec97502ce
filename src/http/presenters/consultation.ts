import type { ConsultationSummary } from '../../domain/consultation.js';
import { readableQuestion } from '../../domain/rules/question-text.js';
import type { ConsultationView, ResolvedSimilar } from '../../services/archive-service.js';
import { excerpt } from '../../domain/text.js';
import type { Topic, TrustedQa } from '../../domain/topic.js';
import type { ApiConsultation, ApiSimilarEntry, ApiTopicRef, ApiTrustedAnswerRef } from '../api/schemas.js';
import { externalUrl } from '../html.js';
import { paths } from '../paths.js';
import { EXCERPT_LENGTH, departmentRef, importedExcerpt, presentUrgency } from './common.js';

/**
 * Where the target is in the archive its own text gives a clean excerpt; otherwise the excerpt
 * the source page showed is all there is.
 */
function similarEntry({ link, target }: ResolvedSimilar): ApiSimilarEntry {
  return {
    title: link.title,
    questionExcerpt: target ? excerpt(target.question, EXCERPT_LENGTH) : importedExcerpt(link.questionExcerpt),
    replyExcerpt: target ? excerpt(target.replyText, EXCERPT_LENGTH) : importedExcerpt(link.replyExcerpt),
    doctorName: link.doctorName,
    department: link.department,
    target: target ? { slug: target.slug, url: paths.consultation(target.slug) } : null,
    imported: true,
  };
}

/** A consultation search found alike; it is in the archive by construction, so it always links. */
function computedEntry(s: ConsultationSummary): ApiSimilarEntry {
  return {
    title: s.title,
    questionExcerpt: excerpt(s.question, EXCERPT_LENGTH),
    replyExcerpt: excerpt(s.replyText, EXCERPT_LENGTH),
    doctorName: s.doctorName,
    department: s.department,
    target: { slug: s.slug, url: paths.consultation(s.slug) },
    imported: false,
  };
}

export function trustedAnswerRef(qa: TrustedQa): ApiTrustedAnswerRef {
  return {
    id: qa.id,
    url: paths.answer(qa.id),
    question: readableQuestion(qa.question),
    answerExcerpt: qa.answer ? excerpt(qa.answer, EXCERPT_LENGTH * 2) : null,
    sourceOrganisation: qa.sourceOrganisation,
    sourceUrl: externalUrl(qa.url),
  };
}

export function topicRef(t: Topic): ApiTopicRef {
  return { slug: t.slug, title: t.title, department: t.department };
}

export function presentConsultation(view: ConsultationView): ApiConsultation {
  const c = view.consultation;
  return {
    id: c.id,
    slug: c.slug,
    url: paths.consultation(c.slug),
    title: c.title,
    question: c.question,
    asker: { nickname: c.asker.nickname, ageRange: c.asker.ageRange, sex: c.asker.sex },
    askedOn: c.askedOn,
    reply: {
      doctorName: c.reply.doctorName,
      affiliation: c.reply.affiliation,
      department: departmentRef(c.reply.department),
      text: c.reply.text,
      repliedOn: c.reply.repliedOn,
    },
    moreInfo: c.moreInfo,
    similar: [...view.similar.map(similarEntry), ...view.computedSimilar.map(computedEntry)],
    topics: view.topics.map(topicRef),
    trustedAnswers: view.trustedAnswers.map(trustedAnswerRef),
    flags: c.flags.map((f) => ({ kind: f.kind, detail: f.detail })),
    source: { format: c.source.format, url: c.source.url },
    urgency: presentUrgency(view.urgency),
  };
}
