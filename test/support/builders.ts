import type { Consultation } from '../../src/domain/consultation.js';
import { consultationId, consultationSlug } from '../../src/domain/identity.js';
import type { Topic } from '../../src/domain/topic.js';
import { faqTopic } from '../../src/ingest/page/related.js';

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
