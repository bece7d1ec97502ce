import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { answerParams, apiConsultationsQuery, apiPageQuery, apiTopicsQuery, searchQuery, slugParams, suggestQuery } from '../input.js';
import { paths } from '../paths.js';
import { apiRegistry } from './schemas.js';

/**
 * The OpenAPI 3.1 description of /api, generated from the same zod schemas that the presenters'
 * types come from and that the routes validate input with, so it cannot describe another API.
 */

type JsonObject = Record<string, unknown>;

const ref = (id: string): JsonObject => ({ $ref: `#/components/schemas/${id}` });

function jsonResponse(description: string, schemaId: string): JsonObject {
  return { description, content: { 'application/json': { schema: ref(schemaId) } } };
}

/** OpenAPI parameters from a zod object schema of request input (its input side: strings). */
function parameters(schema: z.ZodObject, where: 'path' | 'query'): JsonObject[] {
  const json = z.toJSONSchema(schema, { io: 'input' }) as {
    properties?: Record<string, JsonObject>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || (json.required ?? []).includes(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

interface Operation {
  id: string;
  summary: string;
  response: string;
  path?: z.ZodObject;
  query?: z.ZodObject;
  /** Whether the path names one resource that may not exist. */
  lookup?: boolean;
}

function operation(op: Operation): JsonObject {
  const params = [...(op.path ? parameters(op.path, 'path') : []), ...(op.query ? parameters(op.query, 'query') : [])];
  return {
    get: {
      operationId: op.id,
      summary: op.summary,
      ...(params.length > 0 ? { parameters: params } : {}),
      responses: {
        '200': jsonResponse('OK', op.response),
        ...(params.length > 0 ? { '400': jsonResponse('Invalid parameter (the message names it)', 'Error') } : {}),
        ...(op.lookup ? { '404': jsonResponse('No such resource (error id "not_found")', 'Error') } : {}),
        '500': jsonResponse('Unexpected server error', 'Error'),
      },
    },
  };
}

function components(): Record<string, JsonObject> {
  const { schemas } = z.toJSONSchema(apiRegistry, { uri: (id) => `#/components/schemas/${id}` });
  // Components live inside the document, so the standalone-schema keys do not belong.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as JsonObject;
      return [id, rest];
    }),
  );
}

export function buildOpenApiDocument(): JsonObject {
  return {
    openapi: '3.1.0',
    info: {
      title: 'askdoc archive API',
      version: '1.0.0',
      description:
        'Read-only access to the consultation archive. URLs in responses are paths on this site. ' +
        'Errors are {"error": {"id", "message"}} with a stable id.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    paths: {
      '/api/consultations': operation({
        id: 'listConsultations',
        summary: 'Consultations, newest first',
        response: 'ConsultationPage',
        query: apiConsultationsQuery,
      }),
      '/api/consultations/{slug}': operation({
        id: 'getConsultation',
        summary: 'One consultation',
        response: 'Consultation',
        path: slugParams,
        lookup: true,
      }),
      '/api/departments': operation({
        id: 'listDepartments',
        summary: 'Every department with counts',
        response: 'DepartmentList',
      }),
      '/api/departments/{slug}': operation({
        id: 'getDepartment',
        summary: 'A department with a page of its consultations',
        response: 'DepartmentDetail',
        path: slugParams,
        query: apiPageQuery,
        lookup: true,
      }),
      '/api/topics': operation({ id: 'listTopics', summary: 'Topics by title', response: 'TopicPage', query: apiTopicsQuery }),
      '/api/topics/{slug}': operation({
        id: 'getTopic',
        summary: 'A topic with snippets, consultations and trusted answers',
        response: 'TopicDetail',
        path: slugParams,
        query: apiPageQuery,
        lookup: true,
      }),
      '/api/answers/{id}': operation({
        id: 'getAnswer',
        summary: 'A trusted-source (MedQuAD) answer',
        response: 'TrustedAnswer',
        path: answerParams,
        lookup: true,
      }),
      '/api/stats': operation({ id: 'getStats', summary: 'Archive totals', response: 'Stats' }),
      '/api/search': operation({
        id: 'search',
        summary: 'Consultations and trusted-source answers matching a query, best first, with matching words located',
        response: 'SearchResults',
        query: searchQuery,
      }),
      '/api/suggest': operation({
        id: 'suggest',
        summary: 'Answered questions like the one being typed',
        response: 'Suggestions',
        query: suggestQuery,
      }),
    },
    components: { schemas: components() },
  };
}

export function registerOpenApi(app: FastifyInstance): void {
  let document: JsonObject | null = null;
  app.get(paths.openapi, async () => {
    document ??= buildOpenApiDocument();
    return document;
  });
}
