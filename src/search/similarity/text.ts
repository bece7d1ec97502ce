/**
 * Tokenising and light stemming shared by the vector trainer and the feature extractor.
 * Both sides MUST use the same function, so a word learned from MedQuAD ("treatments") and a
 * word typed by a consumer ("treated") land on the same key ("treat").
 * The stemmer is deliberately light (no Porter step 2–5): consumer text is full of misspellings,
 * and over-stemming merges medical terms that must stay apart ("gastric"/"gastritis").
 */

/** Function words plus filler that consumer questions carry ("hello", "doctor", "thanks"). */
const STOP = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other ' +
    'our ours ourselves out over own same she should so some such than that the their theirs them themselves then there ' +
    'these they this those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your yours yourself yourselves also may might must shall cannot im ive id dont doesnt didnt cant isnt ' +
    'get got getting one two ago since still even much many every really like know want need would please thank thanks ' +
    'hello hi dear sir madam dr doctor name ok yes yet etc year years old age month months day days week weeks time ' +
    'lot alot something anything anyone someone way thing things tell let us ask asked question questions wondering wonder'
  ).split(' '),
);

export function isStopword(token: string): boolean {
  return STOP.has(token);
}

/** Lower-cased word tokens; digits kept only inside words ("covid19", "b12"). */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // "Ménière" -> "meniere", as consumers type it
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !/^\d+$/.test(w));
}

/** Suffix stripping good enough to merge inflections: treat/treats/treated/treating/treatment(s). */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|as|os)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('ments') || w.endsWith('ment')) {
    const base = w.replace(/ments?$/, '');
    if (base.length >= 4) w = base;
  }
  if (w.endsWith('ing') && w.length >= 6) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length >= 5) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length >= 6) w = w.slice(0, -2);
  // Undouble after ing/ed removal ("stopped" -> "stopp" -> "stop") and drop a final e so that
  // "diagnose"/"diagnosed" and "cause"/"caused" meet.
  if (/([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** Content stems of a text, in order (stopwords and 1-letter tokens dropped). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length < 2 || STOP.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Splits consumer text into sentences; the first one is usually the subject line. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Levenshtein distance capped at `max` (returns max+1 beyond), for misspelt disease names. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}
