import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  Consultation,
  ConsultationPage,
  DepartmentDetail,
  DepartmentList,
  Stats,
  TopicDetail,
  TopicPage,
  TrustedAnswer,
} from '../../src/http/api/schemas.js';
import { excerpt } from '../../src/domain/text.js';
import { fixture } from '../support/http-fixtures.js';
import { openTestApp, type TestApp } from '../support/http-app.js';

const { gardening, hiking, hostile, repaired, orthopedics, topics, qas } = fixture;
const total = 4 + orthopedics.length;

describe('JSON API', () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp();
  });
  after(() => t.close());

  async function get(url: string): Promise<unknown> {
    const res = await t.app.inject(url);
    assert.equal(res.statusCode, 200, url);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    return res.json();
  }

  it('lists consultations newest first, 20 by default', async () => {
    const page = ConsultationPage.parse(await get('/api/consultations'));
    assert.equal(page.total, total);
    assert.equal(page.limit, 20);
    assert.equal(page.pages, 2);
    assert.equal(page.items.length, 20);
    assert.deepEqual(
      page.items.slice(0, 4).map((c) => c.slug),
      [repaired.slug, hostile.slug, hiking.slug, gardening.slug],
    );
    assert.deepEqual(page.items[3]?.department, { slug: 'dermatology', name: 'Dermatology', url: '/departments/dermatology' });
  });

  it('filters consultations by department and pages with limit', async () => {
    const derm = ConsultationPage.parse(await get('/api/consultations?department=dermatology'));
    assert.deepEqual(derm.items.map((c) => c.slug), [hiking.slug, gardening.slug]);
    const third = ConsultationPage.parse(await get('/api/consultations?department=orthopedics&limit=10&page=3'));
    assert.equal(third.pages, 3);
    assert.deepEqual(third.items.map((c) => c.slug), [orthopedics[2]?.slug, orthopedics[1]?.slug, orthopedics[0]?.slug]);
    const past = ConsultationPage.parse(await get('/api/consultations?page=50'));
    assert.deepEqual(past.items, []);
    assert.equal(past.total, total);
  });

  it('returns one consultation with similar entries and topics', async () => {
    const c = Consultation.parse(await get(`/api/consultations/${gardening.slug}`));
    assert.equal(c.title, gardening.title);
    assert.deepEqual(c.asker, { nickname: 'fernlover', ageRange: '30~39', sex: 'female' });
    assert.equal(c.reply.affiliation, 'Lakeside Clinic');
    assert.deepEqual(c.similar[0], {
      title: hiking.title,
      questionExcerpt: excerpt(hiking.question, 180),
      replyExcerpt: excerpt(hiking.reply.text, 180),
      doctorName: 'Tomas Ekberg',
      department: 'Dermatology',
      target: { slug: hiking.slug, url: `/consultations/${hiking.slug}` },
      imported: true,
    });
    assert.equal(c.similar[1]?.target, null);
    assert.equal(c.similar[1]?.title, 'Peeling skin between my toes');
    assert.deepEqual(c.topics, [
      { slug: topics.contactDermatitisFaq.slug, title: 'Contact Dermatitis', department: 'Dermatology' },
      { slug: topics.skinRashFaq.slug, title: 'Skin Rash', department: 'Dermatology' },
    ]);
    const flagged = Consultation.parse(await get(`/api/consultations/${repaired.slug}`));
    assert.deepEqual(flagged.flags, repaired.flags);
  });

  it('lists departments with counts and shows one with its consultations and topics', async () => {
    const list = DepartmentList.parse(await get('/api/departments'));
    assert.deepEqual(
      list.items.map((d) => [d.name, d.consultations, d.topics]),
      [
        ['Cardiology', 2, 1],
        ['Dermatology', 2, 2],
        ['Orthopedics', orthopedics.length, 0],
      ],
    );
    const derm = DepartmentDetail.parse(await get('/api/departments/dermatology'));
    assert.equal(derm.name, 'Dermatology');
    assert.deepEqual(derm.topics.map((x) => x.slug), [topics.contactDermatitisFaq.slug, topics.skinRashFaq.slug]);
    assert.equal(derm.consultations.total, 2);
  });

  it('lists topics with department, kind and letter filters', async () => {
    const all = TopicPage.parse(await get('/api/topics'));
    assert.deepEqual(all.items.map((x) => x.title), ['Contact Dermatitis', 'Garden nettle sensitivity', 'Palpitations', 'Skin Rash']);
    assert.equal(all.limit, 50);
    assert.deepEqual(TopicPage.parse(await get('/api/topics?kind=medquad')).items.map((x) => x.slug), [topics.medquadTopic.slug]);
    assert.deepEqual(TopicPage.parse(await get('/api/topics?department=cardiology')).items.map((x) => x.title), ['Palpitations']);
    assert.deepEqual(TopicPage.parse(await get('/api/topics?letter=s')).items.map((x) => x.title), ['Skin Rash']);
  });

  it('returns a topic with snippets, consultations and trusted answers', async () => {
    const faq = TopicDetail.parse(await get(`/api/topics/${topics.contactDermatitisFaq.slug}`));
    assert.deepEqual(faq.snippets, fixture.snippets);
    assert.deepEqual(faq.consultations.items.map((c) => c.slug), [gardening.slug]);
    assert.equal(faq.concept, null);
    const medquad = TopicDetail.parse(await get(`/api/topics/${topics.medquadTopic.slug}`));
    assert.deepEqual(medquad.concept?.cuis, ['C9990001', 'C9990002']);
    assert.deepEqual(medquad.concept?.synonyms, ['nettle rash', 'urtica reaction']);
    assert.deepEqual(medquad.answers.map((a) => a.id), [qas.answeredQa.id, qas.withheldQa.id]);
    assert.equal(medquad.answers[1]?.answer, null, 'a withheld answer is null, not ""');
    assert.equal(medquad.answers[0]?.sourceUrl, 'https://example.org/nettle#what');
  });

  it('returns a trusted answer with its topic', async () => {
    const a = TrustedAnswer.parse(await get(`/api/answers/${qas.answeredQa.id}`));
    assert.equal(a.question, qas.answeredQa.question);
    assert.equal(a.answer, qas.answeredQa.answer);
    assert.equal(a.url, `/answers/${qas.answeredQa.id}`);
    assert.equal(a.topic?.slug, topics.medquadTopic.slug);
  });

  it('returns archive totals', async () => {
    assert.deepEqual(Stats.parse(await get('/api/stats')), {
      consultations: total,
      departments: 3,
      doctors: 4,
      topics: 4,
      snippets: 2,
      trustedQas: 2,
      flaggedConsultations: 1,
      // The gardening page's "Peeling skin between my toes" has no consultation here.
      unresolvedLinks: 1,
    });
  });
});

describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: {
    openapi: string;
    paths: Record<string, { get: { parameters?: { name: string; in: string; required: boolean }[]; responses: Record<string, unknown> } }>;
    components: { schemas: Record<string, unknown> };
  };
  before(async () => {
    t = await openTestApp();
    const res = await t.app.inject('/api/openapi.json');
    assert.equal(res.statusCode, 200);
    doc = JSON.parse(res.body);
  });
  after(() => t.close());

  it('is OpenAPI 3.1 with every API path', () => {
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(Object.keys(doc.paths).sort(), [
      '/api/answers/{id}',
      '/api/consultations',
      '/api/consultations/{slug}',
      '/api/departments',
      '/api/departments/{slug}',
      '/api/search',
      '/api/stats',
      '/api/suggest',
      '/api/topics',
      '/api/topics/{slug}',
    ]);
  });

  it('describes parameters and error responses', () => {
    const list = doc.paths['/api/consultations']?.get;
    assert.deepEqual(list?.parameters?.map((p) => [p.name, p.in, p.required]), [
      ['department', 'query', false],
      ['page', 'query', false],
      ['limit', 'query', false],
    ]);
    const one = doc.paths['/api/consultations/{slug}']?.get;
    assert.deepEqual(one?.parameters?.map((p) => [p.name, p.in, p.required]), [['slug', 'path', true]]);
    assert.deepEqual(Object.keys(one?.responses ?? {}), ['200', '400', '404', '500']);
    assert.deepEqual(one?.responses['404'], {
      description: 'No such resource (error id "not_found")',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    });
  });

  it('has a component for every $ref it uses', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1] ?? '');
    assert.ok(refs.length > 0);
    for (const ref of new Set(refs)) assert.ok(ref in doc.components.schemas, `component ${ref}`);
    for (const id of ['Consultation', 'SimilarEntry', 'TopicRef', 'Error', 'Stats']) assert.ok(id in doc.components.schemas);
  });
});
