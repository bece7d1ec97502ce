/**
 * MedQuAD's questions are generated from templates and keep the template's seams: "What is (are)
 * Glaucoma ?", a space before the mark, "Who is at risk for X? ?", lower-case "what research (or
 * clinical trials) is being done for X ?". `readableQuestion` is how such a question is shown.
 * The stored text stays as imported (exports and search read it verbatim); only display changes,
 * and nothing but these seams: the words the source wrote are never reworded.
 */

/** Words ending in "s" that name one thing ("What is measles?"). */
const SINGULAR_S = new Set([
  'measles',
  'mumps',
  'rabies',
  'scabies',
  'herpes',
  'rickets',
  'diabetes',
  'shingles',
  'series',
  'species',
  'news',
  'lens',
  'pancreas',
  'uterus',
  'canvas',
  'gas',
  'bias',
  'abscess',
]);

/** Words that end a focus's head noun phrase: "Devices for hearing loss" is about devices. */
const HEAD_END = /\s+(?:for|of|in|with|after|during|among|from|to|on|at|by|and the|-)\s+/i;

const QUESTION_START = /^(?:what|how|who|why|when|where|which|is|are|am|do|does|can|could|should|will)\b/i;

/**
 * "are" when the focus's head noun reads as a plural ("Kidney Stones", "Family Issues",
 * "Devices for hearing loss"), else "is". Acronyms, "-ss", "-us", "-is", "-ics" and possessives
 * read as singular, as do the listed one-thing words; a wrong guess still reads as English.
 */
export function verbFor(focus: string): 'is' | 'are' {
  const head = focus.replace(/\([^)]*\)/g, ' ').split(HEAD_END)[0] ?? focus;
  const last = head.trim().split(/\s+/).pop() ?? '';
  if (!/s$/i.test(last) || last.length < 3) return 'is';
  if (last === last.toUpperCase()) return 'is';
  const word = last.toLowerCase();
  if (SINGULAR_S.has(word) || /(?:ss|us|is|ics|'s|’s)$/.test(word)) return 'is';
  return 'are';
}

export function readableQuestion(question: string): string {
  let q = question.replace(/\s+/g, ' ').trim();
  // "X? ?", "X ??" and "X ?" all end in one mark, right after the last word.
  q = q.replace(/\s*\?(?:\s*\?)+\s*$/, '?').replace(/\s+([?.!,;:])/g, '$1');
  const generic = /^what is \(are\)\s+(.+?)\??$/i.exec(q);
  if (generic?.[1]) {
    const focus = generic[1].trim();
    // "What is (are) What I need to know about Kidney Failure ?": the focus is a title that is
    // already a question, shown as it stands.
    if (QUESTION_START.test(focus) || focus.includes('?')) q = /[?.!]$/.test(focus) ? focus : `${focus}?`;
    else q = `What ${verbFor(focus)} ${focus}?`;
  }
  if (/^do you have information about\b.*[^?.!]$/i.test(q)) q = `${q}?`;
  return q.charAt(0).toUpperCase() + q.slice(1);
}
