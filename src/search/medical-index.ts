import type { DocTable } from './doc-table.js';
import type { Bm25fIndex } from './lexical/bm25f.js';
import { TopK } from './lexical/top-k.js';
import { type MatchFacts, matchFacts, matchProbability } from './close-match.js';
import { askedTypes, boostOf, focusTypePlan, focusWeights, listPenaltyOf, maxBoostOf, typeWeights } from './boosts.js';
import { aliasTerms, type FocusAliases } from './query/aliases.js';
import { type FocusLexicon, nameTerm } from './query/focus.js';
import { bracketNames } from './query/bracket-names.js';
import { leafletBrands } from './query/brand-names.js';
import { medicineNames } from './query/medicine-forms.js';
import { qualifiedNames } from './query/qualified-names.js';
import { isStreetNameOf } from './query/street-names.js';
import { rewriteLayTerms } from './query/lay-terms.js';
import { dropJudgementTerms } from './query/judgements.js';
import { lowerPersonTerms } from './query/persons.js';
import { asksAboutChild, type PagePopulation, pagePopulation } from './query/population.js';
import { emptyParts, type IndexParts, restoreParts, snapshotOf } from './index-parts.js';
import { DEFAULT_PARAMS, type MedicalIndexParams } from './params.js';
import type { EntailmentReranker } from './rerank/entailment.js';
import { shippedRqeModel } from './rerank/model-file.js';
import type { RqeModel } from './similarity/model.js';
import type { QueryExpander } from './semantic/expander.js';
import type { TermSpace } from './semantic/term-space.js';
import { PrefixCompleter } from './query/complete.js';
import { causeSubjects } from './query/causal.js';
import { eponymShortNames, nameEponyms } from './query/eponyms.js';
import { readMedicineQuestion } from './query/medicine-questions.js';
import { dropEvidenceFoci } from './query/evidence.js';
import { ToldPages } from './query/told-pages.js';
import { dropTypeNamedFoci } from './query/cue-foci.js';
import { type UnderstoodQuery, understand, understandTyping } from './query/understand.js';
import { loadIndexSnapshot, saveIndexSnapshot } from './snapshot/load.js';
import type { IndexSnapshot, SnapshotExpectation, SnapshotMeta } from './snapshot/types.js';
import { analyze, MAX_QUERY_CHARS, stem } from './text/analyze.js';
import type { Explanation, SearchDoc, SearchHit, SearchIndex, SearchOptions } from './types.js';

/** Completions of an unfinished last word taken into the query. */
const COMPLETIONS = 5;

export { DEFAULT_PARAMS, type MedicalIndexParams, type RerankParams } from './params.js';
export type { SnapshotExpectation, SnapshotMeta } from './snapshot/types.js';

/**
 * The SearchIndex askdoc uses: BM25F over question / focus / answer, then query
 * understanding (focus and question type) as additive boosts on the max-normalised lexical
 * score, optionally query expansion from term vectors learnt on the indexed text, and finally
 * a re-rank of the top candidates by question entailment (does the user's question entail the
 * candidate's question, i.e. does an answer to the candidate answer the user?).
 * Normalising first keeps the boosts' meaning the same for a 3-word and a 300-word
 * question. Each stage can be switched off, which is how the benchmark's ablation is made.
 */
export class MedicalSearchIndex implements SearchIndex {
  protected readonly table: DocTable;
  protected readonly lexical: Bm25fIndex;
  readonly lexicon: FocusLexicon;
  private readonly toldPages: ToldPages;
  private readonly aliases: FocusAliases;
  /** Learnt from this index's text unless a space is shared in (tuning on a small corpus). */
  readonly space: TermSpace;
  private readonly learnSpace: boolean;
  private readonly expander: QueryExpander;
  private readonly docFreq = (term: string): number => this.lexical.docFreq(term);
  /** Spelling repair where the words stand, for the everyday-phrase tables (`lay-terms.ts`). */
  private readonly repairSpelling = (text: string): string =>
    this.lexicon.spell.fixInPlace(text, (t) => this.docFreq(t) > 0, (w) => this.docFreq(stem(w)));
  private readonly idf = (term: string): number => this.lexical.idf(term);
  /** Idf of a focus name as if it were a term: the documents about it against all. */
  private readonly nameIdf = (key: number): number => {
    const n = this.table.docsAbout(key);
    return n === 0 ? 0 : Math.log(1 + (this.table.liveCount - n + 0.5) / (n + 0.5));
  };

