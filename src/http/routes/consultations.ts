import type { FastifyInstance } from 'fastify';
import type { HttpContext } from '../app.js';
import type { ApiConsultation, ApiConsultationPage } from '../api/schemas.js';
import { HTML_TYPE } from '../html.js';
import { apiConsultationsQuery, pageRequest, parseInput, slugParams } from '../input.js';
import { consultationPage } from '../pages/consultation.js';
import { consultationSummary, paged } from '../presenters/common.js';
import { presentConsultation } from '../presenters/consultation.js';
import { siteOf } from '../site.js';

/** Default page size of list endpoints; department and topic pages use it too. */
export const CONSULTATIONS_PER_PAGE = 20;

/**
 * Consultations as a page and as JSON. Handlers validate their input, make one ArchiveService
 * call and hand the result to a presenter; nothing here knows about the store.
 */
export function registerConsultations(app: FastifyInstance, ctx: HttpContext): void {
  app.get('/consultations/:slug', async (request, reply) => {
    const { slug } = parseInput(slugParams, request.params);
    const view = await ctx.archive.consultation(slug);
    return reply.type(HTML_TYPE).send(consultationPage(presentConsultation(view), siteOf(request, ctx)));
  });

  app.get('/api/consultations', async (request): Promise<ApiConsultationPage> => {
    const query = parseInput(apiConsultationsQuery, request.query);
    const page = pageRequest(query.page, query.limit ?? CONSULTATIONS_PER_PAGE);
    const result = await ctx.archive.consultations({ department: query.department }, page);
    return paged(result, page, consultationSummary);
  });

  app.get('/api/consultations/:slug', async (request): Promise<ApiConsultation> => {
    const { slug } = parseInput(slugParams, request.params);
    return presentConsultation(await ctx.archive.consultation(slug));
  });
}
