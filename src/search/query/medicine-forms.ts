/**
 * A medicine leaflet is filed under the medicine *and its form*: "Metronidazole Oral",
 * "Albuterol Oral Inhalation", "Insulin Glargine (rDNA origin) Injection", "Propranolol
 * (Cardiovascular)". People name the medicine alone ("can I drink alcohol with metronidazole?"),
 * and focus recognition matches whole names only, so such a question recognised no focus at all
 * and lost every focus and type boost. Of MedQuAD's 1,403 leaflet names about 500 carry a form or
 * a qualifier; for about 360 of them the plain name is no focus of its own.
 *
 * `medicineNames` gives the further names a leaflet page is filed under: the name without its
 * parenthesised qualifiers, and the medicine without its route or dosage form. A medicine sold
 * in several forms shares the plain name, so "metronidazole" reaches the oral, injected and
 * topical leaflets alike and the query's other words choose among them.
 */

/** MedQuAD qtypes found only on medicine leaflets; the rule reads no other page. */
export const LEAFLET_TYPES: ReadonlySet<string> = new Set([
  'side effects', 'usage', 'dose', 'brand names', 'brand names of combination products', 'storage and disposal',
  'forget a dose', 'emergency or overdose', 'indication', 'precautions', 'contraindication', 'dietary',
  'important warning', 'severe reaction', 'other information', 'interactions with medications',
  'interactions with herbs and supplements', 'interactions with foods', 'how does it work', 'how effective is it',
]);

/** Routes and dosage forms, written last in a leaflet's name. Vaccines keep "vaccine": it names them. */
const FORM_WORDS = new Set([
  'oral', 'injection', 'injectable', 'topical', 'ophthalmic', 'otic', 'nasal', 'spray', 'gel', 'inhalation',
  'transdermal', 'patch', 'system', 'rectal', 'vaginal', 'urogenital', 'sublingual', 'buccal', 'intravenous',
  'implant', 'cream', 'lotion', 'ointment', 'foam', 'shampoo', 'solution', 'suspension', 'powder', 'film',
  'lozenge', 'ring', 'insert', 'suppository', 'emulsion', 'complex', 'lipid', 'liposome', 'extended-release',
]);

/** "Insulin Glargine (rDNA origin) Injection" → "Insulin Glargine Injection". */
export function withoutBrackets(name: string): string {
  return name.replace(/\s*\([^)]*\)/g, ' ').replace(/\s+/g, ' ').replace(/\s+([:,;])/g, '$1').trim();
}

/** A short name in brackets with more of the name after it: "Tetanus, Diphtheria (Td) Vaccine". */
const SHORT_NAME_BEFORE = /^[^()]+\(([A-Za-z][A-Za-z0-9-]{1,8})\)\s+([^()].*)$/;

/** The shortest plain name worth a key: "Ampicillin", not a stray "B" or "Gel". */
const MIN_HEAD_LETTERS = 4;

/** Further names a page is filed under; none unless it is a leaflet page whose name has a form or qualifier. */
export function medicineNames(name: string, questionType: string | null): string[] {
  if (questionType === null || !LEAFLET_TYPES.has(questionType)) return [];
  const out: string[] = [];
  const plain = withoutBrackets(name);
  if (plain !== name.trim()) out.push(plain);
  // "Human Papillomavirus (HPV) Vaccine (Gardasil)" is the "HPV vaccine" people name; without this
  // the ADAM overview of that name took every question about the shot's side effects.
  const short = SHORT_NAME_BEFORE.exec(name.trim());
  if (short?.[1] && short[2]) out.push(`${short[1]} ${withoutBrackets(short[2])}`);
  const ws = plain.split(' ');
  let end = ws.length;
  while (end > 1 && FORM_WORDS.has((ws[end - 1] ?? '').toLowerCase())) end--;
  // "Albuterol and Ipratropium Oral Inhalation" → "Albuterol and Ipratropium", never "Albuterol and".
  while (end > 1 && /^(and|or|with)$/i.test(ws[end - 1] ?? '')) end--;
  const head = ws.slice(0, end).join(' ');
  if (end < ws.length && head.replace(/[^\p{L}]/gu, '').length >= MIN_HEAD_LETTERS) out.push(head);
  return out.filter((n) => n.length > 0);
}