  /** Analysed terms of a focus name, for `close-match.ts`. */
  private readonly nameTerms = (key: number): string[] => analyze(this.lexicon.phrase(key));

  /** A private copy: tuning changes it in place (then `retune`), never the shared defaults. */
  readonly params: MedicalIndexParams;

  /** Candidate-side entailment analysis; null when the index was built without re-ranking. */
  private readonly reranker: EntailmentReranker | null;
  /** Derived from the vocabulary on first use, so snapshots need not carry it. */
  private readonly completer: PrefixCompleter;
  /** Focus key → whom its name says the page is for; derived, so no snapshot carries it. */
  private readonly pagePopulations = new Map<number, PagePopulation | null>();
  /** The components above, together: what a snapshot saves. */
  private readonly parts: IndexParts;

  /**
   * `rqe` defaults to models/rqe.json, read once per process when `useRerank` is on. `restored`
   * is a snapshot's state (see `loadSnapshot`, which checks it was made with these params and model).
   */
  constructor(params: MedicalIndexParams = DEFAULT_PARAMS, space?: TermSpace, rqe?: RqeModel, restored?: IndexSnapshot) {
    this.params = structuredClone(params);
    params = this.params;
    const model = params.useRerank ? (rqe ?? shippedRqeModel()) : null;
    const parts = restored ? restoreParts(restored, params, model) : emptyParts(params, space, model);
    this.parts = parts;
    this.table = parts.table;
    this.lexical = parts.lexical;
    this.lexicon = parts.lexicon;
    this.aliases = parts.aliases;
    this.toldPages = new ToldPages(this.lexicon, this.aliases);
    this.space = parts.space;
    this.learnSpace = parts.learnSpace;
    this.expander = parts.expander;
    this.reranker = parts.reranker;
    this.completer = new PrefixCompleter(this.lexical);
  }

  /**
   * Writes the whole index to `file` (atomically) with the caller's `meta`. The state is captured
   * synchronously, before the first await: `meta` must describe the index as it is at the call.
   */
  saveSnapshot(file: string, meta: SnapshotMeta): Promise<void> {
    const body = snapshotOf(this.parts);
    return saveIndexSnapshot(file, meta, { params: this.params, model: this.reranker?.model ?? null, documents: this.size, body });
  }

