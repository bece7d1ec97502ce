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

/** The focus-and-type part of a document's score for a query, as `explain` reports it. */
export function focusTypePart(index: MedicalSearchIndex, query: string, id: string): number {
  return index.explain(query, id).parts.find((p) => p.component === 'focus+type')?.score ?? 0;
}

/** Sections of a MedlinePlus medicine leaflet by their MedQuAD number: question template and qtype. */
const LEAFLET_SECTIONS: Readonly<Record<number, readonly [string, string]>> = {
  1: ['Who should get {name} and why is it prescribed ?', 'indication'],
  3: ['How should {name} be used and what is the dosage ?', 'usage'],
  4: ['Are there safety concerns or special precautions about {name} ?', 'precautions'],
  5: ['What special dietary instructions should I follow with {name} ?', 'dietary'],
  7: ['What are the side effects or risks of {name} ?', 'side effects'],
  9: ['What other information should I know about {name} ?', 'other information'],
};

/**
 * The given sections of a medicine leaflet, ids `${id}${section}`. As in MedQuAD, leaflet pages carry
 * their questions only; a side-effects section (7) makes the focus a medicine.
 */
export function aLeaflet(id: string, name: string, sections: readonly (keyof typeof LEAFLET_SECTIONS)[]): SearchDoc[] {
  return sections.map((n) => {
    const [question, qtype] = LEAFLET_SECTIONS[n] ?? ['', ''];
    return aTrustedDoc(`${id}${n}`, question.replace('{name}', name), '', name, qtype, { source: 'MPlusDrugs' });
  });
}
