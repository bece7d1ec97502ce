import type { FastifyInstance } from 'fastify';
import type { HttpContext } from '../app.js';
import type { ApiStats } from '../api/schemas.js';
import { siteCss } from '../assets/site-css.js';
import { HTML_TYPE } from '../html.js';
import { homePage } from '../pages/home.js';
import { paths } from '../paths.js';
import { consultationSummary, presentStats } from '../presenters/common.js';
import { presentDepartmentSummary } from '../presenters/department.js';
import { siteOf } from '../site.js';

/** The home page, archive totals, and the stylesheet every page links. */
export function registerHome(app: FastifyInstance, ctx: HttpContext): void {
  app.get('/', async (request, reply) => {
    const view = await ctx.archive.home();
    const model = {
      stats: presentStats(view.stats),
      departments: view.departments.map(presentDepartmentSummary),
      recent: view.recent.map(consultationSummary),
    };
    return reply.type(HTML_TYPE).send(homePage(model, siteOf(request, ctx)));
  });

  app.get('/api/stats', async (): Promise<ApiStats> => presentStats(await ctx.archive.stats()));

  app.get(paths.css, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(siteCss),
  );
}
