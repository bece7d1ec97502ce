/**
 * The real seed pages, imported by the real importer and read in a real browser: the page of
 * 000 shows every section in the seed's order, and its Similar Q&A entry for facial nerve
 * paralysis (listed there under another title) leads to 004's consultation.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { buildApp } from '../../src/http/app.js';
import { ArchiveService } from '../../src/services/archive-service.js';
import { ImportService } from '../../src/services/import-service.js';
import type { Consultation } from '../../src/domain/consultation.js';
import { CHROMIUM_MISSING, SEED_ORDER, launchChromium, sectionLayout, withPage } from '../support/browser.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { tempDir } from '../support/tmp.js';

const SEEDS = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

describe('imported seed consultation in Chromium', () => {
  let browser: Browser | undefined;
  let app: FastifyInstance | undefined;
  let store: SqliteStore | undefined;
  let origin = '';
  // Opened here rather than with tempStore(): hooks registered inside before() run too early.
  const dbFile = `${tempDir()}/seeds.sqlite`;
  const bySeed = new Map<string, Consultation>();

  before(async () => {
    if (!existsSync(SEEDS)) return;
    browser = await launchChromium();
    if (!browser) return;
    store = SqliteStore.open(dbFile);
    const report = await new ImportService(store).importPaths([SEEDS], { format: 'auto' });
    assert.deepEqual(report.failures, []);
    for await (const c of store.consultations.all()) bySeed.set(c.source.file?.slice(0, 3) ?? '', c);
    app = buildApp({ archive: new ArchiveService(store), baseUrl: null });
    origin = await app.listen({ port: 0, host: '127.0.0.1' });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it('shows every section of seed 000 in order and links its Similar Q&A entry to seed 004', async (t) => {
    if (!existsSync(SEEDS)) return t.skip('../shared/seeds is absent');
    if (!browser) return t.skip(CHROMIUM_MISSING);
    const c000 = bySeed.get('000');
    const c004 = bySeed.get('004');
    assert.ok(c000 && c004);
    await withPage(browser, async (page) => {
      assert.equal((await page.goto(`${origin}/consultations/${c000.slug}`))?.status(), 200);
      const layout = await sectionLayout(page, SEED_ORDER);
      for (const [i, section] of layout.entries()) {
        assert.ok(section.found, `section ${section.id} is on the page`);
        assert.ok(section.before, `section ${section.id} precedes the next one`);
        if (i > 0) assert.ok(section.top > (layout[i - 1]?.top ?? 0), `${section.id} is drawn below the previous section`);
      }
      assert.equal(await page.locator('h1').textContent(), 'Leg weakness and facial twitching?');
      assert.match((await page.locator('#asker').textContent()) ?? '', /mon.*20~29.*female.*2016-01-03/s);

      const entry = page.locator('#similar li', { hasText: 'Is Facial Twitching a Sign of Facial Nerve Paralysis?' });
      await Promise.all([
        page.waitForURL(`${origin}/consultations/${c004.slug}`),
        entry.getByRole('link', { name: /Read More/ }).click(),
      ]);
      assert.equal(
        await page.locator('h1').textContent(),
        'Is the intermittent twitching of the left side of the face a sign of facial nerve paralysis?',
      );
    });
  });
});
