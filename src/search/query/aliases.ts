import { analyze } from '../text/analyze.js';
import { check, packRagged, type Ragged, unpackRagged } from '../snapshot/ragged.js';
import type { FocusLexicon } from './focus.js';
import { withoutPopulation } from './qualified-names.js';
import type { UnderstoodQuery } from './understand.js';

/**
 * A focus named by one of its synonyms. "Hypertension" is a synonym of High Blood Pressure, so
 * focus recognition finds those pages, but their questions and answers are written with the main
 * name: the lexical score and the re-rank then prefer "Pulmonary hypertension", whose question
 * holds the word the person typed. Adding the main name's words to the query (at a fraction of a
 * typed word's weight) lets the pages about the named focus compete on their own wording.
 *
 * Which main names a key stands for is counted over the indexed documents: each document's first
 * focus is its main name, and each of its synonyms points to it. A key that is mostly a main name
 * itself ("Stroke") adds nothing.
 */
export interface FocusAliasesSnapshot {
  /** By document number: [main-name key, ...synonym keys], or null (no focus, or removed). */
  rows: Ragged;
}

export interface AliasParams {
  /** Query weight of the main name's words, × the share of the key's documents that name it. */
  weight: number;
  /** Main names below this share of a key's documents are ignored (one odd synonym list). */
  minShare: number;
}

export class FocusAliases {
  private readonly rows: (Int32Array | null)[] = [];
  /** Key → main-name key → documents; a main name counts itself. */
  private readonly counts = new Map<number, Map<number, number>>();

  add(n: number, main: number | null, synonyms: readonly number[]): void {
    while (this.rows.length < n) this.rows.push(null);
    const row = main === null ? null : Int32Array.from([main, ...new Set(synonyms.filter((k) => k !== main))]);
    this.rows[n] = row;
    if (row) this.count(row, 1);
  }

  remove(n: number): void {
    const row = this.rows[n];
    if (!row) return;
    this.count(row, -1);
    this.rows[n] = null;
  }

  /** Main names `key` stands for, other than itself, with their share of its documents. */
  mainNames(key: number, minShare: number): { key: number; share: number }[] {
    const m = this.counts.get(key);
    if (!m) return [];
    let total = 0;
    for (const c of m.values()) total += c;
    const out: { key: number; share: number }[] = [];
    for (const [main, c] of m) if (main !== key && c / total >= minShare) out.push({ key: main, share: c / total });
    return out;
  }

  toSnapshot(): FocusAliasesSnapshot {
    return { rows: packRagged(this.rows) };
  }

  static fromSnapshot(s: FocusAliasesSnapshot): FocusAliases {
    const a = new FocusAliases();
    for (const row of unpackRagged(s.rows)) {
      check(row === null || row.length > 0, 'focus alias row is empty');
      a.rows.push(row);
      if (row) a.count(row, 1);
    }
    return a;
  }

  get documentRows(): number {
    return this.rows.length;
  }

  private count(row: Int32Array, by: number): void {
    const main = row[0] ?? 0;
    for (const k of row) {
      let m = this.counts.get(k);
      if (!m) this.counts.set(k, (m = new Map()));
      const c = (m.get(main) ?? 0) + by;
      if (c > 0) m.set(main, c);
      else m.delete(main);
      if (m.size === 0) this.counts.delete(k);
    }
  }
}

/**
 * Query terms for the main names of the foci the query names by a synonym: term → weight, only
 * terms the query does not already hold (a typed word keeps its own weight).
 */
export function aliasTerms(q: UnderstoodQuery, aliases: FocusAliases, lexicon: FocusLexicon, p: AliasParams): Map<string, number> {
  const added = new Map<string, number>();
  if (!(p.weight > 0)) return added;
  for (const f of q.foci) {
    for (const { key, share } of aliases.mainNames(f.key, p.minShare)) {
      // A page's population is not what the person asked about: "vomiting" named Nausea and
      // vomiting - adults, and "adults" then outweighed the population penalty for a baby.
      for (const t of analyze(withoutPopulation(lexicon.phrase(key)))) {
        if (!q.terms.has(t)) added.set(t, Math.max(added.get(t) ?? 0, p.weight * share));
      }
    }
  }
  return added;
}
