import type { FastifyInstance } from 'fastify';
import type { HttpContext } from '../app.js';
import { escapeHtml } from '../html.js';
import { originOf, paths } from '../paths.js';

/** sitemap.xml and robots.txt, with absolute URLs as both formats require. */
export function registerSitemap(app: FastifyInstance, ctx: HttpContext): void {
  app.get(paths.sitemap, async (request, reply) => {
    const origin = originOf(request, ctx.baseUrl);
    const map = await ctx.archive.sitemap();
    const locations = [
      paths.home,
      paths.departments,
      paths.topics,
      ...map.departments.map(paths.department),
      ...map.consultations.map(paths.consultation),
      ...map.topics.map(paths.topic),
    ];
    // XML needs the same five entities escaped as HTML attributes do.
    const urls = locations.map((path) => `<url><loc>${escapeHtml(origin + path)}</loc></url>`).join('\n');
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`;
    return reply.type('application/xml; charset=utf-8').send(xml);
  });

  app.get('/robots.txt', async (request, reply) => {
    const origin = originOf(request, ctx.baseUrl);
    return reply
      .type('text/plain; charset=utf-8')
      .send(`User-agent: *\nDisallow: /api/\n\nSitemap: ${origin}${paths.sitemap}\n`);
  });
}
