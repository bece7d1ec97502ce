import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SearchResults, Suggestions } from '../../src/http/api/schemas.js';
import { DEMO_PAGES } from '../../src/services/demo-service.js';
import { elementById, textOf } from '../support/http-app.js';
import { type SearchApp, openSearchApp } from '../support/search-app.js';
import { tempDir } from '../support/tmp.js';

const CHEST = 'Chest pressure when walking uphill that stops when I rest';
const HEARTBURN = 'Burning behind my breastbone after dinner and a sour taste at night';

describe('search, suggestions and computed Similar Q&A over the demo archive', () => {
  const dir = tempDir();
  let s: SearchApp;
  before(async () => {
    s = await openSearchApp(dir, { emergencyNumber: '112', crisisLine: 'the Samaritans on 116 123' });
  });
  after(() => s.close());

  const api = async (url: string): Promise<ReturnType<typeof SearchResults.parse>> => {
    const res = await s.app.inject(url);
    assert.equal(res.statusCode, 200, res.body);
    return SearchResults.parse(res.json());
  };

  it('finds the consultation a question is about first, with the matching words marked', async () => {
    const res = await s.app.inject('/search?q=pressure%20in%20my%20chest%20when%20I%20walk%20uphill');
    assert.equal(res.statusCode, 200);
    const results = elementById(res.body, 'results') ?? '';
    const first = /<li>[\s\S]*?<\/li>/.exec(results)?.[0] ?? '';
    assert.match(textOf(first), new RegExp(CHEST));
    assert.match(first, /<mark>[Cc]hest<\/mark>/);
    assert.match(first, /<mark>uphill<\/mark>/);
  });

  it('filters by department and by source, and pages through results', async () => {
    const cardiology = await api('/api/search?q=heart%20chest%20pain&department=cardiology');
    assert.ok(cardiology.items.length > 0);
    assert.ok(cardiology.items.every((r) => r.kind === 'consultation' && r.department?.slug === 'cardiology'));

    const trusted = await api('/api/search?q=heartburn%20sour%20taste&source=trusted');
    assert.ok(trusted.items.length > 0);
    assert.ok(trusted.items.every((r) => r.kind === 'trusted-qa' && r.url.startsWith('/answers/')));
    // Shown without MedQuAD's template seams: the stored question is "What is (are) … disease ?".
    const gerd = trusted.items.find((r) => r.id === 'MPlusHealthTopics_0000101_Sec1');
    assert.equal(gerd?.title.text, 'What is Gastroesophageal reflux disease?');
    const nhlbi = await api('/api/search?q=chest%20pressure&source=NHLBI');
    assert.deepEqual(nhlbi.items.map((r) => r.id), ['NHLBI_0000102_Sec1']);

    const one = await api('/api/search?q=pain&limit=1');
    const two = await api('/api/search?q=pain&limit=1&page=2');
    assert.equal(one.hasMore, true);
    assert.notEqual(one.items[0]?.id, two.items[0]?.id);
    assert.equal((await api('/api/search?q=pain&department=no-such-department')).items.length, 0);
  });

  it('answers odd queries with a sensible page, never an error or injected markup', async () => {
    const odd = ['', '   ', '?!?!...', '😀😷🤒', "'; DROP TABLE consultations; --", '<script>alert(1)</script>', 'a'.repeat(10_000), `${'headache '.repeat(1100)}`];
    for (const q of odd) {
      const page = await s.app.inject(`/search?q=${encodeURIComponent(q)}`);
      assert.equal(page.statusCode, 200, `page for ${q.slice(0, 20)}`);
      assert.ok(!page.body.includes('<script>alert(1)</script>'));
      const json = await api(`/api/search?q=${encodeURIComponent(q)}`);
      assert.ok(Array.isArray(json.items));
      const sug = await s.app.inject(`/api/suggest?q=${encodeURIComponent(q)}`);
      assert.equal(sug.statusCode, 200);
    }
    // The store survived the SQL fragment.
    assert.equal((await s.store.stats()).consultations, 10);
    const empty = await s.app.inject('/search');
    assert.match(textOf(empty.body), /Type a question or a few words/);
    const none = await s.app.inject('/search?q=zzzxqvw');
    assert.match(textOf(none.body), /No answered question matches “zzzxqvw”/);
  });

  it('says so when the first answer is only the nearest the archive has', async () => {
    const close = await api(`/api/search?q=${encodeURIComponent('pressure in my chest when I walk uphill')}`);
    assert.equal(close.closeMatch, true);
    const closePage = await s.app.inject(`/search?q=${encodeURIComponent('pressure in my chest when I walk uphill')}`);
    assert.doesNotMatch(textOf(closePage.body), /No close match/);

    // The demo archive has no page on shoes: "walking" alone finds the chest-pressure consultation.
    const q = encodeURIComponent('best walking shoes for flat feet');
    const far = await api(`/api/search?q=${q}`);
    assert.ok(far.items.length > 0);
    assert.equal(far.closeMatch, false);
    const farPage = textOf((await s.app.inject(`/search?q=${q}`)).body);
    assert.match(farPage, /No close match\. None of these answers seems to be about exactly what you asked/);
    // The notice comes before the results it is about.
    assert.ok(farPage.indexOf('No close match') < farPage.indexOf(far.items[0]?.title.text ?? '\u0000'));

    // Not judged where there is no first answer to judge.
    assert.equal((await api('/api/search?q=zzzxqvw')).closeMatch, null);
    assert.equal((await api('/api/search?q=pain&limit=1&page=2')).closeMatch, null);
  });

  it('rejects a malformed filter naming the field', async () => {
    const res = await s.app.inject('/api/search?q=pain&source=%3Cb%3E');
    assert.equal(res.statusCode, 400);
    assert.match((res.json() as { error: { message: string } }).error.message, /^source: /);
  });

  it('suggests answered questions while typing', async () => {
    const res = await s.app.inject('/api/suggest?q=black%20sticky%20stools');
    const body = Suggestions.parse(res.json());
    assert.ok(body.items.length > 0 && body.items.length <= 6);
    assert.match(body.items[0]?.title ?? '', /Black, sticky stools/);
    // A word still being typed is completed: "breastb" alone matches no indexed word.
    const partial = Suggestions.parse((await s.app.inject('/api/suggest?q=breastb')).json());
    assert.match(partial.items[0]?.title ?? '', /^Burning behind my breastbone/);
    const finished = await api('/api/search?q=breastb');
    assert.equal(finished.items.length, 0);
  });

  it('tells the person first when a search, a question being typed or a consultation describes urgent symptoms', async () => {
    const q = encodeURIComponent('crushing chest pain spreading to my left arm');
    const json = await api(`/api/search?q=${q}`);
    assert.equal(json.urgency?.level, 'emergency');
    assert.deepEqual(json.urgency?.signs.map((s) => s.id), ['heart-attack']);
    assert.ok(json.items.length > 0, 'results are still shown, after the notice');
    const page = (await s.app.inject(`/search?q=${q}`)).body;
    const notice = page.indexOf('role="alert"');
    assert.ok(notice > page.indexOf('<h1>') && notice < page.indexOf('id="results"'), 'notice sits between the heading and the results');
    // The operator's emergency number is named; the crisis line only where self-harm is described.
    assert.match(textOf(page), /Get help now\. This can be a medical emergency\. If it is happening now, call 112 or go/);
    assert.doesNotMatch(textOf(page), /Samaritans/);
    const crisis = await api(`/api/search?q=${encodeURIComponent('I want to kill myself')}`);
    assert.match(crisis.urgency?.advice ?? '', /call 112 .* can also reach the Samaritans on 116 123\.$/);

    // Every page's footer names the configured number too, error pages included.
    const footer = (body: string): string => textOf(body.slice(body.indexOf('<footer')));
    assert.match(footer(page), /In an emergency, call 112\./);
    const missing = await s.app.inject('/no-such-page');
    assert.equal(missing.statusCode, 404);
    assert.match(footer(missing.body), /In an emergency, call 112\./);
    assert.match(footer((await s.app.inject('/')).body), /In an emergency, call 112\./);
    assert.doesNotMatch(footer((await s.app.inject('/departments')).body), /local emergency number/);

    const typing = Suggestions.parse((await s.app.inject(`/api/suggest?q=${encodeURIComponent('his face is drooping and his speech is slurr')}`)).json());
    assert.equal(typing.urgency?.signs[0]?.id, 'stroke');
    assert.equal((await api('/api/search?q=heartburn%20after%20dinner')).urgency, null);
    assert.ok(!(await s.app.inject('/search?q=heartburn')).body.includes('role="alert"'));

    const list = (await s.app.inject('/api/consultations?limit=50')).json() as { items: Array<{ title: string; url: string }> };
    const urgencyOf = async (title: RegExp): Promise<{ level: string; signs: Array<{ id: string }> } | null> => {
      const url = list.items.find((c) => title.test(c.title))?.url ?? '';
      return ((await s.app.inject(`/api${url}`)).json() as { urgency: { level: string; signs: Array<{ id: string }> } | null }).urgency;
    };
    assert.deepEqual((await urgencyOf(/face drooped/))?.signs.map((x) => x.id), ['stroke']);
    assert.equal((await urgencyOf(/Black, sticky stools/))?.level, 'urgent');
    assert.equal(await urgencyOf(/skipping beats/), null, '"I have no chest pain" is not a sign');
    const strokePage = (await s.app.inject(list.items.find((c) => /face drooped/.test(c.title))?.url ?? '')).body;
    assert.ok(strokePage.indexOf('role="alert"') < strokePage.indexOf('id="question"'));
  });

  it('shows computed Similar Q&A after the imported ones, and trusted-source answers', async () => {
    const found = await api(`/api/search?q=${encodeURIComponent(HEARTBURN)}&source=consultations`);
    const slug = found.items[0]?.url ?? '';
    const page = await s.app.inject(slug);
    const similar = elementById(page.body, 'similar') ?? '';
    const origins = [...similar.matchAll(/<p class="origin">([^<]*)<\/p>/g)].map((m) => m[1]);
    const firstFound = origins.indexOf('Found by askdoc search');
    assert.ok(origins.includes('Listed on the original page'));
    assert.ok(firstFound > 0 && origins.slice(firstFound).every((o) => o === 'Found by askdoc search'));
    // A computed entry never repeats the page itself or an imported target.
    const targets = [...similar.matchAll(/href="(\/consultations\/[^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(targets).size, targets.length);
    assert.ok(!targets.includes(slug));
    const trusted = textOf(elementById(page.body, 'trusted-answers') ?? '');
    assert.match(trusted, /What is Gastroesophageal reflux disease\?/);
    assert.doesNotMatch(trusted, /\(are\)/);
  });

  it('keeps the index current when consultations are added, edited or removed', async () => {
    const extra = join(dir, 'pages');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(extra, { recursive: true });
    const file = join(extra, 'hiccups.txt');
    const source = readFileSync(join(DEMO_PAGES, '01_afternoon-headaches.txt'), 'utf8').split('\n');
    source[0] = 'Hiccups that last for two whole days';
    source[1] = 'I have had persistent hiccups for two days and nothing stops them.';
    writeFileSync(file, source.join('\n'));
    await s.importer.importPaths([file], { format: 'page' });
    const added = await api('/api/search?q=persistent%20hiccups');
    assert.equal(added.items[0]?.title.text, 'Hiccups that last for two whole days');

    source[0] = 'Hiccups for two days after a cold';
    writeFileSync(file, source.join('\n'));
    await s.importer.importPaths([file], { format: 'page' });
    const edited = await api('/api/search?q=persistent%20hiccups');
    assert.equal(edited.items[0]?.title.text, 'Hiccups for two days after a cold');

    const id = edited.items[0]?.id ?? '';
    await s.store.consultations.remove(id);
    const removed = await api('/api/search?q=persistent%20hiccups');
    assert.ok(!removed.items.some((r) => r.id === id));
  });
});
