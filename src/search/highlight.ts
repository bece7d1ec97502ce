import { rewriteLayTerms } from './query/lay-terms.js';
import { analyze, isStopWord, MAX_QUERY_CHARS, stem, words } from './text/analyze.js';

/** A cut of a text around the query's words, with the character ranges that matched. */
export interface Highlighted {
  text: string;
  /** [start, end) offsets into `text` of words that match a query term. */
  matches: Array<[number, number]>;
}

const WORD = /[\p{L}\p{N}]+/gu;

function termOf(word: string): string | null {
  const w = words(word)[0];
  if (!w || isStopWord(w)) return null;
  return stem(w);
}

/**
 * The terms `highlight` marks for a query; a caller marking many texts for one query reads it
 * once. A search for "trouble falling asleep" reads as insomnia (`query/lay-terms.ts`): both
 * the typed words and the name are marked.
 */
export function highlightTerms(query: string): ReadonlySet<string> {
  // The index reads only the first MAX_QUERY_CHARS, so that is where it found the names.
  const read = query.length > MAX_QUERY_CHARS ? query.slice(0, MAX_QUERY_CHARS) : query;
  return new Set([...analyze(query), ...rewriteLayTerms(read).rewrites.flatMap((r) => analyze(r.to))]);
}

/**
 * Finds the query's terms in `text` the way the index does (same folding, stop words and
 * stemming), and cuts a window of about `max` characters around the first cluster of matches,
 * at word boundaries. Offsets, not markup: the caller escapes and marks, so text from the
 * archive can never become HTML.
 */
export function highlight(text: string, query: string | ReadonlySet<string>, max = 240): Highlighted {
  const flat = text.replace(/\s+/g, ' ').trim();
  const terms = typeof query === 'string' ? highlightTerms(query) : query;
  const hits: Array<[number, number]> = [];
  if (terms.size > 0) {
    for (const m of flat.matchAll(WORD)) {
      const t = termOf(m[0]);
      if (t !== null && terms.has(t)) hits.push([m.index, m.index + m[0].length]);
    }
  }
  if (flat.length <= max) return { text: flat, matches: hits };

  // Start a little before the first match so it reads in context; snap to a word start.
  const first = hits[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(max / 4));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space === -1 || space > first ? start : space + 1;
  }
  let end = Math.min(flat.length, start + max);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < flat.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${flat.slice(start, end)}${suffix}`,
    matches: hits.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}
