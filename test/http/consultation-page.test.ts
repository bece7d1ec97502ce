import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { excerpt } from '../../src/domain/text.js';
import { fixture } from '../support/http-fixtures.js';
import { count, elementById, jsonLdBlocks, openTestApp, qaPageLd, type TestApp, textOf } from '../support/http-app.js';

const SEED_ORDER = ['title', 'question', 'asker', 'doctor', 'reply', 'reply-date', 'more-info', 'similar', 'related-faq'];

describe('consultation page', () => {
  let t: TestApp;
  let page: string;
  const c = fixture.gardening;

  before(async () => {
    t = await openTestApp();
    const res = await t.app.inject(`/consultations/${c.slug}`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/html; charset=utf-8/);
    page = res.body;
  });
  after(() => t.close());

  it('has every seed section, once, in the seed order', () => {
    const positions = SEED_ORDER.map((id) => {
      assert.equal(count(page, ` id="${id}"`), 1, `exactly one element with id ${id}`);
      return page.indexOf(` id="${id}"`);
    });
    const sorted = [...positions].sort((a, b) => a - b);
    assert.deepEqual(positions, sorted);
  });

  it('puts the title in the only h1 and the other sections in <section>s with headings', () => {
    assert.equal(count(page, '<h1'), 1);
    assert.equal(textOf(elementById(page, 'title') ?? ''), c.title);
    for (const id of SEED_ORDER.slice(1)) {
      const section = elementById(page, id);
      assert.ok(section?.startsWith('<section'), `${id} is a section`);
      assert.match(section ?? '', /<h2[\s>]/, `${id} has a heading`);
    }
  });

  it('shows the question as one paragraph per line', () => {
    const question = elementById(page, 'question') ?? '';
    assert.equal(count(question, '<p>'), 3);
    assert.ok(question.includes('<p>Should I stop gardening or is there a cream that helps?</p>'));
  });

  it('writes the asker line as nickname · age range and sex · ask date', () => {
    assert.equal(textOf(elementById(page, 'asker') ?? '').replace(/^Asked by /, ''), 'fernlover · 30~39 year old female · Asked 2021-06-14');
  });

  it('names the doctor, links the department and shows the affiliation', () => {
    const doctor = elementById(page, 'doctor') ?? '';
    assert.ok(doctor.includes('Dr. Mira Solberg reply <a href="/departments/dermatology">Dermatology</a>'));
    assert.ok(doctor.includes('Lakeside Clinic'));
  });

  it('shows the reply paragraphs, the reply date and More Info', () => {
    const reply = elementById(page, 'reply') ?? '';
    assert.equal(count(reply, '<p>'), 3);
    assert.ok(reply.includes('<p>Wear long gloves and sleeves while weeding.</p>'));
    assert.ok((elementById(page, 'reply-date') ?? '').includes('<time datetime="2021-06-15">2021-06-15</time>'));
    assert.ok((elementById(page, 'more-info') ?? '').includes('<p>Plants, soaps and metals are common causes.</p>'));
  });

  it('links a resolved Similar Q&A entry to its consultation and marks an unresolved one', () => {
    const similar = elementById(page, 'similar') ?? '';
    const [resolved, unresolved] = similar.split('</li>');
    assert.ok(resolved?.includes(`<a href="/consultations/${fixture.hiking.slug}">Read More`));
    // The target is stored, so its own question gives the excerpt.
    assert.ok(resolved?.includes(`<p>${excerpt(fixture.hiking.question, 180)}</p>`));
    assert.ok(unresolved?.includes('Peeling skin between my toes'));
    assert.ok(unresolved?.includes('not in this archive'));
    assert.ok(!unresolved?.includes('Read More'));
    // The source page's excerpt stopped inside "helped"; the partial word is dropped.
    assert.ok(unresolved?.includes('creams from the pharmacy did not…'));
  });

  it('lists Related FAQ topics as "Title (Department)" links', () => {
    const related = elementById(page, 'related-faq') ?? '';
    assert.ok(related.includes(`<a href="/topics/${fixture.topics.contactDermatitisFaq.slug}">Contact Dermatitis (Dermatology)</a>`));
    assert.ok(related.includes(`<a href="/topics/${fixture.topics.skinRashFaq.slug}">Skin Rash (Dermatology)</a>`));
    assert.ok(related.indexOf('Contact Dermatitis') < related.indexOf('Skin Rash'), 'page order kept');
  });

  it('describes the page as a schema.org QAPage', () => {
    assert.equal(jsonLdBlocks(page).length, 1);
    const ld = qaPageLd(page);
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'QAPage');
    assert.equal(ld.mainEntity['@type'], 'Question');
    assert.equal(ld.mainEntity.name, c.title);
    assert.equal(ld.mainEntity.text, c.question);
    assert.equal(ld.mainEntity.dateCreated, '2021-06-14');
    assert.deepEqual(ld.mainEntity.author, { '@type': 'Person', name: 'fernlover' });
    assert.equal(ld.mainEntity.answerCount, 1);
    assert.equal(ld.mainEntity.acceptedAnswer['@type'], 'Answer');
    assert.equal(ld.mainEntity.acceptedAnswer.text, c.reply.text);
    assert.equal(ld.mainEntity.acceptedAnswer.dateCreated, '2021-06-15');
    assert.deepEqual(ld.mainEntity.acceptedAnswer.author, { '@type': 'Person', name: 'Dr. Mira Solberg' });
    assert.equal(ld.mainEntity.acceptedAnswer.url, `http://localhost:80/consultations/${c.slug}#reply`);
  });

  it('has a layout: language, viewport, skip link, main nav, main landmark and MedQuAD credit', () => {
    assert.ok(page.includes('<html lang="en">'));
    assert.ok(page.includes('<meta name="viewport" content="width=device-width, initial-scale=1">'));
    assert.ok(page.includes('<a class="skip" href="#main">'));
    assert.ok(page.includes('<nav aria-label="Main">'));
    assert.ok(page.includes('<main id="main"'));
    assert.ok(textOf(page).includes('Trusted-source answers: MedQuAD, CC BY 4.0, Ben Abacha & Demner-Fushman 2019'));
    assert.ok(page.includes(`<link rel="canonical" href="http://localhost:80/consultations/${c.slug}">`));
  });

  it('omits sections the consultation does not have', async () => {
    const res = await t.app.inject(`/consultations/${fixture.hiking.slug}`);
    assert.equal(res.statusCode, 200);
    assert.equal(count(res.body, 'id="more-info"'), 0);
    assert.equal(count(res.body, 'id="similar"'), 0);
    assert.equal(count(res.body, 'id="related-faq"'), 1);
  });

  it('shows a quality flag as a discreet note', async () => {
    const res = await t.app.inject(`/consultations/${fixture.repaired.slug}`);
    assert.ok(res.body.includes('<aside class="flags"'));
    assert.ok(textOf(res.body).includes(`Title repaired by the importer (original title: "I'm sorry, but it seems that")`));
  });
});

