import { escapeHtml } from '../html.js';
import { paths } from '../paths.js';

/** The sitemap protocol's cap on URLs per file (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export interface SitemapContent {
  consultations: string[];
  topics: string[];
  departments: string[];
}

/** Every public page's path, index pages first. */
export function sitemapPaths(map: SitemapContent): string[] {
  return [
    paths.home,
    paths.departments,
    paths.topics,
    ...map.departments.map(paths.department),
    ...map.consultations.map(paths.consultation),
    ...map.topics.map(paths.topic),
  ];
}

/** How many files the paths need at `perFile` each (at least one, even for an empty archive). */
export function sitemapParts(count: number, perFile: number): number {
  return Math.max(1, Math.ceil(count / perFile));
}

/**
 * The paths of part `part` (from 1) of a split sitemap; null when there is no such part. A
 * one-file archive is served at /sitemap.xml only, so its part 1 is not a second address.
 */
export function sitemapPartPaths(all: readonly string[], perFile: number, part: number): string[] | null {
  const parts = sitemapParts(all.length, perFile);
  if (parts === 1 || part > parts) return null;
  return all.slice((part - 1) * perFile, part * perFile);
}

/** A `<urlset>` of absolute URLs; XML needs the same five entities escaped as HTML attributes do. */
export function urlsetXml(origin: string, pagePaths: readonly string[]): string {
  const urls = pagePaths.map((path) => `<url><loc>${escapeHtml(origin + path)}</loc></url>`).join('\n');
  return `${XML_HEAD}\n<urlset xmlns="${NS}">\n${urls}\n</urlset>\n`;
}

/** A `<sitemapindex>` naming parts 1…n, for an archive past one file's cap. */
export function sitemapIndexXml(origin: string, parts: number): string {
  const entries = Array.from({ length: parts }, (_, i) => `<sitemap><loc>${escapeHtml(origin + paths.sitemapPart(i + 1))}</loc></sitemap>`);
  return `${XML_HEAD}\n<sitemapindex xmlns="${NS}">\n${entries.join('\n')}\n</sitemapindex>\n`;
}
