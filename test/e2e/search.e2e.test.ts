/**
 * Search, suggestions while typing and computed Similar Q&A in a real browser, on the demo
 * archive, including queries that are empty, huge, punctuation, emoji, SQL or markup.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_MISSING, launchChromium, withPage } from '../support/browser.js';
import { type SearchApp, openSearchApp } from '../support/search-app.js';
import { tempDir } from '../support/tmp.js';

/** Fails the test if any page script opens a dialog: injected markup would do exactly that. */
function guardDialogs(page: Page): () => void {
  let opened = '';
  page.on('dialog', (d) => {
    opened = d.message();
    void d.dismiss();
  });
  return () => assert.equal(opened, '', 'no script may run from a query');
}

describe('search in Chromium (demo archive)', () => {
  const dir = tempDir();
  let s: SearchApp | undefined;
  let browser: Browser | undefined;
  let origin = '';

  before(async () => {
    browser = await launchChromium();
    if (!browser) return;
    s = await openSearchApp(dir);
    origin = await s.app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await browser?.close();
    await s?.close();
  });

  it('suggests answered questions while typing, and a suggestion leads to its page', async (t) => {
    if (!browser) return t.skip(CHROMIUM_MISSING);
    await withPage(browser, async (page) => {
      await page.goto(`${origin}/`);
      await page.getByLabel('Search the archive').pressSequentially('black sticky stools', { delay: 20 });
      const suggestion = page.locator('#site-suggestions a', { hasText: 'Black, sticky stools' });
      await suggestion.waitFor({ timeout: 5000 });
      await Promise.all([page.waitForURL(/\/consultations\//), suggestion.click()]);
      assert.match((await page.locator('h1').textContent()) ?? '', /^Black, sticky stools/);
      // Half a word is enough: it is completed from the archive's vocabulary.
      await page.goto(`${origin}/`);
      await page.getByLabel('Search the archive').pressSequentially('breastb', { delay: 20 });
      await page.locator('#site-suggestions a', { hasText: 'Burning behind my breastbone' }).waitFor({ timeout: 5000 });
    });
  });

  it('warns while someone types an emergency, before any suggestion, and again on the results page', async (t) => {
    if (!browser) return t.skip(CHROMIUM_MISSING);
    await withPage(browser, async (page) => {
      await page.goto(`${origin}/`);
      const box = page.getByLabel('Search the archive');
      await box.pressSequentially("my dad's face is drooping on one side ", { delay: 10 });
      const warning = page.locator('#site-suggestions .urgent');
      await warning.waitFor({ timeout: 5000 });
      assert.match((await warning.textContent()) ?? '', /^Get help now\. .*emergency number/);
      const first = await page.locator('#site-suggestions > *').first().getAttribute('class');
      assert.match(first ?? '', /urgent/);
      await Promise.all([page.waitForURL(/\/search\?q=/), box.press('Enter')]);
      const alert = page.getByRole('alert');
      assert.ok(await alert.isVisible());
      assert.match((await alert.textContent()) ?? '', /face that droops/);
    });
  });

  it('searches from the header, marks matches, and opens a result with computed Similar Q&A', async (t) => {
    if (!browser) return t.skip(CHROMIUM_MISSING);
    await withPage(browser, async (page) => {
      await page.goto(`${origin}/departments`);
      await page.getByLabel('Search the archive').fill('heartburn and a sour taste after dinner');
      await Promise.all([page.waitForURL(/\/search\?q=/), page.getByRole('button', { name: 'Search' }).first().click()]);
      const first = page.locator('#results li').first();
      assert.match((await first.textContent()) ?? '', /Burning behind my breastbone/);
      assert.ok((await first.locator('mark').count()) > 0);
      await Promise.all([page.waitForURL(/\/consultations\//), first.locator('h2 a').click()]);
      const found = page.locator('#similar li', { hasText: 'Found by askdoc search' });
      assert.ok((await found.count()) > 0);
      const title = (await found.first().locator('h3').textContent()) ?? '';
      await Promise.all([page.waitForURL(/\/consultations\//), found.first().getByRole('link', { name: /Read More/ }).click()]);
      assert.equal(await page.locator('h1').textContent(), title);
    });
  });

  it('gives every odd query a sensible page', async (t) => {
    if (!browser) return t.skip(CHROMIUM_MISSING);
    await withPage(browser, async (page) => {
      const noDialog = guardDialogs(page);
      const odd = ['', '?!?!...', '😀😷🤒 🤕', "'; DROP TABLE consultations; --", '<script>alert(1)</script><img src=x onerror=alert(2)>', 'ache '.repeat(2000)];
      for (const q of odd) {
        await page.goto(`${origin}/search`);
        await page.locator('form.filters input[name="q"]').fill(q);
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.url().includes('/search?')),
          page.locator('form.filters button').click(),
        ]);
        assert.equal(response.status(), 200, `status for ${q.slice(0, 30)}`);
        await page.waitForLoadState();
        assert.equal(await page.locator('h1').count(), 1);
        assert.equal(await page.locator('#results img').count(), 0, 'no injected element');
      }
      noDialog();
      assert.equal((await s?.store.stats())?.consultations, 10);
    });
  });
});