  /**
   * The index saved in `file`, or null — never an error — when the file is missing or damaged, of
   * another format version, or made with other params, another re-rank model or another store.
   */
  static loadSnapshot(file: string, expect: SnapshotExpectation): Promise<{ index: MedicalSearchIndex; meta: SnapshotMeta } | null> {
    return loadIndexSnapshot(file, expect, (body, params, model) => new MedicalSearchIndex(params, undefined, model ?? undefined, body));
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
    // A drug's street names that are everyday words ("junk", "ice") would make it the focus of
    // questions about food or sprains; the query side reads them only when a drug is taken.
    const synonyms = doc.synonyms.filter((s) => !isStreetNameOf(s, doc.focus[0] ?? ''));
    const names = [...doc.focus, ...synonyms];
    const keyOf = (name: string): number[] => {
      const k = this.lexicon.add(name);
      return k === null ? [] : [k];
    };
    const focusKeys = doc.focus.flatMap(keyOf);
    const synonymKeys = synonyms.flatMap(keyOf);
    // A leaflet's plain medicine name is no alias: its words are already in the full name.
    const formKeys = this.params.medicineNames ? doc.focus.flatMap((f) => medicineNames(f, doc.questionType)).flatMap(keyOf) : [];
    const bracketed = this.params.bracketNames ? doc.focus.flatMap((f) => bracketNames(f, doc.questionType)) : [];
    // Names people use that the page's own name hides (`qualified-names.ts`, `eponyms.ts`).
    const shortNames = [
      ...(this.params.qualifiedNames ? doc.focus.flatMap(qualifiedNames) : []),
      ...(this.params.eponyms ? doc.focus.flatMap(eponymShortNames) : []),
    ];
    const extraKeys = [...bracketed, ...shortNames].flatMap(keyOf);
    const keys = [...focusKeys, ...synonymKeys, ...formKeys, ...extraKeys];
    this.lexicon.learnCase(`${doc.question}\n${doc.answer}`);
    const n = this.table.add(doc, keys);
    this.aliases.add(n, focusKeys[0] ?? null, synonymKeys);
    const brands = this.params.leafletBrands ? leafletBrands(doc.focus.flatMap((f) => [f, ...medicineNames(f, doc.questionType)]), doc.questionType) : [];
    const fields = [analyze(doc.question), analyze([...names, ...brands].join('\n')), analyze(doc.answer)] as const;
    const nameTerms = this.params.nameTerms ? [...names, ...bracketed, ...shortNames].flatMap((name) => nameTerm(name) ?? []) : [];
    this.lexical.add(n, nameTerms.length > 0 ? [fields[0], [...fields[1], ...nameTerms], fields[2]] : fields);
    this.reranker?.add(n, doc.question);
    if (this.learnSpace) for (const f of fields) this.space.learn(f);
    for (const t of fields[0]) this.expander.allow(t);
    for (const t of fields[1]) this.expander.allow(t);
  }

  remove(id: string): void {
    const n = this.table.remove(id);
    if (n !== undefined) {
      this.lexical.remove(n);
      this.aliases.remove(n);
      this.reranker?.remove(n);
    }
  }

  /**
   * Query understanding, plus the main names of foci named by a synonym and, when the semantic
   * stage is on, vector-space expansion terms. `typing`: the last word may be unfinished and is
   * completed (`understandTyping`); `text` is what the re-rank reads.
   */
  understand(raw: string, typing = false): UnderstoodQuery & { expansions: string[]; rewrites: string[]; text: string } {
    const cut = raw.length > MAX_QUERY_CHARS ? raw.slice(0, MAX_QUERY_CHARS) : raw;
    // While typing, repair would spell the unfinished last word into another before completion.
    const lay = this.params.useFocus && this.params.useLayTerms ? rewriteLayTerms(cut, typing ? undefined : this.repairSpelling) : { text: cut, rewrites: [] };
    const named = this.params.useFocus && this.params.eponyms ? nameEponyms(lay.text, (p) => this.lexicon.has(p)) : { text: lay.text, rewrites: [] };
    const query = named.text;
    const rewrites = [...lay.rewrites, ...named.rewrites].map((r) => `${r.from} → ${r.to}`);
    let q = typing
      ? understandTyping(query, this.lexicon, this.docFreq, (prefix) => this.completer.complete(prefix, COMPLETIONS))
      : understand(query, this.lexicon, this.docFreq);
    const expansions: string[] = [];
    if (this.params.useFocus) {
      if (this.params.typeNamedFoci) q.foci = dropTypeNamedFoci(q.foci);
      q.foci = dropEvidenceFoci(q.text, q.foci);
      // The pages are named for what "what should I eat" or "he swallowed bleach" does not say: told, to both.
      for (const word of this.toldPages.add(q, this.params, (k) => this.table.isMedicine(k))) {
        for (const t of analyze(word)) q.terms.set(t, (q.terms.get(t) ?? 0) + 1);
        q = { ...q, text: `${q.text}\n${word}` };
      }
      lowerPersonTerms(q, query, this.params.personWeight);
      if (this.params.judgementWords) dropJudgementTerms(q, query);
      if (this.params.childPagePenalty > 0 || this.params.adultPagePenalty > 0) q.aboutChild = asksAboutChild(query);
      // The rules change q in place: read them before copying it.
      const told = readMedicineQuestion(q, this.params, (k) => this.table.isMedicine(k));
      q = { ...q, text: told };
      if (this.params.causeObject) {
        q.notTypeFoci = causeSubjects(q.text, q);
        // Told to the re-rank, as the medicine rules tell it: the cause's symptoms page answers "can it cause this?" as well.
        if (q.notTypeFoci.size > 0) q = { ...q, text: `${q.text}\nsymptoms` };
      }
      if (this.params.nameTerms) {
        for (const f of q.foci) {
          const t = f.namedByStopWord ? nameTerm(f.phrase) : null;
          if (t) q.terms.set(t, (q.terms.get(t) ?? 0) + 1);
        }
      }
      for (const [t, w] of aliasTerms(q, this.aliases, this.lexicon, this.params.aliases)) {
        q.terms.set(t, w);
        expansions.push(t);
      }
    }
    if (!this.params.useSemantic) return { ...q, expansions, rewrites };
    const added = this.expander.expand(q.terms, (t) => this.lexical.idf(t));
    for (const a of added) q.terms.set(a.term, a.weight);
    return { ...q, expansions: [...expansions, ...added.map((a) => a.term)], rewrites };
  }

