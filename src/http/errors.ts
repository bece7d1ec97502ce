import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, ValidationError } from '../domain/errors.js';
import type { ApiError } from './api/schemas.js';
import { errorPage } from './pages/error.js';
import type { SiteView } from './site.js';

/**
 * The one place errors become responses. What a client caused (AppError, bad input, a request
 * Fastify itself rejected) is answered with its status and a message safe to show; anything
 * else is logged with its stack and answered with a generic 500, so internals never leak.
 */

interface Failure {
  status: number;
  id: string;
  message: string;
}

const GENERIC: Failure = {
  status: 500,
  id: 'internal_error',
  message: 'An unexpected error occurred. Please try again later.',
};

export function isApiRequest(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  return path === '/api' || path.startsWith('/api/');
}

function isFastifyClientError(error: unknown): error is FastifyError {
  if (!(error instanceof Error)) return false;
  const { statusCode, code } = error as Partial<FastifyError>;
  return (
    typeof code === 'string' &&
    code.startsWith('FST_') &&
    typeof statusCode === 'number' &&
    statusCode >= 400 &&
    statusCode < 500
  );
}

function failureOf(error: unknown): Failure | null {
  if (error instanceof AppError) return { status: error.status, id: error.id, message: error.message };
  // Routes validate through parseInput, but a schema parsed elsewhere must still say which field.
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    const v = new ValidationError(issue?.path.join('.') || 'input', issue?.message ?? 'is invalid');
    return { status: v.status, id: v.id, message: v.message };
  }
  if (isFastifyClientError(error)) {
    const status = error.statusCode ?? 400;
    return { status, id: status === 404 ? 'not_found' : 'bad_request', message: error.message };
  }
  return null;
}

export function sendFailure(request: FastifyRequest, reply: FastifyReply, failure: Failure, site: Pick<SiteView, 'emergencyNumber'>): FastifyReply {
  reply.code(failure.status);
  if (isApiRequest(request)) {
    const body: ApiError = { error: { id: failure.id, message: failure.message } };
    return reply.type('application/json; charset=utf-8').send(body);
  }
  return reply.type('text/html; charset=utf-8').send(errorPage(failure.status, failure.message, site));
}

export function installErrorHandling(app: FastifyInstance, site: Pick<SiteView, 'emergencyNumber'>): void {
  app.setErrorHandler((error: unknown, request, reply) => {
    const failure = failureOf(error);
    if (failure && failure.status < 500) return sendFailure(request, reply, failure, site);
    request.log.error({ err: error }, 'request failed');
    return sendFailure(request, reply, failure ?? GENERIC, site);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    const message = isApiRequest(request)
      ? `No API endpoint ${request.method} ${path}; see /api/openapi.json`
      : `There is no page at ${path}.`;
    return sendFailure(request, reply, { status: 404, id: 'not_found', message }, site);
  });
}
