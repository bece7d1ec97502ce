import { z } from 'zod';
import { ConfigError } from './domain/errors.js';

/** Start-up configuration: environment variables, each overridable by a CLI flag. */
export interface Config {
  /** SQLite database file. */
  db: string;
  port: number;
  host: string;
  /** Fill an empty archive with the bundled demo consultations on start. */
  demo: boolean;
  /** Public origin used in sitemap.xml and JSON-LD; taken from the request when unset. */
  baseUrl: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Named by urgent-care advice ("call 112"); null: "your local emergency number". */
  emergencyNumber: string | null;
  /** Offered when a question describes thoughts of self-harm; null: none is named. */
  crisisLine: string | null;
}

const schema = z.object({
  ASKDOC_DB: z.string().trim().min(1, 'must be a file path').default('./data/askdoc.sqlite'),
  PORT: z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number from 0 to 65535')
    .transform(Number)
    .refine((n) => n <= 65535, 'must be a whole number from 0 to 65535')
    .default(3000),
  HOST: z.string().trim().min(1, 'must be a host name or address').default('127.0.0.1'),
  ASKDOC_DEMO: z.enum(['true', 'false', '1', '0'], { message: 'must be true or false' }).default('true'),
  ASKDOC_BASE_URL: z.url({ message: 'must be an absolute http(s) URL' }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ASKDOC_EMERGENCY_NUMBER: z
    .string()
    .trim()
    .regex(/^\+?\d[\d -]{0,14}$/, 'must be a phone number of digits, such as 112, 911 or 000')
    .optional(),
  // Shown inside a sentence of the advice, which adds its own full stop.
  ASKDOC_CRISIS_LINE: z
    .string()
    .regex(/^[^\n]*$/, 'must be one line of text, such as "the 988 Lifeline (call or text 988)"')
    .transform((s) => s.trim().replace(/[.\s]+$/, ''))
    .pipe(z.string().min(1, 'must name a service').max(160, 'must be at most 160 characters'))
    .optional(),
});

/**
 * Validates the environment (with CLI flags already merged in, under the same names) and stops
 * with a message naming the first bad variable.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(variable, `${issue?.message ?? 'invalid'} (got ${JSON.stringify(env[variable] ?? '')})`);
  }
  const e = parsed.data;
  return {
    db: e.ASKDOC_DB,
    port: e.PORT,
    host: e.HOST,
    demo: e.ASKDOC_DEMO === 'true' || e.ASKDOC_DEMO === '1',
    baseUrl: e.ASKDOC_BASE_URL ? e.ASKDOC_BASE_URL.replace(/\/+$/, '') : null,
    logLevel: e.LOG_LEVEL,
    emergencyNumber: e.ASKDOC_EMERGENCY_NUMBER ?? null,
    crisisLine: e.ASKDOC_CRISIS_LINE ?? null,
  };
}
