import type { FastifyInstance } from 'fastify';
import type { HttpContext } from '../app.js';
import type { ApiTopicDetail, ApiTopicPage } from '../api/schemas.js';
import { HTML_TYPE } from '../html.js';
import { apiPageQuery, apiTopicsQuery, pageQuery, pageRequest, parseInput, slugParams, topicIndexQuery } from '../input.js';
import { topicPage } from '../pages/topic.js';
import { topicsPage } from '../pages/topics.js';
import { paged, topicSummary } from '../presenters/common.js';
import { presentTopic } from '../presenters/topic.js';
import { CONSULTATIONS_PER_PAGE } from './consultations.js';
import { siteOf } from '../site.js';

/** The topic index is long (every MedQuAD document is a topic), so it pages by fifty. */
export const TOPICS_PER_PAGE = 50;

export function registerTopics(app: FastifyInstance, ctx: HttpContext): void {
  app.get('/topics', async (request, reply) => {
    const query = parseInput(topicIndexQuery, request.query);
    const page = pageRequest(query.page, TOPICS_PER_PAGE);
    const filter = { letter: query.letter, kind: query.kind };
    const result = await ctx.archive.topics(filter, page);
    return reply
      .type(HTML_TYPE)
      .send(topicsPage(paged(result, page, topicSummary), filter, siteOf(request, ctx)));
  });

  app.get('/topics/:slug', async (request, reply) => {
    const { slug } = parseInput(slugParams, request.params);
    const page = pageRequest(parseInput(pageQuery, request.query).page, CONSULTATIONS_PER_PAGE);
    const view = await ctx.archive.topic(slug, page);
    return reply.type(HTML_TYPE).send(topicPage(presentTopic(view, page), siteOf(request, ctx)));
  });

  app.get('/api/topics', async (request): Promise<ApiTopicPage> => {
    const query = parseInput(apiTopicsQuery, request.query);
    const page = pageRequest(query.page, query.limit ?? TOPICS_PER_PAGE);
    const filter = { department: query.department, kind: query.kind, letter: query.letter };
    return paged(await ctx.archive.topics(filter, page), page, topicSummary);
  });

  app.get('/api/topics/:slug', async (request): Promise<ApiTopicDetail> => {
    const { slug } = parseInput(slugParams, request.params);
    const query = parseInput(apiPageQuery, request.query);
    const page = pageRequest(query.page, query.limit ?? CONSULTATIONS_PER_PAGE);
    return presentTopic(await ctx.archive.topic(slug, page), page);
  });
}
