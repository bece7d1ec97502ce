import { DocTable } from './doc-table.js';
import { Bm25fIndex, type Bm25fParams, DEFAULT_BM25F } from './lexical/bm25f.js';
import { TopK } from './lexical/top-k.js';
import { FocusLexicon } from './query/focus.js';
import { EntailmentReranker } from './rerank/entailment.js';
import { shippedRqeModel } from './rerank/model-file.js';
import type { RqeModel } from './similarity/model.js';
import { DEFAULT_EXPANSION, type ExpansionParams, QueryExpander } from './semantic/expander.js';
import { TermSpace } from './semantic/term-space.js';
import { type UnderstoodQuery, understand } from './query/understand.js';
import { analyze, MAX_QUERY_CHARS } from './text/analyze.js';
import type { Explanation, SearchDoc, SearchHit, SearchIndex, SearchOptions } from './types.js';

/**
 * The SearchIndex askdoc uses: BM25F over question / focus / answer, then query
 * understanding (focus and question type) as additive boosts on the max-normalised lexical
 * score, optionally query expansion from term vectors learnt on the indexed text, and finally
 * a re-rank of the top candidates by question entailment (does the user's question entail the
 * candidate's question, i.e. does an answer to the candidate answer the user?).
 * Normalising first keeps the boosts' meaning the same for a 3-word and a 300-word
 * question. Each stage can be switched off, which is how the benchmark's ablation is made.
 */
export interface MedicalIndexParams {
  bm25f: Bm25fParams;
  /** Added when a document's focus is one the query names, scaled by the name's specificity… */
  focusBoost: number;
  /** …which is its rarest term's idf over this reference, capped at 1 ("pain" < "noonan"). */
  focusIdfRef: number;
  /** Added when the document's qtype is the first type the query asks for… */
  typeBoost: number;
  /** …and this for the other types it asks for. */
  otherTypeBoost: number;
  /** Added to "information" answers when no type was recognised ("tell me about X"). */
  infoBoost: number;
  /** Added on top when a document has both a focus the query names and the type it asks first. */
  focusTypeBoost: number;
  expansion: ExpansionParams;
  /** Re-rank: the best `depth` candidates get `weight` × P(query entails their question) added. */
  rerank: RerankParams;
  useFocus: boolean;
  useType: boolean;
  useSemantic: boolean;
  /** Needs the candidate analysis made at index time: fixed when the index is constructed. */
  useRerank: boolean;
}

export interface RerankParams {
  depth: number;
  weight: number;
}

