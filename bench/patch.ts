// Parameter variants for the tuning reports, given as JSON patches of DEFAULT_PARAMS:
// VARIANTS='[{"rerank":{"weight":1.2}}]'. Objects merge key by key; anything else replaces.
import { DEFAULT_PARAMS, type MedicalIndexParams } from '../src/search/medical-index.js';

export type Patch = { [k: string]: unknown };

function merge(into: Patch, patch: Patch): void {
  for (const [k, v] of Object.entries(patch)) {
    const cur = into[k];
    if (v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object') merge(cur as Patch, v as Patch);
    else into[k] = v;
  }
}

/** The shipped parameters with `patch` applied (a fresh copy). */
export function patchedParams(patch: Patch): MedicalIndexParams {
  const params = structuredClone(DEFAULT_PARAMS);
  merge(params as unknown as Patch, patch);
  return params;
}

/** The variants to report: the shipped parameters first, then those in $VARIANTS. */
export function variantsFromEnv(): Patch[] {
  return [{}, ...(JSON.parse(process.env.VARIANTS ?? '[]') as Patch[])];
}

/**
 * Parameters read while documents are indexed (`medicineNames`, `bracketNames` and `qualifiedNames` file a page
 * under more names; `nameTerms` adds terms to focus fields; `useRerank` analyses every
 * candidate): a variant changing them needs its own build.
 */
export function buildKey(p: MedicalIndexParams): string {
  return JSON.stringify({ useRerank: p.useRerank, medicineNames: p.medicineNames, bracketNames: p.bracketNames, qualifiedNames: p.qualifiedNames, nameTerms: p.nameTerms });
}

/** Index-time parameters for benches that build their indexes once: BUILD='{"medicineNames":false}'. */
export function buildParamsFromEnv(): MedicalIndexParams {
  return patchedParams(JSON.parse(process.env.BUILD ?? '{}') as Patch);
}
