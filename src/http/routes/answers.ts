import type { FastifyInstance } from 'fastify';
import type { HttpContext } from '../app.js';
import type { ApiTrustedAnswer } from '../api/schemas.js';
import { HTML_TYPE } from '../html.js';
import { answerParams, parseInput } from '../input.js';
import { answerPage } from '../pages/answer.js';
import { presentTrustedAnswer } from '../presenters/topic.js';
import { siteOf } from '../site.js';

/** Trusted-source (MedQuAD) answers, addressed by their MedQuAD pair id. */
export function registerAnswers(app: FastifyInstance, ctx: HttpContext): void {
  app.get('/answers/:id', async (request, reply) => {
    const { id } = parseInput(answerParams, request.params);
    const { qa, topic } = await ctx.archive.trustedQa(id);
    return reply.type(HTML_TYPE).send(answerPage(presentTrustedAnswer(qa, topic), siteOf(request, ctx)));
  });

  app.get('/api/answers/:id', async (request): Promise<ApiTrustedAnswer> => {
    const { id } = parseInput(answerParams, request.params);
    const { qa, topic } = await ctx.archive.trustedQa(id);
    return presentTrustedAnswer(qa, topic);
  });
}
