import { DocTable } from './doc-table.js';
import { Bm25fIndex, type Bm25fParams, DEFAULT_BM25F } from './lexical/bm25f.js';
import { TopK } from './lexical/top-k.js';
import { FocusLexicon } from './query/focus.js';
import { DEFAULT_EXPANSION, type ExpansionParams, QueryExpander } from './semantic/expander.js';
import { TermSpace } from './semantic/term-space.js';
import { type UnderstoodQuery, understand } from './query/understand.js';
import { analyze } from './text/analyze.js';
import type { Explanation, SearchDoc, SearchHit, SearchIndex, SearchOptions } from './types.js';

/**
 * The SearchIndex askdoc uses: BM25F over question / focus / answer, then query
 * understanding (focus and question type) as additive boosts on the max-normalised lexical
 * score, and optionally query expansion from term vectors learnt on the indexed text.
 * Normalising first keeps the boosts' meaning the same for a 3-word and a 300-word
 * question. Each stage can be switched off, which is how the benchmark's ablation is made.
 */
export interface MedicalIndexParams {
  bm25f: Bm25fParams;
  /** Added when a document's focus is one the query names. */
  focusBoost: number;
  /** Added when the document's qtype is the first type the query asks for… */
  typeBoost: number;
  /** …and this for the other types it asks for. */
  otherTypeBoost: number;
  /** Added to "information" answers when no type was recognised ("tell me about X"). */
  infoBoost: number;
  expansion: ExpansionParams;
  useFocus: boolean;
  useType: boolean;
  useSemantic: boolean;
}

export const DEFAULT_PARAMS: MedicalIndexParams = {
  bm25f: DEFAULT_BM25F,
  focusBoost: 0.3,
  typeBoost: 0.2,
  otherTypeBoost: 0.1,
  infoBoost: 0.1,
  expansion: DEFAULT_EXPANSION,
  useFocus: true,
  useType: true,
  useSemantic: false,
};

export class MedicalSearchIndex implements SearchIndex {
  protected readonly table = new DocTable();
  protected readonly lexical: Bm25fIndex;
  readonly lexicon = new FocusLexicon();
  /** Learnt from this index's text unless a space is shared in (tuning on a small corpus). */
  readonly space: TermSpace;
  private readonly learnSpace: boolean;
  private readonly expander: QueryExpander;
  private readonly known = (term: string): boolean => this.lexical.docFreq(term) > 0;

  constructor(
    readonly params: MedicalIndexParams = DEFAULT_PARAMS,
    space?: TermSpace,
  ) {
    this.lexical = new Bm25fIndex(params.bm25f);
    this.space = space ?? new TermSpace();
    this.learnSpace = space === undefined;
    this.expander = new QueryExpander(this.space, params.expansion);
  }

  /** Re-reads tunable parameters after the caller changed `params` in place. */
  retune(): void {
    this.lexical.params = this.params.bm25f;
    this.expander.params = this.params.expansion;
  }

  get size(): number {
    return this.lexical.documentCount;
  }

  index(doc: SearchDoc): void {
    if (this.table.number(doc.id) !== undefined) this.remove(doc.id);
    const names = [...doc.focus, ...doc.synonyms];
    const keys: number[] = [];
    for (const name of names) {
      const k = this.lexicon.add(name);
      if (k !== null) keys.push(k);
    }
    const n = this.table.add(doc, keys);
    const fields = [analyze(doc.question), analyze(names.join('\n')), analyze(doc.answer)] as const;
    this.lexical.add(n, fields);
    if (this.learnSpace) for (const f of fields) this.space.learn(f);
    for (const t of fields[0]) this.expander.allow(t);
    for (const t of fields[1]) this.expander.allow(t);
  }

  remove(id: string): void {
    const n = this.table.remove(id);
    if (n !== undefined) this.lexical.remove(n);
  }

