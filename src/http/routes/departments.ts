import type { FastifyInstance } from 'fastify';
import type { HttpContext } from '../app.js';
import type { ApiDepartmentDetail } from '../api/schemas.js';
import { HTML_TYPE } from '../html.js';
import { apiPageQuery, pageQuery, pageRequest, parseInput, slugParams } from '../input.js';
import { departmentPage, departmentsPage } from '../pages/departments.js';
import { presentDepartment, presentDepartmentSummary } from '../presenters/department.js';
import { siteOf } from '../site.js';
import { CONSULTATIONS_PER_PAGE } from './consultations.js';

export function registerDepartments(app: FastifyInstance, ctx: HttpContext): void {
  app.get('/departments', async (request, reply) => {
    const departments = await ctx.archive.departments();
    return reply
      .type(HTML_TYPE)
      .send(departmentsPage(departments.map(presentDepartmentSummary), siteOf(request, ctx)));
  });

  app.get('/departments/:slug', async (request, reply) => {
    const { slug } = parseInput(slugParams, request.params);
    const page = pageRequest(parseInput(pageQuery, request.query).page, CONSULTATIONS_PER_PAGE);
    const view = await ctx.archive.department(slug, page);
    return reply.type(HTML_TYPE).send(departmentPage(presentDepartment(view, page), siteOf(request, ctx)));
  });

  app.get('/api/departments', async () => {
    const departments = await ctx.archive.departments();
    return { items: departments.map(presentDepartmentSummary) };
  });

  app.get('/api/departments/:slug', async (request): Promise<ApiDepartmentDetail> => {
    const { slug } = parseInput(slugParams, request.params);
    const query = parseInput(apiPageQuery, request.query);
    const page = pageRequest(query.page, query.limit ?? CONSULTATIONS_PER_PAGE);
    return presentDepartment(await ctx.archive.department(slug, page), page);
  });
}
