import type { Consultation, ConsultationSummary, FlagKind, Sex, SimilarLink, SourceFormat } from '../../domain/consultation.js';
import type { KnowledgeSnippet, Topic, TopicKind, TrustedQa } from '../../domain/topic.js';

/** Row shapes as SQLite returns them, and their mapping to domain objects. */

export interface ConsultationRow {
  id: string;
  slug: string;
  title: string;
  question: string;
  asker_nickname: string;
  asker_age_range: string;
  asker_sex: Sex;
  asked_on: string;
  doctor_name: string;
  reply_affiliation: string | null;
  department_name: string;
  reply_text: string;
  replied_on: string;
  more_info: string | null;
  source_format: SourceFormat;
  source_file: string | null;
  source_url: string | null;
}

export interface FlagRow {
  kind: FlagKind;
  detail: string;
}

export interface LinkRow {
  title: string;
  question_excerpt: string;
  doctor_name: string;
  department: string;
  reply_excerpt: string;
  target_id: string | null;
}

export function toConsultation(
  row: ConsultationRow,
  flags: FlagRow[],
  links: LinkRow[],
  topicIds: string[],
): Consultation {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    question: row.question,
    asker: { nickname: row.asker_nickname, ageRange: row.asker_age_range, sex: row.asker_sex },
    askedOn: row.asked_on,
    reply: {
      doctorName: row.doctor_name,
      affiliation: row.reply_affiliation,
      department: row.department_name,
      text: row.reply_text,
      repliedOn: row.replied_on,
    },
    moreInfo: row.more_info,
    similar: links.map(
      (l): SimilarLink => ({
        title: l.title,
        questionExcerpt: l.question_excerpt,
        doctorName: l.doctor_name,
        department: l.department,
        replyExcerpt: l.reply_excerpt,
        targetId: l.target_id,
      }),
    ),
    topicIds,
    source: { format: row.source_format, file: row.source_file, url: row.source_url },
    flags: flags.map((f) => ({ kind: f.kind, detail: f.detail })),
  };
}

export interface SummaryRow {
  id: string;
  slug: string;
  title: string;
  question: string;
  department_name: string;
  doctor_name: string;
  reply_text: string;
  asked_on: string;
}

export function toSummary(r: SummaryRow): ConsultationSummary {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    question: r.question,
    department: r.department_name,
    doctorName: r.doctor_name,
    replyText: r.reply_text,
    askedOn: r.asked_on,
  };
}

export interface TopicRow {
  id: string;
  slug: string;
  title: string;
  department_name: string | null;
  kind: TopicKind;
  focus: string | null;
  synonyms_json: string | null;
  cuis_json: string | null;
  semantic_types_json: string | null;
  semantic_group: string | null;
  category: string | null;
  source_org: string | null;
  source_url: string | null;
  source_file: string | null;
}

function stringList(json: string | null): string[] {
  if (!json) return [];
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
}

export function toTopic(r: TopicRow): Topic {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    department: r.department_name,
    kind: r.kind,
    concept:
      r.focus === null
        ? null
        : {
            focus: r.focus,
            synonyms: stringList(r.synonyms_json),
            cuis: stringList(r.cuis_json),
            semanticTypes: stringList(r.semantic_types_json),
            semanticGroup: r.semantic_group,
            category: r.category,
          },
    source: { organisation: r.source_org, url: r.source_url, file: r.source_file },
  };
}

export interface SnippetRow {
  topic_id: string;
  source_file: string;
  position: number;
  text: string;
}

export function toSnippet(r: SnippetRow): KnowledgeSnippet {
  return { topicId: r.topic_id, sourceFile: r.source_file, position: r.position, text: r.text };
}

export interface TrustedQaRow {
  id: string;
  topic_id: string;
  position: number;
  question: string;
  question_type: string;
  answer: string;
  source_org: string;
  url: string | null;
}

export function toTrustedQa(r: TrustedQaRow): TrustedQa {
  return {
    id: r.id,
    topicId: r.topic_id,
    position: r.position,
    question: r.question,
    questionType: r.question_type,
    answer: r.answer,
    sourceOrganisation: r.source_org,
    url: r.url,
  };
}
