/**
 * Share of an answer's words that sit in finished sentences. Some trusted answers are lists with
 * almost no prose — links to other sites ("Genetic Testing Registry: X - MedlinePlus Encyclopedia:
 * X"), or bare phenotype terms — and tell a reader far less than a paragraph does. MedQuAD joins
 * list items with " - ", so items are split there; a sentence is a run of text ending in . ! or ?.
 * An empty answer counts as prose: its text is missing from the archive, not known to be a list.
 */
export function proseShare(answer: string): number {
  let words = 0;
  let prose = 0;
  for (const item of answer.split(/\s+-\s+|\n/)) {
    words += countWords(item);
    for (const m of item.matchAll(/[^.!?]+[.!?]+(?=["')\]]*(\s|$))/g)) prose += countWords(m[0]);
  }
  return words === 0 ? 1 : Math.min(1, prose / words);
}

function countWords(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (/\w/.test(w)) n++;
  return n;
}
