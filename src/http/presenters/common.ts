import type { ConsultationSummary } from '../../domain/consultation.js';
import { departmentOf } from '../../domain/department.js';
import type { Urgency } from '../../domain/rules/urgency.js';
import { excerpt } from '../../domain/text.js';
import type { Topic } from '../../domain/topic.js';
import type { HomeView } from '../../services/archive-service.js';
import type { ApiConsultationSummary, ApiDepartmentRef, ApiStats, ApiTopicSummary, ApiUrgency } from '../api/schemas.js';
import { paths } from '../paths.js';

/** Excerpts in lists and "Similar Q&A": long enough to recognise a question, short enough to scan. */
export const EXCERPT_LENGTH = 180;

/** Department names are what the domain carries; the slug follows the store's own rule. */
export function departmentRef(name: string): ApiDepartmentRef {
  const { slug, name: clean } = departmentOf(name);
  return { slug, name: clean, url: paths.department(slug) };
}

export function presentUrgency(u: Urgency | null): ApiUrgency | null {
  if (!u) return null;
  return { level: u.level, advice: u.advice, signs: u.signs.map((s) => ({ id: s.id, level: s.level, label: s.label })) };
}

export function consultationSummary(s: ConsultationSummary): ApiConsultationSummary {
  return {
    slug: s.slug,
    url: paths.consultation(s.slug),
    title: s.title,
    questionExcerpt: excerpt(s.question, EXCERPT_LENGTH),
    replyExcerpt: excerpt(s.replyText, EXCERPT_LENGTH),
    doctorName: s.doctorName,
    department: departmentRef(s.department),
    askedOn: s.askedOn,
  };
}

export function topicSummary(t: Topic): ApiTopicSummary {
  return {
    slug: t.slug,
    url: paths.topic(t.slug),
    title: t.title,
    kind: t.kind,
    department: t.department ? departmentRef(t.department) : null,
  };
}

export interface Paged<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
  pages: number;
}

export function paged<T, U>(
  result: { items: T[]; total: number },
  request: { page: number; limit: number },
  present: (item: T) => U,
): Paged<U> {
  return {
    items: result.items.map(present),
    page: request.page,
    limit: request.limit,
    total: result.total,
    pages: Math.ceil(result.total / request.limit),
  };
}

/**
 * An excerpt the importer kept from another page usually ends in "..." part-way through a word
 * ("distressi..."); the partial word is dropped so the excerpt ends at a word boundary like
 * the ones cut here.
 */
export function importedExcerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ellipsis = /(\s?)(?:\.\.\.|…)$/u.exec(flat);
  if (!ellipsis) return excerpt(flat, EXCERPT_LENGTH);
  let body = flat.slice(0, ellipsis.index);
  const cutInsideWord = ellipsis[1] === '';
  if (cutInsideWord && body.includes(' ')) body = body.slice(0, body.lastIndexOf(' '));
  const trimmed = body.replace(/[\s,;:.\-–—]+$/u, '');
  const short = excerpt(trimmed, EXCERPT_LENGTH);
  return short.endsWith('…') ? short : `${short}…`;
}

export function presentStats(s: HomeView['stats']): ApiStats {
  return {
    consultations: s.consultations,
    departments: s.departments,
    doctors: s.doctors,
    topics: s.topics,
    snippets: s.snippets,
    trustedQas: s.trustedQas,
    flaggedConsultations: s.flaggedConsultations,
    unresolvedLinks: s.unresolvedLinks,
  };
}
