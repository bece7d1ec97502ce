import type { FastifyInstance } from 'fastify';
import { UnavailableError } from '../../domain/errors.js';
import type { z } from 'zod';
import type { SearchResults, SearchService } from '../../services/search-service.js';
import type { HttpContext } from '../app.js';
import type { ApiSearchResults, ApiSuggestions } from '../api/schemas.js';
import { suggestJs } from '../assets/suggest-js.js';
import { HTML_TYPE } from '../html.js';
import { parseInput, searchQuery, suggestQuery } from '../input.js';
import { searchPage } from '../pages/search.js';
import { paths } from '../paths.js';
import { presentSearchResults, presentSuggestions } from '../presenters/search.js';
import { siteOf } from '../site.js';

const RESULTS_PER_PAGE = 10;
const SUGGESTIONS = 6;

function searchOf(ctx: HttpContext): SearchService {
  if (!ctx.search) throw new UnavailableError('search');
  return ctx.search;
}

/** The page and the API take the same parameters and make the same one call. */
async function runSearch(ctx: HttpContext, query: unknown): Promise<{ input: z.output<typeof searchQuery>; results: SearchResults }> {
  const input = parseInput(searchQuery, query);
  const results = await searchOf(ctx).search({
    q: input.q ?? '',
    department: input.department,
    source: input.source,
    page: input.page ?? 1,
    limit: input.limit ?? RESULTS_PER_PAGE,
  });
  return { input, results };
}

/** The search page, its JSON twin, and suggestions while typing. */
export function registerSearch(app: FastifyInstance, ctx: HttpContext): void {
  app.get(paths.search, async (request, reply) => {
    const { input, results } = await runSearch(ctx, request.query);
    const model = {
      results: presentSearchResults(results),
      department: input.department,
      source: input.source,
      departments: results.departments,
    };
    const page = searchPage(model, siteOf(request, ctx));
    return reply.type(HTML_TYPE).send(page);
  });

  app.get('/api/search', async (request): Promise<ApiSearchResults> => {
    return presentSearchResults((await runSearch(ctx, request.query)).results);
  });

  app.get('/api/suggest', async (request): Promise<ApiSuggestions> => {
    const input = parseInput(suggestQuery, request.query);
    return presentSuggestions(await searchOf(ctx).suggest(input.q ?? '', SUGGESTIONS));
  });

  app.get(paths.suggestJs, async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(suggestJs),
  );
}
