import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { faqTopic, fixture } from '../support/http-fixtures.js';
import { count, elementById, openTestApp, type TestApp, textOf } from '../support/http-app.js';

const { gardening, hiking, hostile, repaired, orthopedics, topics, qas } = fixture;
const allConsultations = [gardening, hiking, hostile, repaired, ...orthopedics];

/** Links to consultation pages inside <main>, in document order. */
function consultationLinks(page: string): string[] {
  const main = elementById(page, 'main') ?? '';
  return [...main.matchAll(/href="\/consultations\/([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe('site pages', () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp();
  });
  after(() => t.close());

  async function get(url: string): Promise<string> {
    const res = await t.app.inject(url);
    assert.equal(res.statusCode, 200, `${url} answers 200`);
    assert.match(String(res.headers['content-type']), /^text\/html; charset=utf-8/);
    assert.equal(count(res.body, '<h1'), 1, `${url} has one h1`);
    return res.body;
  }

  it('home: totals, departments with counts, recent consultations, link to topics', async () => {
    const page = await get('/');
    const text = textOf(page);
    assert.ok(text.includes(`${allConsultations.length} consultations`));
    assert.ok(text.includes('4 doctors'), 'Solberg, Ekberg, Ruiz and Park');
    assert.ok(text.includes('3 departments'));
    assert.ok(text.includes('2 trusted-source answers'));
    assert.ok(page.includes('<a href="/departments/orthopedics">Orthopedics</a> <small>(23 consultations)</small>'));
    assert.ok(page.includes('<a href="/departments/dermatology">Dermatology</a> <small>(2 consultations)</small>'));
    assert.ok(page.includes('href="/topics"'));
    // Newest first: the 2022 consultations, then 2021, then the newest knee questions.
    const recent = consultationLinks(page);
    assert.equal(recent.length, 10);
    assert.deepEqual(recent.slice(0, 5), [repaired.slug, hostile.slug, hiking.slug, gardening.slug, orthopedics[22]?.slug]);
    assert.ok(page.includes('<a href="/" aria-current="page">Home</a>'));
  });

  it('departments index lists every department with its counts', async () => {
    const page = await get('/departments');
    const text = textOf(elementById(page, 'main') ?? '');
    assert.ok(text.includes('Cardiology 2 consultations · 1 topic'));
    assert.ok(text.includes('Dermatology 2 consultations · 2 topics'));
    assert.ok(text.includes('Orthopedics 23 consultations · 0 topics'));
  });

  it('department page: 20 consultations per page, newest first, with rel=next', async () => {
    const page = await get('/departments/orthopedics');
    const links = consultationLinks(page);
    assert.equal(links.length, 20);
    assert.equal(links[0], orthopedics[22]?.slug);
    assert.equal(links[19], orthopedics[3]?.slug);
    assert.ok(page.includes('<link rel="next" href="/departments/orthopedics?page=2">'));
    assert.ok(page.includes('<a rel="next" href="/departments/orthopedics?page=2">'));
    assert.ok(!page.includes('rel="prev"'));
  });

  it('department page 2 holds the rest and links back with rel=prev', async () => {
    const page = await get('/departments/orthopedics?page=2');
    assert.deepEqual(consultationLinks(page), [orthopedics[2]?.slug, orthopedics[1]?.slug, orthopedics[0]?.slug]);
    assert.ok(page.includes('<link rel="prev" href="/departments/orthopedics">'));
    assert.ok(!page.includes('rel="next"'));
  });

  it('a page past the end shows no consultations', async () => {
    const page = await get('/departments/orthopedics?page=9');
    assert.deepEqual(consultationLinks(page), []);
    assert.ok(page.includes('No consultations on this page.'));
  });

  it("department page lists the department's topics", async () => {
    const page = await get('/departments/dermatology');
    assert.ok(page.includes(`<a href="/topics/${topics.contactDermatitisFaq.slug}">Contact Dermatitis (Dermatology)</a>`));
    assert.ok(page.includes(`<a href="/topics/${topics.skinRashFaq.slug}">Skin Rash (Dermatology)</a>`));
    assert.deepEqual(consultationLinks(page), [hiking.slug, gardening.slug]);
  });

  it('topics index: every topic by title, filters by letter and kind', async () => {
    const all = await get('/topics');
    const titles = [...(elementById(all, 'main') ?? '').matchAll(/<a href="\/topics\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    assert.deepEqual(titles, [
      'Contact Dermatitis (Dermatology)',
      'Garden nettle sensitivity',
      'Palpitations (Cardiology)',
      'Skin Rash (Dermatology)',
    ]);
    const g = await get('/topics?letter=g');
    assert.ok(g.includes(`href="/topics/${topics.medquadTopic.slug}"`));
    assert.ok(!g.includes(`href="/topics/${topics.skinRashFaq.slug}"`));
    assert.ok(textOf(g).includes('1 topic'));
    const faq = await get('/topics?kind=faq');
    assert.ok(textOf(faq).includes('3 topics'));
    assert.ok(!faq.includes(`href="/topics/${topics.medquadTopic.slug}"`));
    const medquad = await get('/topics?kind=medquad&letter=P');
    assert.ok(textOf(medquad).includes('0 topics'));
  });

  it('FAQ topic page: snippets, member consultations, department', async () => {
    const page = await get(`/topics/${topics.contactDermatitisFaq.slug}`);
    const snippets = elementById(page, 'snippets') ?? '';
    for (const s of fixture.snippets) assert.ok(snippets.includes(`<li>${s}</li>`));
    assert.deepEqual(consultationLinks(page), [gardening.slug]);
    assert.ok(page.includes('<a href="/departments/dermatology">Dermatology</a>'));
  });

  it('MedQuAD topic page: synonyms, CUIs and trusted-source answers with their sources', async () => {
    const page = await get(`/topics/${topics.medquadTopic.slug}`);
    const concept = textOf(elementById(page, 'concept') ?? '');
    assert.ok(concept.includes('Also called nettle rash, urtica reaction'));
    assert.ok(concept.includes('UMLS CUIs C9990001, C9990002'));
    const answers = elementById(page, 'answers') ?? '';
    assert.ok(answers.includes('<p>It causes a short-lived sting.</p>'));
    assert.ok(answers.includes('<a href="https://example.org/nettle#what" rel="external">Example Genetics Reference</a>'));
    assert.ok(answers.includes('answer not included in MedQuAD (copyright); see source'));
    assert.ok(answers.includes('<a href="https://example.org/nettle-treatment" rel="external">Example Encyclopedia</a>'));
    assert.ok(answers.includes(`<a href="/answers/${qas.answeredQa.id}">${qas.answeredQa.question}</a>`));
    assert.ok(textOf(answers).includes('Type: treatment'));
  });

  it('answer page shows the question, answer, type, topic and source', async () => {
    const page = await get(`/answers/${qas.answeredQa.id}`);
    assert.ok(page.includes(`<h1>${qas.answeredQa.question}</h1>`));
    assert.ok(page.includes('<p>Garden nettle sensitivity is an invented condition used only in these tests.</p>'));
    assert.ok(textOf(page).includes('Question type: information'));
    assert.ok(page.includes(`<a href="/topics/${topics.medquadTopic.slug}">Garden nettle sensitivity</a>`));
    const withheld = await get(`/answers/${qas.withheldQa.id}`);
    assert.ok(withheld.includes('answer not included in MedQuAD (copyright); see source'));
  });

  it('serves topics whose slug is longer than 100 characters', async () => {
    const topic = faqTopic('Itching of the lower legs and the forearms on cold dry winter evenings after long hot showers or baths', 'Dermatology');
    assert.ok(topic.slug.length > 100, `slug has ${topic.slug.length} characters`);
    await t.archive.store.topics.save(topic, 'h');
    const page = await get(`/topics/${topic.slug}`);
    assert.ok(page.includes(`<h1>${topic.title}</h1>`));
  });

  it('with no emergency number configured, the footer names none', async () => {
    const body = await get('/');
    assert.match(textOf(body.slice(body.indexOf('<footer'))), /In an emergency, call your local emergency number\./);
  });

  it('serves the stylesheet every page links', async () => {
    const res = await t.app.inject('/assets/site.css');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/css/);
    assert.ok(res.body.includes('max-width'));
    assert.ok(!/@import|url\(/.test(res.body), 'nothing loaded from elsewhere');
  });

  it('sends security headers that forbid scripts', async () => {
    const res = await t.app.inject('/');
    assert.match(String(res.headers['content-security-policy']), /default-src 'none'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });
});