  /** Query understanding, plus expansion terms when the semantic stage is on. */
  understand(query: string): UnderstoodQuery & { expansions: string[] } {
    const q = understand(query, this.lexicon, this.known);
    if (!this.params.useSemantic) return { ...q, expansions: [] };
    const added = this.expander.expand(q.terms, (t) => this.lexical.idf(t));
    for (const a of added) q.terms.set(a.term, a.weight);
    return { ...q, expansions: added.map((a) => a.term) };
  }

  search(query: string, opts: SearchOptions): SearchHit[] {
    const offset = Math.max(0, Math.floor(opts.offset ?? 0));
    const limit = Math.max(0, Math.floor(opts.limit));
    if (limit === 0) return [];
    const q = this.understand(query);
    const top = this.rank(q, offset + limit, (n) => this.table.matches(n, opts.filter));
    return top.slice(offset).map((h) => ({ id: this.table.ids[h.doc] ?? '', score: h.score }));
  }

  similar(id: string, limit: number): SearchHit[] {
    const n = this.table.number(id);
    const text = n === undefined ? null : this.table.selfQuery[n];
    if (n === undefined || !text) return [];
    const q = this.understand(text);
    const top = this.rank(q, limit, (d) => d !== n && this.table.matches(d, undefined));
    return top.map((h) => ({ id: this.table.ids[h.doc] ?? '', score: h.score }));
  }

  explain(query: string, id: string): Explanation {
    const q = this.understand(query);
    const n = this.table.number(id);
    const parts = n === undefined ? [] : this.components(q, n);
    return {
      id,
      score: parts.reduce((s, p) => s + p.score, 0),
      query: { terms: [...q.terms.keys()], foci: q.foci.map((f) => f.phrase), types: q.types, expansions: q.expansions },
      parts,
    };
  }

  /** Candidates are the documents sharing a term with the query; boosts only re-order them. */
  protected rank(q: UnderstoodQuery, k: number, accept: (n: number) => boolean): { doc: number; score: number }[] {
    const { docs, count, acc } = this.lexical.score(q.terms);
    let max = 0;
    for (let i = 0; i < count; i++) max = Math.max(max, acc[docs[i] ?? 0] ?? 0);
    const focus = new Set(q.foci.map((f) => f.key));
    const heap = new TopK(k);
    for (let i = 0; i < count; i++) {
      const d = docs[i] ?? 0;
      if (!accept(d)) continue;
      heap.push(d, (acc[d] ?? 0) / max + this.boost(q, focus, d));
    }
    this.lexical.clear(docs, count);
    return heap.result();
  }

  private boost(q: UnderstoodQuery, focus: Set<number>, d: number): number {
    const p = this.params;
    let b = 0;
    if (p.useFocus && focus.size > 0) {
      for (const k of this.table.focusKeys[d] ?? []) {
        if (focus.has(k)) {
          b += p.focusBoost;
          break;
        }
      }
    }
    if (p.useType) {
      const t = this.table.docs[d]?.questionType;
      if (t) {
        const at = q.types.indexOf(t);
        if (at === 0) b += p.typeBoost;
        else if (at > 0) b += p.otherTypeBoost;
        else if (q.types.length === 0 && t === 'information') b += p.infoBoost;
      }
    }
    return b;
  }

  private components(q: UnderstoodQuery, n: number): Explanation['parts'] {
    const { docs, count, acc } = this.lexical.score(q.terms);
    let max = 0;
    for (let i = 0; i < count; i++) max = Math.max(max, acc[docs[i] ?? 0] ?? 0);
    const lex = max > 0 ? (acc[n] ?? 0) / max : 0;
    this.lexical.clear(docs, count);
    const matched = [...q.terms.keys()].filter((t) => this.lexical.fieldFreqs(t, n).some((x) => x > 0));
    const boost = this.boost(q, new Set(q.foci.map((f) => f.key)), n);
    return [
      { component: 'bm25f', score: lex, detail: `normalised by the best match; matched terms: ${matched.join(', ') || 'none'}` },
      { component: 'focus+type', score: boost, detail: `foci ${q.foci.map((f) => f.phrase).join('; ') || 'none'}; types ${q.types.join(', ') || 'none'}; doc type ${this.table.docs[n]?.questionType ?? 'none'}` },
    ];
  }
}
