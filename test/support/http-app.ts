/** Builds the web app over the fixture archive, plus small readers for the HTML it returns. */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { ArchiveService } from '../../src/services/archive-service.js';
import { type HttpArchive, openFixtureArchive } from './http-fixtures.js';

export interface TestApp {
  app: FastifyInstance;
  archive: HttpArchive;
  close(): Promise<void>;
}

export async function openTestApp(baseUrl: string | null = null, options: { sitemapUrlsPerFile?: number } = {}): Promise<TestApp> {
  const archive = await openFixtureArchive();
  const app = buildApp({ archive: new ArchiveService(archive.store), baseUrl, ...options });
  await app.ready();
  return {
    app,
    archive,
    async close() {
      await app.close();
      await archive.close();
    },
  };
}

/** The text of an HTML fragment with tags removed and the entities our escaper emits decoded. */
export function textOf(fragment: string): string {
  return fragment
    .replace(/<\/(?:p|li|dt|dd|h[1-6]|div|section|ul|ol)>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The markup of the element carrying `id`, up to its closing tag (no nested elements of the same name). */
export function elementById(html: string, id: string): string | null {
  const open = new RegExp(`<(\\w+)[^>]*\\sid="${id}"[^>]*>`).exec(html);
  if (!open) return null;
  const tag = open[1] ?? '';
  const end = html.indexOf(`</${tag}>`, open.index);
  return end === -1 ? null : html.slice(open.index, end + tag.length + 3);
}

/** Every JSON-LD block of a page, parsed. */
export function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) =>
    JSON.parse(m[1] ?? ''),
  );
}

export function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

interface PersonLd {
  '@type': string;
  name: string;
}

/** The QAPage shape the consultation page promises; tests check each value they rely on. */
export interface QaPageLd {
  '@context': string;
  '@type': string;
  mainEntity: {
    '@type': string;
    name: string;
    text: string;
    dateCreated: string;
    author: PersonLd;
    answerCount: number;
    acceptedAnswer: { '@type': string; text: string; dateCreated: string; author: PersonLd; url: string };
  };
}

export function qaPageLd(html: string): QaPageLd {
  const blocks = jsonLdBlocks(html);
  if (blocks.length !== 1) throw new Error(`expected one JSON-LD block, found ${blocks.length}`);
  return blocks[0] as QaPageLd;
}
