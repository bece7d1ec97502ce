import { z } from 'zod';
import type { Consultation } from '../../domain/consultation.js';
import type { KnowledgeSnippet, Topic, TrustedQa } from '../../domain/topic.js';

/**
 * askdoc's own archive format: one JSON record per line. The schemas double as the contract
 * of `export` (which builds records field by field, so key order and therefore bytes are stable)
 * and of the JSONL importer (which validates every line).
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const text = z.string();
const nullableText = z.string().nullable();

export const topicRecord = z.object({
  type: z.literal('topic'),
  id: z.string().min(1),
  slug: z.string().min(1),
  title: z.string().min(1),
  department: nullableText,
  kind: z.enum(['faq', 'medquad']),
  concept: z
    .object({
      focus: text,
      synonyms: z.array(text),
      cuis: z.array(text),
      semanticTypes: z.array(text),
      semanticGroup: nullableText,
      category: nullableText,
    })
    .nullable(),
  source: z.object({ organisation: nullableText, url: nullableText, file: nullableText }),
});

export const snippetRecord = z.object({
  type: z.literal('snippet'),
  topicId: z.string().min(1),
  sourceFile: z.string().min(1),
  position: z.number().int().positive(),
  text: z.string().min(1),
});

export const consultationRecord = z.object({
  type: z.literal('consultation'),
  id: z.string().min(1),
  slug: z.string().min(1),
  title: z.string().min(1),
  question: z.string().min(1),
  asker: z.object({ nickname: text, ageRange: text, sex: z.enum(['female', 'male', 'unknown']) }),
  askedOn: isoDate,
  reply: z.object({
    doctorName: z.string().min(1),
    affiliation: nullableText,
    department: z.string().min(1),
    text: z.string().min(1),
    repliedOn: isoDate,
  }),
  moreInfo: nullableText,
  similar: z.array(
    z.object({
      title: text,
      questionExcerpt: text,
      doctorName: text,
      department: text,
      replyExcerpt: text,
      targetId: nullableText,
    }),
  ),
  topicIds: z.array(z.string().min(1)),
  source: z.object({ format: z.enum(['page', 'medquad', 'jsonl']), file: nullableText, url: nullableText }),
  flags: z.array(
    z.object({ kind: z.enum(['title-repaired', 'title-artifact', 'salutation-mismatch']), detail: text }),
  ),
});

export const trustedQaRecord = z.object({
  type: z.literal('trusted_qa'),
  id: z.string().min(1),
  topicId: z.string().min(1),
  position: z.number().int().positive(),
  question: text,
  questionType: text,
  answer: text,
  sourceOrganisation: text,
  url: nullableText,
});

export const archiveRecord = z.discriminatedUnion('type', [topicRecord, snippetRecord, consultationRecord, trustedQaRecord]);
export type ArchiveRecord = z.infer<typeof archiveRecord>;

export function topicToRecord(t: Topic): z.infer<typeof topicRecord> {
  return {
    type: 'topic',
    id: t.id,
    slug: t.slug,
    title: t.title,
    department: t.department,
    kind: t.kind,
    concept: t.concept && {
      focus: t.concept.focus,
      synonyms: t.concept.synonyms,
      cuis: t.concept.cuis,
      semanticTypes: t.concept.semanticTypes,
      semanticGroup: t.concept.semanticGroup,
      category: t.concept.category,
    },
    source: { organisation: t.source.organisation, url: t.source.url, file: t.source.file },
  };
}

export function snippetToRecord(s: KnowledgeSnippet): z.infer<typeof snippetRecord> {
  return { type: 'snippet', topicId: s.topicId, sourceFile: s.sourceFile, position: s.position, text: s.text };
}

export function consultationToRecord(c: Consultation): z.infer<typeof consultationRecord> {
  return {
    type: 'consultation',
    id: c.id,
    slug: c.slug,
    title: c.title,
    question: c.question,
    asker: { nickname: c.asker.nickname, ageRange: c.asker.ageRange, sex: c.asker.sex },
    askedOn: c.askedOn,
    reply: {
      doctorName: c.reply.doctorName,
      affiliation: c.reply.affiliation,
      department: c.reply.department,
      text: c.reply.text,
      repliedOn: c.reply.repliedOn,
    },
    moreInfo: c.moreInfo,
    similar: c.similar.map((l) => ({
      title: l.title,
      questionExcerpt: l.questionExcerpt,
      doctorName: l.doctorName,
      department: l.department,
      replyExcerpt: l.replyExcerpt,
      targetId: l.targetId,
    })),
    topicIds: [...c.topicIds],
    source: { format: c.source.format, file: c.source.file, url: c.source.url },
    flags: c.flags.map((f) => ({ kind: f.kind, detail: f.detail })),
  };
}

export function trustedQaToRecord(q: TrustedQa): z.infer<typeof trustedQaRecord> {
  return {
    type: 'trusted_qa',
    id: q.id,
    topicId: q.topicId,
    position: q.position,
    question: q.question,
    questionType: q.questionType,
    answer: q.answer,
    sourceOrganisation: q.sourceOrganisation,
    url: q.url,
  };
}
