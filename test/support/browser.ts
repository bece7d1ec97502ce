import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_MISSING = 'chromium not installed: apt-get install -y chromium';
export const SEED_ORDER = ['title', 'question', 'asker', 'doctor', 'reply', 'reply-date', 'more-info', 'similar', 'related-faq'];

/** Debian's Chromium, headless, with no background traffic (the machine has no network). */
export async function launchChromium(): Promise<Browser | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  return chromium.launch({
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
}

export interface SectionPlace {
  id: string;
  found: boolean;
  top: number;
  /** Whether the next section follows this one in the document (not merely on screen). */
  before: boolean;
}

export async function sectionLayout(page: Page, ids: string[]): Promise<SectionPlace[]> {
  return page.evaluate((list) => {
    return list.map((id) => {
      const el = document.getElementById(id);
      if (!el) return { id, found: false, top: -1, before: false };
      const next = list[list.indexOf(id) + 1];
      const nextEl = next ? document.getElementById(next) : null;
      return {
        id,
        found: true,
        top: el.getBoundingClientRect().top + window.scrollY,
        before: nextEl ? Boolean(el.compareDocumentPosition(nextEl) & Node.DOCUMENT_POSITION_FOLLOWING) : true,
      };
    });
  }, ids);
}

/** Runs `fn` on a new page of `browser` and closes the page whatever happens. */
export async function withPage<T>(browser: Browser, fn: (page: Page) => Promise<T>, options?: Parameters<Browser['newPage']>[0]): Promise<T> {
  const page = await browser.newPage(options);
  try {
    return await fn(page);
  } finally {
    await page.close();
  }
}
