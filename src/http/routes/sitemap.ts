import type { FastifyInstance } from 'fastify';
import { NotFoundError } from '../../domain/errors.js';
import type { HttpContext } from '../app.js';
import { parseInput, sitemapPartParams } from '../input.js';
import { originOf, paths } from '../paths.js';
import { sitemapIndexXml, sitemapPartPaths, sitemapParts, sitemapPaths, urlsetXml } from '../presenters/sitemap.js';

const XML_TYPE = 'application/xml; charset=utf-8';

/**
 * sitemap.xml and robots.txt, with absolute URLs as both formats require. Past the protocol's
 * cap of URLs per file, sitemap.xml becomes an index of /sitemaps/N.xml files.
 */
export function registerSitemap(app: FastifyInstance, ctx: HttpContext): void {
  app.get(paths.sitemap, async (request, reply) => {
    const origin = originOf(request, ctx.baseUrl);
    const all = sitemapPaths(await ctx.archive.sitemap());
    const parts = sitemapParts(all.length, ctx.sitemapUrlsPerFile);
    return reply.type(XML_TYPE).send(parts === 1 ? urlsetXml(origin, all) : sitemapIndexXml(origin, parts));
  });

  app.get('/sitemaps/:part', async (request, reply) => {
    const { part } = parseInput(sitemapPartParams, request.params);
    const pagePaths = sitemapPartPaths(sitemapPaths(await ctx.archive.sitemap()), ctx.sitemapUrlsPerFile, part);
    if (!pagePaths) throw new NotFoundError('sitemap file', `${part}.xml`);
    return reply.type(XML_TYPE).send(urlsetXml(originOf(request, ctx.baseUrl), pagePaths));
  });

  app.get('/robots.txt', async (request, reply) => {
    const origin = originOf(request, ctx.baseUrl);
    return reply
      .type('text/plain; charset=utf-8')
      .send(`User-agent: *\nDisallow: /api/\n\nSitemap: ${origin}${paths.sitemap}\n`);
  });
}
