import type { FastifyRequest } from 'fastify';

/** Every site path in one place, so pages, API links and the sitemap cannot drift apart. */

const seg = (value: string): string => encodeURIComponent(value);

export const paths = {
  home: '/',
  departments: '/departments',
  topics: '/topics',
  consultation: (slug: string): string => `/consultations/${seg(slug)}`,
  department: (slug: string): string => `/departments/${seg(slug)}`,
  topic: (slug: string): string => `/topics/${seg(slug)}`,
  answer: (id: string): string => `/answers/${seg(id)}`,
  search: '/search',
  sitemap: '/sitemap.xml',
  /** One file of a sitemap index, from 1. */
  sitemapPart: (n: number): string => `/sitemaps/${n}.xml`,
  css: '/assets/site.css',
  suggestJs: '/assets/suggest.js',
  openapi: '/api/openapi.json',
};

/** `path` with the given query parameters; empty and default values are left out. */
export function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/**
 * The public origin: the configured base URL, or else what the request was sent to. The
 * configured one wins because behind a proxy the request's host is the proxy's upstream.
 */
export function originOf(request: FastifyRequest, baseUrl: string | null): string {
  if (baseUrl) return baseUrl.replace(/\/+$/, '');
  return `${request.protocol}://${request.host}`;
}