describe('consultation page with a configured base URL', () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp('https://askdoc.example/');
  });
  after(() => t.close());

  it('uses the base URL for the canonical link and JSON-LD', async () => {
    const slug = fixture.gardening.slug;
    const res = await t.app.inject(`/consultations/${slug}`);
    assert.ok(res.body.includes(`<link rel="canonical" href="https://askdoc.example/consultations/${slug}">`));
    const ld = qaPageLd(res.body);
    assert.equal(ld.mainEntity.acceptedAnswer.url, `https://askdoc.example/consultations/${slug}#reply`);
  });
});

describe('escaping', () => {
  let t: TestApp;
  let page: string;
  before(async () => {
    t = await openTestApp();
    page = (await t.app.inject(`/consultations/${fixture.hostile.slug}`)).body;
  });
  after(() => t.close());

  it('shows markup in a title as text, never as markup', () => {
    assert.ok(!page.includes('<script>alert(1)</script>'));
    assert.ok(page.includes('<h1 id="title">&lt;script&gt;alert(1)&lt;/script&gt; Racing heart at night</h1>'));
    assert.ok(page.includes('<title>&lt;script&gt;alert(1)&lt;/script&gt; Racing heart at night · askdoc</title>'));
    assert.ok(page.includes('night&lt;owl&gt;'));
  });

  it('keeps "</script>" in reply text inside the JSON-LD block', () => {
    // The layout's own script (an empty element with a src) and the JSON-LD block are the only
    // scripts, so exactly two opening and two closing tags may appear.
    assert.equal(count(page, '<script'), 2);
    assert.equal(count(page, '</script>'), 2);
    assert.equal(count(page, '<script src="/assets/suggest.js" defer></script>'), 1);
    const ld = qaPageLd(page);
    assert.equal(ld.mainEntity.acceptedAnswer.text, fixture.hostile.reply.text);
    assert.equal(ld.mainEntity.name, fixture.hostile.title);
    assert.equal(ld.mainEntity.author.name, 'night<owl>');
  });

  it('leaves out the sex when it is unknown', () => {
    assert.ok(textOf(elementById(page, 'asker') ?? '').endsWith('night<owl> · 50~59 year old · Asked 2022-01-09'));
  });
});
