import { z } from 'zod';
import { ValidationError } from '../domain/errors.js';

/**
 * Request parameters: zod schemas for path and query values, shared by pages and the API so
 * both reject the same input with the same message. Query values arrive as strings (or as
 * arrays when a key repeats, which is rejected by the string type).
 */

/** Deep pages of a large archive are still fine; past this an offset stops being an integer SQLite accepts. */
const MAX_PAGE = 1_000_000;

const PAGE_RULE = 'must be a whole number ≥ 1';
const LIMIT_RULE = 'must be a whole number from 1 to 100';
const SLUG_RULE = 'must be lowercase letters, digits and hyphens';

export const MAX_LIMIT = 100;

export const pageParam = z
  .string({ error: PAGE_RULE })
  .regex(/^\d{1,9}$/, PAGE_RULE)
  .transform(Number)
  .refine((n) => n >= 1, PAGE_RULE)
  .refine((n) => n <= MAX_PAGE, `must be at most ${MAX_PAGE}`)
  .optional()
  .describe('page number, from 1 (default 1); a page past the end has no items');

export const limitParam = z
  .string({ error: LIMIT_RULE })
  .regex(/^\d{1,3}$/, LIMIT_RULE)
  .transform(Number)
  .refine((n) => n >= 1 && n <= MAX_LIMIT, LIMIT_RULE)
  .optional()
  .describe(`items per page, 1 to ${MAX_LIMIT}`);

export const slugParam = z
  .string({ error: SLUG_RULE })
  .min(1, SLUG_RULE)
  .max(200, 'must be at most 200 characters')
  .regex(/^[a-z0-9-]+$/, SLUG_RULE);

export const kindParam = z
  .enum(['faq', 'medquad'], { error: 'must be faq or medquad' })
  .optional()
  .describe('faq: "Related FAQ" topics of consultations; medquad: trusted-source documents');

export const letterParam = z
  .string({ error: 'must be one letter or digit' })
  .regex(/^[A-Za-z0-9]$/, 'must be one letter or digit')
  .transform((l) => l.toUpperCase())
  .optional()
  .describe('first letter of the title');

export const answerIdParam = z
  .string({ error: 'must be a trusted-source answer id such as GHR_0000001_Sec1' })
  .regex(/^[A-Za-z0-9_.-]{1,100}$/, 'must be a trusted-source answer id such as GHR_0000001_Sec1');

export const slugParams = z.object({ slug: slugParam });
export const answerParams = z.object({ id: answerIdParam });
export const pageQuery = z.object({ page: pageParam });
export const topicIndexQuery = z.object({ page: pageParam, letter: letterParam, kind: kindParam });
const departmentFilter = slugParam.optional().describe('department slug');

export const apiConsultationsQuery = z.object({ department: departmentFilter, page: pageParam, limit: limitParam });
export const apiTopicsQuery = z.object({
  department: departmentFilter,
  kind: kindParam,
  letter: letterParam,
  page: pageParam,
  limit: limitParam,
});
export const apiPageQuery = z.object({ page: pageParam, limit: limitParam });

/*
 * Any text is a valid query (long, punctuation, emoji, markup): the search service reads
 * what it can of it. Only a repeated `q` (an array) is refused.
 */
const queryText = z.string({ error: 'must be one text value' }).optional().describe('what to search for');
const sourceParam = z
  .string({ error: 'must be consultations, trusted, or a source organisation such as GHR' })
  .regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/, 'must be consultations, trusted, or a source organisation such as GHR')
  .optional()
  .describe('consultations, trusted, or a trusted source organisation (CancerGov, GARD, GHR, …)');

/** The search form sends its "All" choices as empty values: those mean no filter. */
const unlessEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema);

export const searchQuery = z.object({
  q: queryText,
  department: unlessEmpty(departmentFilter),
  source: unlessEmpty(sourceParam),
  page: pageParam,
  limit: limitParam,
});
export const suggestQuery = z.object({ q: queryText });

/** Parses request input, turning the first problem into a ValidationError that names the field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'input';
  throw new ValidationError(field, issue?.message ?? 'is invalid');
}

/** A 1-based page and its size as the store's limit/offset. */
export function pageRequest(page: number | undefined, limit: number): { page: number; limit: number; offset: number } {
  const p = page ?? 1;
  return { page: p, limit, offset: (p - 1) * limit };
}

const PART_RULE = 'must be a sitemap file name such as 1.xml';

/** `/sitemaps/:part`: "N.xml", N from 1. */
export const sitemapPartParams = z.object({
  part: z
    .string({ error: PART_RULE })
    .regex(/^[1-9]\d{0,5}\.xml$/, PART_RULE)
    .transform((s) => Number.parseInt(s, 10)),
});