describe('sitemap and robots.txt', () => {
  it('lists home, departments, every consultation and topic as absolute URLs of the request', async () => {
    const t = await openTestApp();
    try {
      const res = await t.app.inject('/sitemap.xml');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^application\/xml/);
      assert.ok(res.body.startsWith('<?xml version="1.0" encoding="UTF-8"?>'));
      assert.ok(res.body.includes('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'));
      const locs = [...res.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      for (const c of allConsultations) assert.ok(locs.includes(`http://localhost:80/consultations/${c.slug}`), c.slug);
      for (const topic of Object.values(topics)) assert.ok(locs.includes(`http://localhost:80/topics/${topic.slug}`));
      assert.ok(locs.includes('http://localhost:80/'));
      assert.ok(locs.includes('http://localhost:80/departments/orthopedics'));
      // 3 index pages + 3 departments + consultations + topics
      assert.equal(locs.length, 3 + 3 + allConsultations.length + Object.keys(topics).length);
      const robots = await t.app.inject('/robots.txt');
      assert.equal(robots.statusCode, 200);
      assert.ok(robots.body.includes('Sitemap: http://localhost:80/sitemap.xml'));
    } finally {
      await t.close();
    }
  });

  it('past the URLs one file may hold, sitemap.xml is an index of parts that together list every page once', async () => {
    const whole = await openTestApp();
    const split = await openTestApp(null, { sitemapUrlsPerFile: 5 });
    try {
      const locsOf = (xml: string): string[] => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
      const all = locsOf((await whole.app.inject('/sitemap.xml')).body);
      assert.ok(all.length > 10, 'the fixture needs several parts');
      // With one file, parts are not a second address of the same list.
      assert.equal((await whole.app.inject('/sitemaps/1.xml')).statusCode, 404);

      const index = await split.app.inject('/sitemap.xml');
      assert.equal(index.statusCode, 200);
      assert.ok(index.body.includes('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'));
      const parts = locsOf(index.body);
      assert.equal(parts.length, Math.ceil(all.length / 5));
      assert.deepEqual(parts, parts.map((_, i) => `http://localhost:80/sitemaps/${i + 1}.xml`));
      const listed: string[] = [];
      for (const url of parts) {
        const part = await split.app.inject(url.replace('http://localhost:80', ''));
        assert.equal(part.statusCode, 200, url);
        assert.match(String(part.headers['content-type']), /^application\/xml/);
        const locs = locsOf(part.body);
        assert.ok(locs.length >= 1 && locs.length <= 5, `${url} holds ${locs.length}`);
        listed.push(...locs);
      }
      assert.deepEqual(listed, all);

      assert.equal((await split.app.inject(`/sitemaps/${parts.length + 1}.xml`)).statusCode, 404);
      const bad = await split.app.inject('/sitemaps/0.xml');
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /part: must be a sitemap file name/);
    } finally {
      await whole.close();
      await split.close();
    }
  });

  it('uses the configured base URL when there is one', async () => {
    const t = await openTestApp('https://askdoc.example');
    try {
      const res = await t.app.inject('/sitemap.xml');
      assert.ok(res.body.includes(`<loc>https://askdoc.example/consultations/${gardening.slug}</loc>`));
      assert.ok(!res.body.includes('localhost'));
      assert.ok((await t.app.inject('/robots.txt')).body.includes('Sitemap: https://askdoc.example/sitemap.xml'));
    } finally {
      await t.close();
    }
  });
});
