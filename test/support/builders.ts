import type { Consultation } from '../../src/domain/consultation.js';
import { consultationId, consultationSlug } from '../../src/domain/identity.js';
import type { Topic } from '../../src/domain/topic.js';
import { faqTopic } from '../../src/ingest/page/related.js';
import { DEFAULT_PARAMS, type MedicalIndexParams, MedicalSearchIndex } from '../../src/search/medical-index.js';
import type { SearchDoc } from '../../src/search/types.js';

/** Builds a consultation with invented content; tests override what they exercise. */
export function aConsultation(overrides: Partial<Consultation> & { question?: string; title?: string } = {}): Consultation {
  const question = overrides.question ?? 'My knee clicks when I climb stairs. Should I be worried about it?';
  const title = overrides.title ?? 'Knee clicking on stairs';
  const askedOn = overrides.askedOn ?? '2021-03-04';
  const id = overrides.id ?? consultationId('walker', askedOn, question);
  return {
    id,
    slug: consultationSlug(title, id),
    title,
    question,
    asker: { nickname: 'walker', ageRange: '40~49', sex: 'male' },
    askedOn,
    reply: {
      doctorName: 'Ana Pereira',
      affiliation: null,
      department: 'Orthopedics',
      text: 'Painless clicking is common and usually harmless.',
      repliedOn: '2021-03-05',
    },
    moreInfo: null,
    similar: [],
    topicIds: [],
    source: { format: 'page', file: 'knee.txt', url: null },
    flags: [],
    ...overrides,
  };
}

export function aFaqTopic(title: string, department: string | null): Topic {
  return faqTopic(title, department);
}

/** A trusted-source (MedQuAD-style) pair as the search index takes it; grouped by its focus. */
export function aTrustedDoc(id: string, question: string, answer: string, focus: string, qtype: string, more: Partial<SearchDoc> = {}): SearchDoc {
  return { id, kind: 'trusted-qa', question, answer, focus: [focus], synonyms: [], questionType: qtype, source: 'GARD', groupId: focus, ...more };
}

/** A search index over `docs`, with the default parameters changed by `patch`. */
export function anIndexOf(docs: Iterable<SearchDoc>, patch: Partial<MedicalIndexParams> = {}): MedicalSearchIndex {
  const index = new MedicalSearchIndex({ ...structuredClone(DEFAULT_PARAMS), ...patch });
  for (const d of docs) index.index(d);
  return index;
}
