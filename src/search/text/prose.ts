/**
 * Share of an answer's words that sit in finished sentences. Some trusted answers are lists with
 * almost no prose — links to other sites ("Genetic Testing Registry: X - MedlinePlus Encyclopedia:
 * X"), or bare phenotype terms — and tell a reader far less than a paragraph does. MedQuAD joins
 * list items with " - ", so a lone "-" (or a line break) ends an item: words not closed by a
 * sentence stop (. ! ? then any closing quotes or brackets) before it are list words.
 * An empty answer counts as prose: its text is missing from the archive, not known to be a list.
 * An answer of questions alone is none: GARD has sections whose whole answer is their own heading
 * ("What causes Bell's palsy?"), and it ranked first for that question.
 * One pass over the characters: it runs on every indexed answer.
 */
export function proseShare(answer: string): number {
  let words = 0;
  let prose = 0;
  /** Words since the last sentence stop or item break. */
  let pending = 0;
  let length = 0;
  let hasWord = false;
  let endsStop = false;
  let lone = 0;
  /** Whether a sentence ending in "." or "!" was seen: prose that tells, not only asks. */
  let tells = false;
  let stop = 0;
  const endToken = (): void => {
    if (length === 1 && lone === 45 /* "-" */) pending = 0;
    else if (hasWord) {
      words++;
      pending++;
    }
    if (endsStop) {
      prose += pending;
      pending = 0;
      if (stop !== 63 /* "?" */) tells = true;
    }
    length = 0;
    hasWord = false;
    endsStop = false;
  };
  for (let i = 0; i < answer.length; i++) {
    const c = answer.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      if (length > 0) endToken();
      if (c === 10) pending = 0;
      continue;
    }
    if (length++ === 0) lone = c;
    if (c === 46 || c === 33 || c === 63) {
      endsStop = true; // . ! ?
      stop = c;
    }
    else if (c !== 34 && c !== 39 && c !== 41 && c !== 93) endsStop = false; // " ' ) ] keep it
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127) hasWord = true;
  }
  if (length > 0) endToken();
  if (words === 0) return 1;
  return tells ? prose / words : 0;
}
