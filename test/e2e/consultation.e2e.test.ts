/**
 * The consultation page in a real browser: sections laid out in the seed pages' order, and a
 * resolved "Similar Q&A" link leading to the other consultation.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium } from 'playwright-core';
import { buildApp } from '../../src/http/app.js';
import { ArchiveService } from '../../src/services/archive-service.js';
import { fixture, type HttpArchive, openFixtureArchive } from '../support/http-fixtures.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SKIP_REASON = 'chromium not installed: apt-get install -y chromium';
const SEED_ORDER = ['title', 'question', 'asker', 'doctor', 'reply', 'reply-date', 'more-info', 'similar', 'related-faq'];

describe('consultation page in Chromium', () => {
  const available = existsSync(CHROMIUM);
  let archive: HttpArchive | undefined;
  let app: FastifyInstance | undefined;
  let browser: Browser | undefined;
  let origin = '';

  before(async () => {
    if (!available) return;
    archive = await openFixtureArchive();
    app = buildApp({ archive: new ArchiveService(archive.store), baseUrl: null });
    origin = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await archive?.close();
  });

  it('lays out every section in the seed order', async (t) => {
    if (!browser) return t.skip(SKIP_REASON);
    const page = await browser.newPage();
    try {
      const response = await page.goto(`${origin}/consultations/${fixture.gardening.slug}`);
      assert.equal(response?.status(), 200);
      const layout = await page.evaluate((ids) => {
        return ids.map((id) => {
          const el = document.getElementById(id);
          if (!el) return { id, found: false, top: -1, before: false };
          const next = ids[ids.indexOf(id) + 1];
          const nextEl = next ? document.getElementById(next) : null;
          return {
            id,
            found: true,
            top: el.getBoundingClientRect().top + window.scrollY,
            // Document order as well as screen position: CSS must not be what puts them in order.
            before: nextEl ? Boolean(el.compareDocumentPosition(nextEl) & Node.DOCUMENT_POSITION_FOLLOWING) : true,
          };
        });
      }, SEED_ORDER);
      for (const section of layout) {
        assert.ok(section.found, `section ${section.id} is on the page`);
        assert.ok(section.before, `section ${section.id} comes before the next one in the document`);
      }
      const tops = layout.map((s) => s.top);
      for (let i = 1; i < tops.length; i += 1) {
        assert.ok((tops[i] ?? 0) > (tops[i - 1] ?? 0), `${SEED_ORDER[i]} is drawn below ${SEED_ORDER[i - 1]}`);
      }
      assert.equal(await page.locator('h1').textContent(), fixture.gardening.title);
    } finally {
      await page.close();
    }
  });

  it('follows a resolved Similar Q&A "Read More" link to that consultation', async (t) => {
    if (!browser) return t.skip(SKIP_REASON);
    const page = await browser.newPage();
    try {
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
    } finally {
      await page.close();
    }
  });

  it('fits a phone screen without sideways scrolling', async (t) => {
    if (!browser) return t.skip(SKIP_REASON);
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      await page.goto(`${origin}/consultations/${fixture.gardening.slug}`);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      assert.ok(scrollWidth <= clientWidth, `page is ${scrollWidth}px wide on a ${clientWidth}px screen`);
    } finally {
      await page.close();
    }
  });
});
