/**
 * Search and suggestions in a real browser over the whole imported MedQuAD (47,457 answers)
 * plus the demo consultations: the scale the product is built for.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { buildApp } from '../../src/http/app.js';
import { ArchiveService } from '../../src/services/archive-service.js';
import { DEMO_PAGES } from '../../src/services/demo-service.js';
import { ImportService } from '../../src/services/import-service.js';
import { SearchService } from '../../src/services/search-service.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { CHROMIUM_MISSING, launchChromium, withPage } from '../support/browser.js';
import { tempDir } from '../support/tmp.js';

const MEDQUAD = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'medquad');

describe('search in Chromium (imported MedQuAD)', () => {
  const file = join(tempDir(), 'medquad.sqlite');
  let browser: Browser | undefined;
  let store: SqliteStore | undefined;
  let app: FastifyInstance | undefined;
  let origin = '';

  before(async () => {
    if (!existsSync(MEDQUAD)) return;
    browser = await launchChromium();
    if (!browser) return;
    store = SqliteStore.open(file);
    const report = await new ImportService(store).importPaths([MEDQUAD, DEMO_PAGES], { format: 'auto' });
    assert.deepEqual(report.failures, []);
    const search = await SearchService.open(store);
    assert.ok(search.index.size > 47_000);
    app = buildApp({ archive: new ArchiveService(store, search), search, baseUrl: null });
    origin = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  const skipReason = (): string | null =>
    !existsSync(MEDQUAD) ? '../shared/data/medquad is absent' : !browser ? CHROMIUM_MISSING : null;

  it('finds trusted-source answers about a condition and opens one', async (t) => {
    const skip = skipReason();
    if (skip) return t.skip(skip);
    await withPage(browser!, async (page) => {
      await page.goto(`${origin}/search?q=${encodeURIComponent('how do doctors treat glaucoma?')}&source=trusted`);
      const first = page.locator('#results li').first();
      const title = (await first.locator('h2').textContent()) ?? '';
      assert.match(title, /glaucoma/i);
      assert.match(title, /treat/i);
      await Promise.all([page.waitForURL(/\/answers\//), first.locator('h2 a').click()]);
      assert.match((await page.locator('h1').textContent()) ?? '', /glaucoma/i);
    });
  });

  it('tells the asker when the archive has nothing close to the question', async (t) => {
    const skip = skipReason();
    if (skip) return t.skip(skip);
    await withPage(browser!, async (page) => {
      const notice = page.locator('#results .no-close');
      // MedQuAD has no page on this: the nearest is about fleas.
      await page.goto(`${origin}/search?q=${encodeURIComponent('can dogs eat chocolate?')}`);
      assert.ok((await page.locator('#results li').count()) > 0);
      assert.match((await notice.textContent()) ?? '', /No close match/);
      await page.goto(`${origin}/search?q=${encodeURIComponent('how do doctors treat glaucoma?')}`);
      assert.equal(await notice.count(), 0);
    });
  });

  it('suggests while typing over the full archive', async (t) => {
    const skip = skipReason();
    if (skip) return t.skip(skip);
    await withPage(browser!, async (page) => {
      await page.goto(`${origin}/`);
      await page.getByLabel('Search the archive').pressSequentially('symptoms of shingles', { delay: 15 });
      // Lists for shorter prefixes ("symptoms of sh…") come first; wait for the full text's.
      const link = page.locator('#site-suggestions a', { hasText: /shingles/i }).first();
      await link.waitFor({ timeout: 5000 });
      assert.equal(await page.locator('#site-suggestions a').count() <= 6, true);
      await Promise.all([page.waitForURL(/\/(answers|consultations)\//), link.click()]);
      assert.equal(await page.locator('h1').count(), 1);
    });
  });

  it('shows trusted-source answers on a consultation page and odd queries stay harmless', async (t) => {
    const skip = skipReason();
    if (skip) return t.skip(skip);
    await withPage(browser!, async (page) => {
      let dialog = '';
      page.on('dialog', (d) => {
        dialog = d.message();
        void d.dismiss();
      });
      await page.goto(`${origin}/search?q=${encodeURIComponent('heartburn after dinner')}&source=consultations`);
      await Promise.all([page.waitForURL(/\/consultations\//), page.locator('#results li h2 a').first().click()]);
      const answers = page.locator('#trusted-answers li');
      assert.ok((await answers.count()) > 0);
      await Promise.all([page.waitForURL(/\/answers\//), answers.first().locator('h3 a').click()]);
      assert.equal(await page.locator('h1').count(), 1);

      for (const q of ['', '?!', '🤒🤒🤒', "1' OR '1'='1", '<svg onload=alert(1)>', 'pain '.repeat(2000)]) {
        const res = await page.goto(`${origin}/search?q=${encodeURIComponent(q)}`);
        assert.equal(res?.status(), 200);
        assert.equal(await page.locator('#results svg').count(), 0);
      }
      assert.equal(dialog, '');
    });
  });
});
