import { isShortName } from './focus.js';
import { LEAFLET_TYPES, withoutBrackets } from './medicine-forms.js';

/**
 * A page name with a part in brackets is two names, or a name and a qualifier: "Collapsed lung
 * (pneumothorax)", "Delta agent (Hepatitis D)", "Respiratory syncytial virus (RSV)", "Speech
 * impairment (adult)". Focus recognition matches whole names, so no one asking about an "atrial
 * septal defect" or "hepatitis D" named the page "Atrial septal defect (ASD)" or "Delta agent
 * (Hepatitis D)": of about 150 such MedQuAD names (medicine leaflets aside) the name without its
 * bracket was no focus of its own for 110, the bracketed name for 80.
 *
 * `bracketNames` gives the further names such a page is filed under: the name without its
 * brackets, always; the bracketed name when it is a short name (RSV, ITP, MERS), or says
 * "also known as", or closes the name and is no qualifier (an age, "acute", "adult", a note for
 * professionals). Medicine leaflets have their own rule (`medicine-forms.ts`): their brackets
 * hold qualifiers ("Propranolol (Cardiovascular)").
 */

/** Bracketed words that qualify the name rather than name the page. */
const QUALIFIER = /^(\d|acute|chronic|adults?|child(ren)?|primary|community|recreational|uncircumcised|comprehensive|for |including |ph$|24h)/i;

/** The shortest name worth a key: not a stray "B" or "pH". */
const MIN_LETTERS = 3;

export function bracketNames(name: string, questionType: string | null): string[] {
  if (!name.includes('(') || (questionType !== null && LEAFLET_TYPES.has(questionType))) return [];
  const out: string[] = [];
  const outer = withoutBrackets(name);
  if (outer !== name.trim()) out.push(outer);
  for (const m of name.matchAll(/\(([^)]*)\)/g)) {
    const inner = (m[1] ?? '').trim();
    const rest = name.slice((m.index ?? 0) + m[0].length).trim();
    const known = /^also known as\s+(.+)$/i.exec(inner);
    if (known?.[1]) out.push(known[1]);
    else if (isShortName(inner)) out.push(inner);
    else if ((rest === '' || rest.startsWith('-')) && !QUALIFIER.test(inner) && !inner.includes(',')) out.push(inner);
  }
  return out.filter((n) => n.replace(/[^\p{L}]/gu, '').length >= MIN_LETTERS);
}