/** Tuned by bench/liveqa-tune.ts on MedQuAD hold-out and MEDIQA 2019 (never on LiveQA). */
export const DEFAULT_PARAMS: MedicalIndexParams = {
  bm25f: DEFAULT_BM25F,
  focusBoost: 0.2,
  focusIdfRef: 7,
  typeBoost: 0.05,
  otherTypeBoost: 0,
  infoBoost: 0.05,
  focusTypeBoost: 0.2,
  expansion: { ...DEFAULT_EXPANSION, minCosine: 0.3 },
  rerank: { depth: 10, weight: 0.8 },
  useFocus: true,
  useType: true,
  useSemantic: false,
  useRerank: true,
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

  /** A private copy: tuning changes it in place (then `retune`), never the shared defaults. */
  readonly params: MedicalIndexParams;

  /** Candidate-side entailment analysis; null when the index was built without re-ranking. */
  private readonly reranker: EntailmentReranker | null;

  /** `rqe` defaults to models/rqe.json, read once per process when `useRerank` is on. */
  constructor(params: MedicalIndexParams = DEFAULT_PARAMS, space?: TermSpace, rqe?: RqeModel) {
    this.params = structuredClone(params);
    params = this.params;
    this.reranker = params.useRerank ? new EntailmentReranker(rqe ?? shippedRqeModel()) : null;
    this.lexical = new Bm25fIndex(params.bm25f);
    this.space = space ?? new TermSpace();
    // Learning the space costs build time and memory; only an index that expands pays for it.
    this.learnSpace = space === undefined && params.useSemantic;
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
    this.reranker?.add(n, doc.question);
    if (this.learnSpace) for (const f of fields) this.space.learn(f);
    for (const t of fields[0]) this.expander.allow(t);
    for (const t of fields[1]) this.expander.allow(t);
  }

  remove(id: string): void {
    const n = this.table.remove(id);
    if (n !== undefined) {
      this.lexical.remove(n);
      this.reranker?.remove(n);
    }
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
    const depth = this.rerankDepth();
    const top = this.rank(q, Math.max(offset + limit, depth), (n) => this.table.matches(n, opts.filter));
    if (depth > 0) this.rerank(query, top, depth);
    return top.slice(offset, offset + limit).map((h) => ({ id: this.table.ids[h.doc] ?? '', score: h.score }));
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
    const depth = this.rerankDepth();
    if (n !== undefined && depth > 0 && this.reranker) {
      // Re-ranked only among the query's best `depth` candidates (unfiltered), as in search.
      const inTop = this.rank(q, depth, (d) => this.table.matches(d, undefined)).some((h) => h.doc === n);
      const p = inTop ? this.reranker.prepare(this.rerankText(query)).score(n) : 0;
      parts.push({
        component: 'rqe',
        score: this.params.rerank.weight * p,
        detail: inTop
          ? `${this.params.rerank.weight} × P(query entails "${this.table.docs[n] ? this.questionOf(n) : ''}") = ${this.params.rerank.weight} × ${p.toFixed(3)}`
          : `not among the best ${depth} candidates, which alone are re-ranked`,
      });
    }
    return {
      id,
      score: parts.reduce((s, p) => s + p.score, 0),
      query: { terms: [...q.terms.keys()], foci: q.foci.map((f) => f.phrase), types: q.types, expansions: q.expansions },
      parts,
    };
  }

  /** How many top candidates search re-ranks (0 = no re-rank stage). */
  private rerankDepth(): number {
    const r = this.params.rerank;
    if (!this.reranker || !this.params.useRerank || !(r.weight > 0)) return 0;
    // Capped: the candidate heap is allocated at this size.
    return Math.min(1000, Math.max(0, Math.floor(r.depth)));
  }

  private rerankText(query: string): string {
    return query.length > MAX_QUERY_CHARS ? query.slice(0, MAX_QUERY_CHARS) : query;
  }

  private questionOf(n: number): string {
    const self = this.table.selfQuery[n] ?? '';
    const cut = self.indexOf('\n');
    return cut >= 0 ? self.slice(0, cut) : self;
  }

  /**
   * Adds weight × P(entailment) to the best `depth` hits and re-sorts them. Scores only grow, so
   * the hits below `depth` (kept for paging) stay below every re-ranked one.
   */
  private rerank(query: string, top: { doc: number; score: number }[], depth: number): void {
    if (!this.reranker || top.length === 0) return;
    const ctx = this.reranker.prepare(this.rerankText(query));
    const w = this.params.rerank.weight;
    const head = top.slice(0, depth);
    for (const h of head) h.score += w * ctx.score(h.doc);
    head.sort((a, b) => b.score - a.score || a.doc - b.doc);
    for (let i = 0; i < head.length; i++) top[i] = head[i] ?? top[i] ?? { doc: 0, score: 0 };
  }

  /** Candidates are the documents sharing a term with the query; boosts only re-order them. */
  protected rank(q: UnderstoodQuery, k: number, accept: (n: number) => boolean): { doc: number; score: number }[] {
    const { docs, count, acc } = this.lexical.score(q.terms);
    let max = 0;
    for (let i = 0; i < count; i++) max = Math.max(max, acc[docs[i] ?? 0] ?? 0);
    const focus = this.params.useFocus ? this.focusWeights(q) : new Map<number, number>();
    const types = this.typeWeights(q);
    const asked = this.askedType(q);
    let maxFocus = 0;
    for (const w of focus.values()) maxFocus = Math.max(maxFocus, w);
    let maxType = 0;
    for (const w of types) maxType = Math.max(maxType, w);
    const maxBoost = maxFocus * (this.params.focusBoost + this.params.focusTypeBoost) + maxType;
    const heap = new TopK(k);
    const inv = 1 / max;
    for (let i = 0; i < count; i++) {
      const d = docs[i] ?? 0;
      const lex = (acc[d] ?? 0) * inv;
      // Most candidates share one common word with the query: skip them before any lookup.
      if (lex + maxBoost < heap.floor || !accept(d)) continue;
      heap.push(d, lex + this.boost(focus, types, asked, d));
    }
    this.lexical.clear(docs, count);
    return heap.result();
  }

  /**
   * Focus key → specificity in [0, 1]: the name's rarest term's idf over `focusIdfRef`, so a
   * generic name ("Pain", "Medicines") earns little of the focus boosts.
   */
  private focusWeights(q: UnderstoodQuery): Map<number, number> {
    const out = new Map<number, number>();
    for (const f of q.foci) {
      let idf = 0;
      for (const t of f.terms) idf = Math.max(idf, this.lexical.idf(t));
      const w = Math.min(1, idf / this.params.focusIdfRef);
      out.set(f.key, Math.max(out.get(f.key) ?? 0, w));
    }
    return out;
  }

  /**
   * Code of the type the query asks first ("information" when it names none), for the
   * focus-and-type boost; -1 when type boosts are off or no document has that type.
   */
  private askedType(q: UnderstoodQuery): number {
    if (!this.params.useType || !(this.params.focusTypeBoost > 0)) return -1;
    return this.table.typeCodes.get(q.types[0] ?? 'information') ?? -1;
  }

  /** Boost per question-type code for this query (index = code). */
  private typeWeights(q: UnderstoodQuery): Float64Array {
    const p = this.params;
    const w = new Float64Array(this.table.typeCodes.size);
    if (!p.useType) return w;
    q.types.forEach((t, i) => {
      const c = this.table.typeCodes.get(t);
      if (c !== undefined) w[c] = Math.max(w[c] ?? 0, i === 0 ? p.typeBoost : p.otherTypeBoost);
    });
    const info = this.table.typeCodes.get('information');
    if (q.types.length === 0 && info !== undefined) w[info] = p.infoBoost;
    return w;
  }

  /**
   * Focus boost × specificity, type boost, and — for a document that is both about a named focus
   * and of the asked type, the exact answer a short question wants — the focus-and-type boost.
   */
  private boost(focus: Map<number, number>, types: Float64Array, asked: number, d: number): number {
    const p = this.params;
    let spec = 0;
    if (focus.size > 0) for (const k of this.table.focusKeys[d] ?? []) spec = Math.max(spec, focus.get(k) ?? 0);
    const c = this.table.typeCode[d] ?? -1;
    let b = p.focusBoost * spec;
    if (c >= 0) b += types[c] ?? 0;
    if (c >= 0 && c === asked) b += p.focusTypeBoost * spec;
    return b;
  }

  private components(q: UnderstoodQuery, n: number): Explanation['parts'] {
    const { docs, count, acc } = this.lexical.score(q.terms);
    let max = 0;
    for (let i = 0; i < count; i++) max = Math.max(max, acc[docs[i] ?? 0] ?? 0);
    const lex = max > 0 ? (acc[n] ?? 0) / max : 0;
    this.lexical.clear(docs, count);
    const matched = [...q.terms.keys()].filter((t) => this.lexical.fieldFreqs(t, n).some((x) => x > 0));
    const boost = this.boost(this.params.useFocus ? this.focusWeights(q) : new Map<number, number>(), this.typeWeights(q), this.askedType(q), n);
    return [
      { component: 'bm25f', score: lex, detail: `normalised by the best match; matched terms: ${matched.join(', ') || 'none'}` },
      { component: 'focus+type', score: boost, detail: `foci ${q.foci.map((f) => f.phrase).join('; ') || 'none'}; types ${q.types.join(', ') || 'none'}; doc type ${this.table.docs[n]?.questionType ?? 'none'}` },
    ];
  }
}
