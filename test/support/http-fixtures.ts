/**
 * A small archive for web-layer tests, written through the real SQLite store. All content is
 * invented for these tests. Tests derive expected values from the objects exported here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Consultation, QualityFlag, SimilarLink } from '../../src/domain/consultation.js';
import { consultationId, consultationSlug, faqTopicId, medquadTopicId, medquadTopicSlug } from '../../src/domain/identity.js';
import type { KnowledgeSnippet, Topic, TrustedQa } from '../../src/domain/topic.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';

interface ConsultationInput {
  title: string;
  question: string;
  nickname: string;
  ageRange: string;
  sex: Consultation['asker']['sex'];
  askedOn: string;
  doctorName: string;
  affiliation?: string | null;
  department: string;
  reply: string;
  repliedOn?: string;
  moreInfo?: string | null;
  similar?: SimilarLink[];
  topicIds?: string[];
  flags?: QualityFlag[];
}

export function makeConsultation(input: ConsultationInput): Consultation {
  const id = consultationId(input.nickname, input.askedOn, input.question);
  return {
    id,
    slug: consultationSlug(input.title, id),
    title: input.title,
    question: input.question,
    asker: { nickname: input.nickname, ageRange: input.ageRange, sex: input.sex },
    askedOn: input.askedOn,
    reply: {
      doctorName: input.doctorName,
      affiliation: input.affiliation ?? null,
      department: input.department,
      text: input.reply,
      repliedOn: input.repliedOn ?? input.askedOn,
    },
    moreInfo: input.moreInfo ?? null,
    similar: input.similar ?? [],
    topicIds: input.topicIds ?? [],
    source: { format: 'page', file: null, url: null },
    flags: input.flags ?? [],
  };
}

export function faqTopic(title: string, department: string): Topic {
  const id = faqTopicId(title, department);
  return { id, slug: id, title, department, kind: 'faq', concept: null, source: { organisation: null, url: null, file: null } };
}

const contactDermatitisFaq = faqTopic('Contact Dermatitis', 'Dermatology');
const skinRashFaq = faqTopic('Skin Rash', 'Dermatology');
const palpitationsFaq = faqTopic('Palpitations', 'Cardiology');

const medquadTopic: Topic = {
  id: medquadTopicId('GHR', '0009001'),
  slug: medquadTopicSlug('Garden nettle sensitivity', 'GHR', '0009001'),
  title: 'Garden nettle sensitivity',
  department: null,
  kind: 'medquad',
  concept: {
    focus: 'Garden nettle sensitivity',
    synonyms: ['nettle rash', 'urtica reaction'],
    cuis: ['C9990001', 'C9990002'],
    semanticTypes: ['Disease or Syndrome'],
    semanticGroup: 'Disorders',
    category: 'Disease',
  },
  source: { organisation: 'Example Genetics Reference', url: 'https://example.org/nettle', file: null },
};

const answeredQa: TrustedQa = {
  id: 'GHR_0009001_Sec1',
  topicId: medquadTopic.id,
  position: 1,
  question: 'What is garden nettle sensitivity?',
  questionType: 'information',
  answer: 'Garden nettle sensitivity is an invented condition used only in these tests.\nIt causes a short-lived sting.',
  sourceOrganisation: 'Example Genetics Reference',
  url: 'https://example.org/nettle#what',
};

const withheldQa: TrustedQa = {
  id: 'GHR_0009001_Sec2',
  topicId: medquadTopic.id,
  position: 2,
  question: 'How is garden nettle sensitivity treated?',
  questionType: 'treatment',
  answer: '',
  sourceOrganisation: 'Example Encyclopedia',
  url: 'https://example.org/nettle-treatment',
};

const snippets = ['Wash the skin with mild soap after touching plants.', 'Cool compresses can ease itching.'];

const hikingTitle = 'Red patches that spread after hiking';

/** Links to `hiking` by its exact title, so the store resolves it; the second link has no target here. */
const gardening = makeConsultation({
  title: 'Itchy rash on my forearms after gardening?',
  question:
    'Every weekend after I pull weeds my forearms get an itchy red rash.\nIt fades in two days but comes back the next weekend.\nShould I stop gardening or is there a cream that helps?',
  nickname: 'fernlover',
  ageRange: '30~39',
  sex: 'female',
  askedOn: '2021-06-14',
  doctorName: 'Mira Solberg',
  affiliation: 'Lakeside Clinic',
  department: 'Dermatology',
  reply:
    'Hello, this pattern fits contact dermatitis from a plant you handle.\nWear long gloves and sleeves while weeding.\nIf the rash blisters or spreads, please visit a dermatology clinic.',
  repliedOn: '2021-06-15',
  moreInfo:
    'Contact dermatitis happens when skin reacts to something it touches.\nPlants, soaps and metals are common causes.',
  similar: [
    {
      title: hikingTitle,
      questionExcerpt: 'After a long hike in the hills my shins got red patches that slowly spread up to my kne...',
      doctorName: 'Tomas Ekberg',
      department: 'Dermatology',
      replyExcerpt: 'Hello: patches like these after hiking are often a reaction to plants brushing the sk...',
      targetId: null,
    },
    {
      title: 'Peeling skin between my toes',
      questionExcerpt: 'The skin between my toes has been peeling and itching for a month and creams from the pharmacy did not hel...',
      doctorName: 'Mira Solberg',
      department: 'Dermatology',
      replyExcerpt: 'Hello: this sounds like a fungal infection; keep the feet dry and see a clinic if it persists...',
      targetId: null,
    },
  ],
  topicIds: [contactDermatitisFaq.id, skinRashFaq.id],
});

