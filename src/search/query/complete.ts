import { isStopWord, stem } from '../text/analyze.js';

/** What the completer needs of the index's vocabulary. */
export interface Vocabulary {
  /** Grows whenever a new term is added; the sorted copy is rebuilt when it changes. */
  readonly vocabularySize: number;
  termList(): Iterable<string>;
  docFreq(term: string): number;
}

export interface Completion {
  term: string;
  /** The share of the candidates' document frequency: how likely this is the word being typed. */
  weight: number;
}

/** Shorter prefixes match too much of the vocabulary to say anything ("di", "ca"). */
const MIN_PREFIX = 3;

/**
 * Completes the word someone is still typing ("symptoms of diab") into index terms. A typed
 * prefix of a word is almost always a prefix of its Porter stem ("diab" → "diabet"), and a
 * whole word typed without the trailing space is its own stem's word, so the candidates are the
 * terms starting with the prefix plus the prefix's own stem. They are weighted by document
 * frequency, so a query scores each document by its expected match over the likely words.
 */
export class PrefixCompleter {
  private sorted: string[] = [];
  private builtFor = -1;

  constructor(private readonly vocabulary: Vocabulary) {}

  complete(prefix: string, limit: number): Completion[] {
    if (prefix.length < MIN_PREFIX || isStopWord(prefix)) return [];
    this.refresh();
    const found = new Map<string, number>();
    const own = stem(prefix);
    if (this.vocabulary.docFreq(own) > 0) found.set(own, this.vocabulary.docFreq(own));
    for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length; i++) {
      const term = this.sorted[i] ?? '';
      if (!term.startsWith(prefix)) break;
      const df = this.vocabulary.docFreq(term);
      if (df > 0) found.set(term, df);
    }
    const best = [...found].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
    const total = best.reduce((s, [, df]) => s + df, 0);
    return best.map(([term, df]) => ({ term, weight: df / total }));
  }

  private refresh(): void {
    if (this.builtFor === this.vocabulary.vocabularySize) return;
    this.sorted = [...this.vocabulary.termList()].sort();
    this.builtFor = this.vocabulary.vocabularySize;
  }
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
