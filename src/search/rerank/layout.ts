/** Layout shared by the candidate side (entailment.ts) and the query side (query*.ts) of the re-rank. */

import { FEATURE_NAMES } from '../similarity/features.js';
import { QTYPES } from '../similarity/qtype.js';

/** pairFeatures' column order; checked against the feature code at load so the two cannot drift. */
export const ORDER = [
  'jaccard', 'covFaq', 'covChq', 'focusExact', 'focusFuzzy', 'focusSoft', 'focusEarly', 'concernCov', 'focusMissing',
  'typeMatch', 'typeShare', 'typeMismatch', 'faqGeneric', 'genericInfo', 'chqUntyped', 'typeSoft', 'faqTreat',
  'untypedXtreat', 'cosMean', 'alignFaq', 'alignChq', 'logLenChq', 'logLenFaq', 'focusXmatch', 'focusXgeneric',
  'focusXmismatch', 'softXmatch',
] as const;
if (ORDER.join(',') !== FEATURE_NAMES.join(',')) throw new Error('rerank/layout.ts is out of step with similarity/features.ts');

export const TYPE_BIT = new Map<string, number>(QTYPES.map((t, i) => [t, 1 << i]));
export const TREATMENT = TYPE_BIT.get('treatment') ?? 0;
export const HEADER = 6; // [types mask, info, #stems, #distinct stems, #focus, #form]
/** alignChq looks at the first 60 query stems (as pairFeatures does). */
export const ALIGN_STEMS = 60;
export const COS_SCALE = 1 / (127 * 127);

export function popcount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

export function maskOf(types: Iterable<string>): number {
  let m = 0;
  for (const t of types) m |= TYPE_BIT.get(t) ?? 0;
  return m;
}
