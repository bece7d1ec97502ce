import { z } from 'zod';

/**
 * The JSON API's response shapes. Presenters build these from domain objects, the OpenAPI
 * document is generated from them, and tests parse responses with them, so the three cannot
 * disagree. URLs are site paths ("/consultations/…"), valid under whichever origin serves them.
 */

export const apiRegistry = z.registry<{ id: string; description?: string }>();

function component<T extends z.ZodType>(id: string, description: string, schema: T): T {
  apiRegistry.add(schema, { id, description });
  return schema;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('ISO date, YYYY-MM-DD');
const sitePath = z.string().startsWith('/').describe('path on this site');

export const ErrorBody = component(
  'Error',
  'Every error: a stable id for programs and a message safe to show.',
  z.object({ error: z.object({ id: z.string(), message: z.string() }) }),
);

export const DepartmentRef = component(
  'DepartmentRef',
  'A department as other resources refer to it.',
  z.object({ slug: z.string(), name: z.string(), url: sitePath }),
);

export const TopicRef = component(
  'TopicRef',
  'A "Related FAQ" entry: a topic and its department name.',
  z.object({ slug: z.string(), title: z.string(), department: z.string().nullable() }),
);

export const SimilarEntry = component(
  'SimilarEntry',
  'A "Similar Q&A" entry: imported ones as the source page listed them (target set when that consultation is in this archive); the others found by askdoc\'s search.',
  z.object({
    title: z.string(),
    questionExcerpt: z.string(),
    replyExcerpt: z.string(),
    doctorName: z.string(),
    department: z.string(),
    target: z.object({ slug: z.string(), url: sitePath }).nullable(),
    imported: z.boolean().describe('true: listed by the imported page; false: found by askdoc'),
  }),
);

export const TrustedAnswerRef = component(
  'TrustedAnswerRef',
  'A trusted-source answer as another resource cites it.',
  z.object({
    id: z.string(),
    url: sitePath,
    question: z.string(),
    answerExcerpt: z.string().nullable().describe('null where MedQuAD left the answer out for copyright'),
    sourceOrganisation: z.string(),
    sourceUrl: z.string().nullable(),
  }),
);

export const QualityFlag = component(
  'QualityFlag',
  'Something the importer noticed or repaired in this consultation.',
  z.object({ kind: z.enum(['title-repaired', 'title-artifact', 'salutation-mismatch']), detail: z.string() }),
);

export const Urgency = component(
  'Urgency',
  'Red-flag symptoms the text describes, most serious first: show the advice before anything else.',
  z.object({
    level: z.enum(['emergency', 'urgent']).describe('emergency: call for help now; urgent: see a doctor today'),
    advice: z.string().describe('what to do, in words for the person asking'),
    signs: z.array(z.object({ id: z.string(), level: z.enum(['emergency', 'urgent']), label: z.string() })).min(1),
  }),
);

export const Consultation = component(
  'Consultation',
  'One asker question and one doctor reply, with the lists the page shows.',
  z.object({
    id: z.string(),
    slug: z.string(),
    url: sitePath,
    title: z.string(),
    question: z.string(),
    asker: z.object({ nickname: z.string(), ageRange: z.string(), sex: z.enum(['female', 'male', 'unknown']) }),
    askedOn: isoDate,
    reply: z.object({
      doctorName: z.string(),
      affiliation: z.string().nullable(),
      department: DepartmentRef,
      text: z.string(),
      repliedOn: isoDate,
    }),
    moreInfo: z.string().nullable(),
    similar: z.array(SimilarEntry),
    topics: z.array(TopicRef),
    trustedAnswers: z.array(TrustedAnswerRef),
    flags: z.array(QualityFlag),
    source: z.object({ format: z.enum(['page', 'medquad', 'jsonl']), url: z.string().nullable() }),
    urgency: Urgency.nullable().describe('red flags the question describes, for a reader with the same symptoms now'),
  }),
);

export const ConsultationSummary = component(
  'ConsultationSummary',
  'A consultation in a list.',
  z.object({
    slug: z.string(),
    url: sitePath,
    title: z.string(),
    questionExcerpt: z.string(),
    replyExcerpt: z.string(),
    doctorName: z.string(),
    department: DepartmentRef,
    askedOn: isoDate,
  }),
);

const paging = {
  page: z.int().min(1),
  limit: z.int().min(1),
  total: z.int().min(0),
  pages: z.int().min(0).describe('number of pages at this limit'),
};

export const ConsultationPage = component(
  'ConsultationPage',
  'One page of consultations.',
  z.object({ items: z.array(ConsultationSummary), ...paging }),
);

export const TopicSummary = component(
  'TopicSummary',
  'A topic in a list.',
  z.object({
    slug: z.string(),
    url: sitePath,
    title: z.string(),
    kind: z.enum(['faq', 'medquad']),
    department: DepartmentRef.nullable(),
  }),
);

export const TopicPage = component('TopicPage', 'One page of topics.', z.object({ items: z.array(TopicSummary), ...paging }));

export const DepartmentSummary = component(
  'DepartmentSummary',
  'A department with how much the archive holds for it.',
  z.object({ slug: z.string(), name: z.string(), url: sitePath, consultations: z.int(), topics: z.int() }),
);

export const DepartmentList = component(
  'DepartmentList',
  'Every department, by name.',
  z.object({ items: z.array(DepartmentSummary) }),
);

export const DepartmentDetail = component(
  'DepartmentDetail',
  "A department, one page of its consultations, and its topics.",
  z.object({
    slug: z.string(),
    name: z.string(),
    url: sitePath,
    consultations: ConsultationPage,
    topics: z.array(TopicSummary),
  }),
);

export const TrustedAnswer = component(
  'TrustedAnswer',
  'A MedQuAD question-answer pair from a trusted source (CC BY 4.0).',
  z.object({
    id: z.string(),
    url: sitePath,
    question: z.string(),
    questionType: z.string(),
    answer: z.string().nullable().describe('null where MedQuAD left the answer out for copyright'),
    sourceOrganisation: z.string(),
    sourceUrl: z.string().nullable(),
    topic: TopicSummary.nullable(),
  }),
);

export const TopicDetail = component(
  'TopicDetail',
  'A topic with its knowledge snippets, member consultations and trusted-source answers.',
  z.object({
    slug: z.string(),
    url: sitePath,
    title: z.string(),
    kind: z.enum(['faq', 'medquad']),
    department: DepartmentRef.nullable(),
    concept: z
      .object({
        focus: z.string(),
        synonyms: z.array(z.string()),
        cuis: z.array(z.string()),
        semanticTypes: z.array(z.string()),
        semanticGroup: z.string().nullable(),
        category: z.string().nullable(),
      })
      .nullable(),
    source: z.object({ organisation: z.string().nullable(), url: z.string().nullable() }),
    snippets: z.array(z.string()),
    consultations: ConsultationPage,
    answers: z.array(TrustedAnswer),
  }),
);

export const Stats = component(
  'Stats',
  'Archive totals.',
  z.object({
    consultations: z.int(),
    departments: z.int(),
    doctors: z.int(),
    topics: z.int(),
    snippets: z.int(),
    trustedQas: z.int(),
    flaggedConsultations: z.int(),
    unresolvedLinks: z.int(),
  }),
);

const Highlight = z.object({
  text: z.string(),
  matches: z.array(z.tuple([z.int(), z.int()])).describe('[start, end) offsets of words matching the query'),
});

export const SearchResult = component(
  'SearchResult',
  'A consultation or trusted-source answer matching a search, with the matching words located.',
  z.object({
    kind: z.enum(['consultation', 'trusted-qa']),
    id: z.string(),
    url: sitePath,
    title: Highlight,
    snippet: Highlight,
    department: DepartmentRef.nullable(),
    sourceOrganisation: z.string().nullable(),
    questionType: z.string().nullable(),
    topicTitle: z.string().nullable(),
    score: z.number(),
  }),
);

export const SearchResults = component(
  'SearchResults',
  'One page of search results, best first.',
  z.object({
    query: z.string(),
    urgency: Urgency.nullable(),
    page: z.int().min(1),
    limit: z.int().min(1),
    hasMore: z.boolean(),
    closeMatch: z
      .boolean()
      .nullable()
      .describe('false: the first result is only the nearest the archive has, probably not about what was asked; null: not judged (no results, or a later page)'),
    items: z.array(SearchResult),
  }),
);

export const Suggestions = component(
  'Suggestions',
  'Answered questions like the one being typed.',
  z.object({
    items: z.array(z.object({ kind: z.enum(['consultation', 'trusted-qa']), title: z.string(), url: sitePath })),
    urgency: Urgency.nullable(),
  }),
);

export type ApiConsultation = z.infer<typeof Consultation>;
export type ApiTrustedAnswerRef = z.infer<typeof TrustedAnswerRef>;
export type ApiSearchResult = z.infer<typeof SearchResult>;
export type ApiSearchResults = z.infer<typeof SearchResults>;
export type ApiSuggestions = z.infer<typeof Suggestions>;
export type ApiUrgency = z.infer<typeof Urgency>;
export type ApiSimilarEntry = z.infer<typeof SimilarEntry>;
export type ApiTopicRef = z.infer<typeof TopicRef>;
export type ApiDepartmentRef = z.infer<typeof DepartmentRef>;
export type ApiConsultationSummary = z.infer<typeof ConsultationSummary>;
export type ApiConsultationPage = z.infer<typeof ConsultationPage>;
export type ApiTopicSummary = z.infer<typeof TopicSummary>;
export type ApiTopicPage = z.infer<typeof TopicPage>;
export type ApiDepartmentSummary = z.infer<typeof DepartmentSummary>;
export type ApiDepartmentDetail = z.infer<typeof DepartmentDetail>;
export type ApiTrustedAnswer = z.infer<typeof TrustedAnswer>;
export type ApiTopicDetail = z.infer<typeof TopicDetail>;
export type ApiStats = z.infer<typeof Stats>;
export type ApiError = z.infer<typeof ErrorBody>;