  search(query: string, opts: SearchOptions): SearchHit[] {
    return this.searchWithFacts(query, opts).map(({ id, score, facts }) => (facts ? { id, score, match: matchProbability(facts) } : { id, score }));
  }

  /**
   * `search`, with the first hit's `MatchFacts` (`close-match.ts`): what its match estimate is
   * computed from, and what `npm run bench:close-match` fits that model on. Only the first hit's:
   * it alone decides the notice. None while typing: suggestions show no notice and run on every
   * keystroke.
   */
  searchWithFacts(query: string, opts: SearchOptions): (SearchHit & { facts: MatchFacts | null })[] {
    const offset = Math.max(0, Math.floor(opts.offset ?? 0));
    const limit = Math.max(0, Math.floor(opts.limit));
    if (limit === 0) return [];
    const q = this.understand(query, opts.typing === true);
    const depth = this.rerankDepth();
    const top = this.rank(q, Math.max(offset + limit, depth), (n) => this.table.matches(n, opts.filter));
    if (depth > 0 && q.text.trim()) this.rerank(q, top, depth);
    return top.slice(offset, offset + limit).map((h, i) => ({
      id: this.table.ids[h.doc] ?? '',
      score: h.score,
      facts: opts.typing || i > 0 ? null : matchFacts(this.lexical, q, h.doc, this.table.focusKeys[h.doc] ?? null, h.score, this.nameTerms),
    }));
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
      const p = inTop ? this.entailment(q, n, this.reranker.prepare(this.rerankText(q.text))) : 0;
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
      query: { terms: [...q.terms.keys()], foci: q.foci.map((f) => f.phrase), types: q.types, expansions: q.expansions, rewrites: q.rewrites },
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
  private rerank(q: UnderstoodQuery & { text: string }, top: { doc: number; score: number }[], depth: number): void {
    if (!this.reranker || top.length === 0) return;
    const ctx = this.reranker.prepare(this.rerankText(q.text));
    const w = this.params.rerank.weight;
    const head = top.slice(0, depth);
    for (const h of head) h.score += w * this.entailment(q, h.doc, ctx);
    head.sort((a, b) => b.score - a.score || a.doc - b.doc);
    for (let i = 0; i < head.length; i++) top[i] = head[i] ?? top[i] ?? { doc: 0, score: 0 };
  }

  /**
   * P(query entails the question of `d`), or 0 for a page written for another population: "What
   * are the complications of high blood pressure?" reads as entailing "… of High blood pressure -
   * infants", since the model sees no population, but a question about nobody in particular is
   * not asking about infants. The population penalty alone was outweighed by it.
   */
  private entailment(q: UnderstoodQuery, d: number, ctx: { score(doc: number): number }): number {
    return this.populationPenalty(q, d) > 0 ? 0 : ctx.score(d);
  }

  /** Candidates are the documents sharing a term with the query; boosts only re-order them. */
  protected rank(q: UnderstoodQuery, k: number, accept: (n: number) => boolean): { doc: number; score: number }[] {
    const { docs, count, acc } = this.lexical.score(q.terms);
    let max = 0;
    for (let i = 0; i < count; i++) max = Math.max(max, acc[docs[i] ?? 0] ?? 0);
    const focus = this.params.useFocus ? focusWeights(q, this.params, this.idf, this.nameIdf) : new Map<number, number>();
    const types = typeWeights(q, this.params, this.table.typeCodes);
    const asked = askedTypes(q, this.params, this.table.typeCodes);
    const plan = focusTypePlan(q, this.params, focus, this.table.typeCodes);
    const maxBoost = maxBoostOf(this.params, focus, types);
    const heap = new TopK(k);
    const inv = 1 / max;
    for (let i = 0; i < count; i++) {
      const d = docs[i] ?? 0;
      const lex = (acc[d] ?? 0) * inv;
      // Most candidates share one common word with the query: skip them before any lookup.
      if (lex + maxBoost < heap.floor || !accept(d)) continue;
      heap.push(d, lex + boostOf(this.table, this.params, focus, types, asked, d, plan) - this.populationPenalty(q, d));
    }
    this.lexical.clear(docs, count);
    return heap.result();
  }

  /** A page for children when nobody or an adult is asked about, for adults when a child is (`query/population.ts`). */
  private populationPenalty(q: UnderstoodQuery, d: number): number {
    if (q.aboutChild === undefined) return 0;
    const page = this.pageFor(d);
    if (page === 'child' && !q.aboutChild) return this.params.childPagePenalty;
    return page === 'adult' && q.aboutChild ? this.params.adultPagePenalty : 0;
  }

  /** Whom document `d`'s main focus name says it is written for. */
  private pageFor(d: number): PagePopulation | null {
    const key = this.table.focusKeys[d]?.[0];
    if (key === undefined) return null;
    let page = this.pagePopulations.get(key);
    if (page === undefined) {
      page = pagePopulation(this.lexicon.phrase(key));
      this.pagePopulations.set(key, page);
    }
    return page;
  }

  private components(q: UnderstoodQuery, n: number): Explanation['parts'] {
    const { docs, count, acc } = this.lexical.score(q.terms);
    let max = 0;
    for (let i = 0; i < count; i++) max = Math.max(max, acc[docs[i] ?? 0] ?? 0);
    const lex = max > 0 ? (acc[n] ?? 0) / max : 0;
    this.lexical.clear(docs, count);
    const matched = [...q.terms.keys()].filter((t) => this.lexical.fieldFreqs(t, n).some((x) => x > 0));
    const focus = this.params.useFocus ? focusWeights(q, this.params, this.idf, this.nameIdf) : new Map<number, number>();
    const types = typeWeights(q, this.params, this.table.typeCodes);
    const penalty = listPenaltyOf(this.table, this.params, n);
    const boost = boostOf(this.table, this.params, focus, types, askedTypes(q, this.params, this.table.typeCodes), n, focusTypePlan(q, this.params, focus, this.table.typeCodes)) + penalty;
    return [
      { component: 'bm25f', score: lex, detail: `normalised by the best match; matched terms: ${matched.join(', ') || 'none'}` },
      { component: 'focus+type', score: boost, detail: `foci ${q.foci.map((f) => f.phrase).join('; ') || 'none'}; types ${q.types.join(', ') || 'none'}; doc type ${this.table.docs[n]?.questionType ?? 'none'}` },
      { component: 'list', score: penalty > 0 ? -penalty : 0, detail: `answer is ${Math.round(((this.table.prose[n] ?? 255) / 255) * 100)}% prose; ${this.params.listPenalty} × the rest` },
      { component: 'population', score: -this.populationPenalty(q, n), detail: `question ${q.aboutChild ? 'speaks of a child' : 'speaks of no child'}; page for ${this.pageFor(n) ?? 'anyone'}` },
    ];
  }
}