const hiking = makeConsultation({
  title: hikingTitle,
  question:
    'After a long hike in the hills my shins got red patches that slowly spread up to my knees. They do not itch much. What could this be?',
  nickname: 'trailrunner',
  ageRange: '40~49',
  sex: 'male',
  askedOn: '2021-07-02',
  doctorName: 'Tomas Ekberg',
  department: 'Dermatology',
  reply: 'Hello: patches like these after hiking are often a reaction to plants brushing the skin. Rinse after hikes and see a clinic if they last more than a week.',
  topicIds: [skinRashFaq.id],
});

/** Markup in a title and a reply, to prove pages and JSON-LD escape it. */
const hostile = makeConsultation({
  title: '<script>alert(1)</script> Racing heart at night',
  question: 'My heart races when I lie down. Is "<b>this</b>" & that normal?',
  nickname: 'night<owl>',
  ageRange: '50~59',
  sex: 'unknown',
  askedOn: '2022-01-09',
  doctorName: 'Ana Ruiz',
  department: 'Cardiology',
  reply: 'Hello, an occasional racing heart is common.</script><script>alert(2)</script> Please record an ECG.',
  topicIds: [palpitationsFaq.id],
});

const repaired = makeConsultation({
  title: 'Can stress cause skipped heartbeats?',
  question: 'Can stress cause skipped heartbeats? I feel a thump in my chest during exams.',
  nickname: 'student22',
  ageRange: '20~29',
  sex: 'male',
  askedOn: '2022-03-05',
  doctorName: 'Ana Ruiz',
  department: 'Cardiology',
  reply: 'Hello Sir, stress can cause extra beats; they are usually harmless.',
  flags: [{ kind: 'title-repaired', detail: `original title: "I'm sorry, but it seems that"` }],
});

/** Enough consultations in one department to need a second page at 20 per page. */
const ORTHO_COUNT = 23;
const orthopedics = Array.from({ length: ORTHO_COUNT }, (_, i) =>
  makeConsultation({
    title: `Knee question number ${i + 1}`,
    question: `Question ${i + 1}: my knee clicks when I climb stairs. Is that a problem?`,
    nickname: `climber${i + 1}`,
    ageRange: '30~39',
    sex: 'female',
    askedOn: `2020-01-${String(i + 1).padStart(2, '0')}`,
    doctorName: 'Lee Park',
    department: 'Orthopedics',
    reply: `Reply ${i + 1}: painless clicking is usually harmless.`,
  }),
);

export const fixture = {
  gardening,
  hiking,
  hostile,
  repaired,
  orthopedics,
  topics: { contactDermatitisFaq, skinRashFaq, palpitationsFaq, medquadTopic },
  qas: { answeredQa, withheldQa },
  snippets,
};

export interface HttpArchive {
  store: SqliteStore;
  close(): Promise<void>;
}

export async function openFixtureArchive(): Promise<HttpArchive> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'askdoc-http-'));
  const store = SqliteStore.open(path.join(dir, 'archive.sqlite'));
  // Topics first: consultations reference them.
  for (const topic of Object.values(fixture.topics)) await store.topics.save(topic, 'h');
  const snippetRows: KnowledgeSnippet[] = snippets.map((text, i) => ({
    topicId: contactDermatitisFaq.id,
    sourceFile: 'snippets.txt',
    position: i + 1,
    text,
  }));
  await store.topics.replaceSnippets(contactDermatitisFaq.id, 'snippets.txt', snippetRows);
  for (const qa of [answeredQa, withheldQa]) await store.trustedQas.save(qa, 'h');
  const all = [gardening, hiking, hostile, repaired, ...orthopedics];
  for (const c of all) await store.consultations.save(c, 'h');
  for (const c of all) await store.consultations.resolveLinks(c.id);
  return {
    store,
    async close() {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
