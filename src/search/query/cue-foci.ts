import type { FocusMatch } from './focus.js';

/**
 * Pages whose name is also how a question asks its type. "What are the side effects of
 * chemotherapy?" names Side effects (a synonym of Drug Reactions) as well as Chemotherapy, and the
 * general page won; "Are there clinical trials for ALS?" found the Clinical Trials page before ALS's,
 * and "what is the first aid for a jellyfish sting?" the First Aid page before the sting's.
 * Such a name asks *what about* the other focus, so it yields when the question names one. A
 * medicine named only in general ("side effects of my medication") is no such focus: there Drug
 * Reactions is the page asked for.
 */
const TYPE_NAMES = /^(?:side effects?|genetics|inheritance|clinical trials|first aid)$/i;
const GENERAL = /^(?:medications?|medicines?|drugs?|over-the-counter medicines?)$/i;

/** The foci that stay: type names dropped when another, specific focus is named. */
export function dropTypeNamedFoci(foci: readonly FocusMatch[]): FocusMatch[] {
  const specific = foci.some((f) => !TYPE_NAMES.test(f.phrase) && !GENERAL.test(f.phrase));
  return specific ? foci.filter((f) => !TYPE_NAMES.test(f.phrase)) : [...foci];
}
