/**
 * Two more ways a page name hides the name people use, beside brackets (`bracket-names.ts`):
 *
 * - a trailing population qualifier: "Intussusception - children", "Pyloric stenosis - infant",
 *   "Obstructive sleep apnea - adults" (or a sorting word: "Goiter - simple", "Osteoporosis -
 *   overview"). "Diarrhea in infants" keeps its name: read as Diarrhea, it answered an
 *   eight-year-old's diarrhea and a child's loperamide. Nobody asking about intussusception adds "children", and
 *   focus recognition matches whole names, so such a question recognised no focus and lost every
 *   focus and type boost. Only a page's main names are read, as for brackets: a synonym such as
 *   "Reflux - infants" (of Gastroesophageal reflux in infants) would make every "reflux" question
 *   about the infants' page, and the population penalty, which reads the main name, does not
 *   outweigh a focus boost.
 * - a title with a colon: "Pyelonephritis: Kidney Infection", "Microscopic Colitis: Collagenous
 *   Colitis and Lymphocytic Colitis", "Treatment Methods for Kidney Failure: Hemodialysis". The
 *   part before the colon names the page; the part after does too when it is a short name
 *   ("Kidney Infection", "Hemodialysis") and not a headline ("What to Expect", "Dealing with
 *   cravings", "Type 1 and Type 2").
 */

const POPULATION_SUFFIX = /\s+-\s+(?:adults?|child(?:ren)?|infants?|newborns?|babies|teens?)$/i;

/** A trailing word that sorts the page among its own kind: "Goiter - simple", "Osteoporosis - overview". */
const KIND_SUFFIX = /\s+-\s+(?:simple|overview)$/i;

/** Words that make the part after a colon a headline rather than a name. */
const HEADLINE_WORD = /^(?:what|how|when|why|to|you|your|and|or|with|for|the|a|an|of|about|good|through)$/i;

/** The longest part after a colon still read as a name. */
const MAX_NAME_WORDS = 3;

/** The shortest name worth a key: not a stray "OG" or "NG" (feeding tubes for infants). */
const MIN_LETTERS = 3;

/** Words before a colon that introduce a former name rather than name the page. */
const NOT_A_NAME = /^(?:formerly|also called|see)$/i;

function afterColonIsName(rest: string): boolean {
  const ws = rest.split(/\s+/).filter((w) => w.length > 0);
  if (ws.length === 0 || ws.length > MAX_NAME_WORDS) return false;
  if (/ing$/i.test(ws[0] ?? '')) return false;
  return !ws.some((w) => HEADLINE_WORD.test(w) || /^\d/.test(w));
}

/** The name without its trailing population: "Nausea and vomiting - adults" → "Nausea and vomiting". */
export function withoutPopulation(name: string): string {
  return name.trim().replace(POPULATION_SUFFIX, '').trim();
}

/** Further names a page (or one of its synonyms) is filed under; none for most names. */
export function qualifiedNames(name: string): string[] {
  const out: string[] = [];
  const trimmed = name.trim();
  const unqualified = withoutPopulation(trimmed).replace(KIND_SUFFIX, '').trim();
  if (unqualified !== trimmed) out.push(unqualified);
  const colon = unqualified.indexOf(': ');
  if (colon > 0) {
    const head = unqualified.slice(0, colon).trim();
    const rest = unqualified.slice(colon + 2).trim();
    if (!NOT_A_NAME.test(head)) out.push(head);
    if (afterColonIsName(rest)) out.push(rest);
  }
  return out.filter((n) => n.replace(/[^\p{L}]/gu, '').length >= MIN_LETTERS);
}
