/**
 * The consultation page in a real browser: sections laid out in the seed pages' order, and a
 * resolved "Similar Q&A" link leading to the other consultation.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { buildApp } from '../../src/http/app.js';
import { ArchiveService } from '../../src/services/archive-service.js';
import { CHROMIUM_MISSING as SKIP_REASON, SEED_ORDER, launchChromium, sectionLayout, withPage } from '../support/browser.js';
import { fixture, type HttpArchive, openFixtureArchive } from '../support/http-fixtures.js';

describe('consultation page in Chromium', () => {
  let archive: HttpArchive | undefined;
  let app: FastifyInstance | undefined;
  let browser: Browser | undefined;
  let origin = '';

  before(async () => {
    browser = await launchChromium();
    if (!browser) return;
    archive = await openFixtureArchive();
    app = buildApp({ archive: new ArchiveService(archive.store), baseUrl: null });
    origin = await app.listen({ port: 0, host: '127.0.0.1' });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await archive?.close();
  });

  it('lays out every section in the seed order', async (t) => {
    if (!browser) return t.skip(SKIP_REASON);
    await withPage(browser, async (page) => {
      const response = await page.goto(`${origin}/consultations/${fixture.gardening.slug}`);
      assert.equal(response?.status(), 200);
      const layout = await sectionLayout(page, SEED_ORDER);
      for (const section of layout) {
        assert.ok(section.found, `section ${section.id} is on the page`);
        assert.ok(section.before, `section ${section.id} comes before the next one in the document`);
      }
      const tops = layout.map((s) => s.top);
      for (let i = 1; i < tops.length; i += 1) {
        assert.ok((tops[i] ?? 0) > (tops[i - 1] ?? 0), `${SEED_ORDER[i]} is drawn below ${SEED_ORDER[i - 1]}`);
      }
      assert.equal(await page.locator('h1').textContent(), fixture.gardening.title);
    });
  });

  it('follows a resolved Similar Q&A "Read More" link to that consultation', async (t) => {
    if (!browser) return t.skip(SKIP_REASON);
    await withPage(browser, async (page) => {
      await page.goto(`${origin}/consultations/${fixture.gardening.slug}`);
      const entries = page.locator('#similar li');
      assert.equal(await entries.count(), fixture.gardening.similar.length);
      // The second entry's consultation is not in the archive, so it offers no link.
      assert.equal(await entries.nth(1).locator('a').count(), 0);
      assert.match((await entries.nth(1).textContent()) ?? '', /not in this archive/);

      await Promise.all([
        page.waitForURL(`${origin}/consultations/${fixture.hiking.slug}`),
        entries.nth(0).getByRole('link', { name: /Read More/ }).click(),
      ]);
      assert.equal(await page.locator('h1').textContent(), fixture.hiking.title);
      assert.equal(await page.locator('h1').count(), 1);
    });
  });

  it('fits a phone screen without sideways scrolling', async (t) => {
    if (!browser) return t.skip(SKIP_REASON);
    await withPage(
      browser,
      async (page) => {
        await page.goto(`${origin}/consultations/${fixture.gardening.slug}`);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        assert.ok(scrollWidth <= clientWidth, `page is ${scrollWidth}px wide on a ${clientWidth}px screen`);
      },
      { viewport: { width: 360, height: 740 } },
    );
  });
});
