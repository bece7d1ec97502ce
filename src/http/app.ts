import { createServer } from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ArchiveService } from '../services/archive-service.js';
import type { SearchService } from '../services/search-service.js';
import { registerOpenApi } from './api/openapi.js';
import { installErrorHandling } from './errors.js';
import { SITEMAP_MAX_URLS } from './presenters/sitemap.js';
import { registerAnswers } from './routes/answers.js';
import { registerConsultations } from './routes/consultations.js';
import { registerDepartments } from './routes/departments.js';
import { registerHome } from './routes/home.js';
import { registerSearch } from './routes/search.js';
import { registerSitemap } from './routes/sitemap.js';
import { registerTopics } from './routes/topics.js';

export interface AppDeps {
  archive: ArchiveService;
  /** Search and suggestions; without it /search answers that search is unavailable. */
  search?: SearchService | null;
  /** Public origin for canonical links and the sitemap; null takes it from each request. */
  baseUrl: string | null;
  /** Named in every page's footer ("In an emergency, call 112"); unset: "your local emergency number". */
  emergencyNumber?: string | null;
  /** URLs per sitemap file before sitemap.xml becomes an index; default (and at most) the protocol's 50,000. */
  sitemapUrlsPerFile?: number;
  /** Fastify logger option: false (default) for none, true or a pino options object. */
  logger?: boolean | object;
}

/** What route modules need; they get nothing else, in particular no store. */
export interface HttpContext {
  archive: ArchiveService;
  search: SearchService | null;
  baseUrl: string | null;
  emergencyNumber: string | null;
  sitemapUrlsPerFile: number;
}

/*
 * The only script is the site's own suggestion helper (the JSON-LD block is data, which CSP
 * does not block); nothing loads from elsewhere and nothing may frame the site.
 */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

/**
 * Search is a GET form, so a pasted 10,000-character question travels in the URL; percent-encoded
 * non-Latin text is up to nine bytes a character, far past Node's default 16 KB of headers.
 */
const MAX_HEADER_BYTES = 128 * 1024;

export function buildApp(deps: AppDeps): FastifyInstance {
  const app = Fastify({
    logger: deps.logger ?? false,
    serverFactory: (handler) => createServer({ maxHeaderSize: MAX_HEADER_BYTES }, handler),
    routerOptions: {
      ignoreTrailingSlash: true,
      // Topic slugs run to 120 characters (title plus department); Fastify's default cuts at 100.
      maxParamLength: 200,
    },
  });
  const ctx: HttpContext = {
    archive: deps.archive,
    search: deps.search ?? null,
    baseUrl: deps.baseUrl ? deps.baseUrl.replace(/\/+$/, '') : null,
    emergencyNumber: deps.emergencyNumber ?? null,
    sitemapUrlsPerFile: Math.max(1, Math.min(SITEMAP_MAX_URLS, Math.floor(deps.sitemapUrlsPerFile ?? SITEMAP_MAX_URLS))),
  };

  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    return payload;
  });

  installErrorHandling(app, ctx);
  registerHome(app, ctx);
  registerConsultations(app, ctx);
  registerDepartments(app, ctx);
  registerTopics(app, ctx);
  registerAnswers(app, ctx);
  registerSearch(app, ctx);
  registerSitemap(app, ctx);
  registerOpenApi(app);
  return app;
}
