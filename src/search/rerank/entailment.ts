/**
 * Question-entailment re-ranking at search speed. `RqeModel.score(a, b)` analyses both texts and
 * compares every word pair through 100-d vectors: about 1 ms a pair. Here the same features are
 * split by side:
 *  - candidate side, once at index time: the MedQuAD question's stems, distinct stems, focus and
 *    question-form words as ids into a word table (with each word's vector row and IDF), and its
 *    question types as a bit mask;
 *  - query side, once per query: the consumer question's analysis, and — lazily, once per
 *    distinct candidate word — that word's cosine to every query word, its best cosine to the
 *    query and to its opening, and its fuzzy (misspelling) matches;
 *  - per pair, only sums and maxima over those cached numbers: a few microseconds.
 * The result is the model's own probability (the test checks it against `RqeModel.score`), so
 * `models/rqe.json` is used as trained.
 */

import { FEATURE_NAMES, analyse, analyseFaq, columnsOf } from '../similarity/features.js';
import type { RqeModel } from '../similarity/model.js';
import { QTYPES } from '../similarity/qtype.js';
import { editDistance } from '../similarity/text.js';
import { cosine, type WordVectors } from '../similarity/vectors.js';

/** pairFeatures' column order; checked against the feature code at load so the two cannot drift. */
const ORDER = [
  'jaccard', 'covFaq', 'covChq', 'focusExact', 'focusFuzzy', 'focusSoft', 'focusEarly', 'concernCov', 'focusMissing',
  'typeMatch', 'typeShare', 'typeMismatch', 'faqGeneric', 'genericInfo', 'chqUntyped', 'typeSoft', 'faqTreat',
  'untypedXtreat', 'cosMean', 'alignFaq', 'alignChq', 'logLenChq', 'logLenFaq', 'focusXmatch', 'focusXgeneric',
  'focusXmismatch', 'softXmatch',
] as const;
if (ORDER.join(',') !== FEATURE_NAMES.join(',')) throw new Error('rerank/entailment.ts is out of step with similarity/features.ts');

const TYPE_BIT = new Map<string, number>(QTYPES.map((t, i) => [t, 1 << i]));
const TREATMENT = TYPE_BIT.get('treatment') ?? 0;
const HEADER = 6; // [types mask, info, #stems, #distinct stems, #focus, #form]
/** alignChq looks at the first 60 query stems (as pairFeatures does). */
const ALIGN_STEMS = 60;
const COS_SCALE = 1 / (127 * 127);

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

function maskOf(types: Iterable<string>): number {
  let m = 0;
  for (const t of types) m |= TYPE_BIT.get(t) ?? 0;
  return m;
}

/** Words seen in candidate questions: id → text, vector row (-1 = unknown to the model), IDF. */
class WordTable {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  readonly rows: number[] = [];
  readonly idf: number[] = [];

  constructor(private readonly model: RqeModel) {}

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.rows.push(this.model.vectors.rowOf(word));
      this.idf.push(this.model.vectors.idf(word));
    }
    return id;
  }

  lookup(word: string): number | undefined {
    return this.ids.get(word);
  }
}

/** Candidate-side analysis of every indexed question, by dense document number. */
export class EntailmentReranker {
  readonly table: WordTable;
  private readonly packed: (Int32Array | null)[] = [];
  private readonly coefficients: { mean: number[]; scale: number[]; weights: number[]; bias: number };
  /** Feature index (in ORDER) of each model column. */
  private readonly columns: number[];

  constructor(readonly model: RqeModel) {
    this.table = new WordTable(model);
    this.columns = columnsOf(model.groups);
    if (this.columns.length !== model.logistic.weights.length) throw new Error('model weights do not match its feature groups');
    this.coefficients = model.logistic;
  }

  /** Analyses a candidate question as the FAQ side of a pair; replaces what `n` held. */
  add(n: number, question: string): void {
    const a = analyseFaq(question);
    const ids = (ws: Iterable<string>): number[] => [...ws].map((w) => this.table.id(w));
    const stems = ids(a.stems);
    const set = ids(a.set);
    const focus = ids(a.focus);
    const form = ids(a.form);
    const p = new Int32Array(HEADER + stems.length + set.length + focus.length + form.length);
    p[0] = maskOf(a.types.types);
    p[1] = a.types.info ? 1 : 0;
    p[2] = stems.length;
    p[3] = set.length;
    p[4] = focus.length;
    p[5] = form.length;
    p.set([...stems, ...set, ...focus, ...form], HEADER);
    while (this.packed.length <= n) this.packed.push(null);
    this.packed[n] = p;
  }

  remove(n: number): void {
    if (n < this.packed.length) this.packed[n] = null;
  }

  has(n: number): boolean {
    return (this.packed[n] ?? null) !== null;
  }

  /** Per-query state; score candidates of this query through it. */
  prepare(query: string): RerankQuery {
    return new RerankQuery(this, query);
  }

  /** @internal */
  candidate(n: number): Int32Array | null {
    return this.packed[n] ?? null;
  }

  /** @internal the model's probability from a full feature row (ORDER). */
  predict(x: Float64Array): number {
    const m = this.coefficients;
    let z = m.bias;
    for (let j = 0; j < m.weights.length; j++) {
      z += (m.weights[j] ?? 0) * (((x[this.columns[j] ?? 0] ?? 0) - (m.mean[j] ?? 0)) / (m.scale[j] ?? 1));
    }
    return 1 / (1 + Math.exp(-z));
  }
}

export class RerankQuery {
  private readonly vectors: WordVectors;
  private readonly table: WordTable;
  private readonly dims: number;
  /** Distinct query words (its stems, then opening words not among them). */
  private readonly u: number;
  private readonly qText: string[];
  private readonly qId: Int32Array;
  private readonly qRow: Int32Array;
  private readonly qIdf: Float64Array;
  /** Query vectors as float64 copies of the int8 rows (zeros for unknown words). */
  private readonly qMat: Float64Array;
  private readonly setIdx: Int32Array;
  private readonly earlyIdx: Int32Array;
  private readonly alignIdx: Int32Array;
  private readonly setIdfSum: number;
  private readonly set: Set<string>;
  private readonly early: Set<string>;
  private readonly typesMask: number;
  private readonly typesSize: number;
  private readonly info: boolean;
  private readonly stemCount: number;
  private readonly mean: Float64Array;
  private readonly inSetById = new Map<number, number>();

  // Per distinct candidate word ("slot"): cosines to the query words and what follows from them.
  private readonly slotOf = new Map<number, number>();
  private cos = new Float64Array(0);
  private readonly maxSet: number[] = [];
  private readonly maxEarly: number[] = [];
  private readonly fuzzySet: number[] = [];
  private readonly fuzzyEarly: number[] = [];
  private readonly inSet: number[] = [];

  private readonly x = new Float64Array(ORDER.length);
  private readonly bMean: Float64Array;
  private readonly best: Float64Array;

  constructor(private readonly reranker: EntailmentReranker, query: string) {
    const model = reranker.model;
    this.vectors = model.vectors;
    this.table = reranker.table;
    this.dims = model.vectors.dims;
    const a = analyse(query, model.vectors, false);
    const index = new Map<string, number>();
    const words: string[] = [];
    for (const w of [...a.set, ...a.early]) if (!index.has(w)) index.set(w, words.push(w) - 1);
    this.u = words.length;
    this.qText = words;
    this.qId = Int32Array.from(words, (w) => this.table.lookup(w) ?? -1);
    this.qRow = Int32Array.from(words, (w) => this.vectors.rowOf(w));
    this.qIdf = Float64Array.from(words, (w) => this.vectors.idf(w));
    const d = this.dims;
    const data = this.vectors.rows;
    this.qMat = new Float64Array(this.u * d);
    for (let i = 0; i < this.u; i++) {
      const r = this.qRow[i] ?? -1;
      if (r >= 0) for (let k = 0; k < d; k++) this.qMat[i * d + k] = data[r * d + k] ?? 0;
    }
    this.setIdx = Int32Array.from(a.set, (w) => index.get(w) ?? 0);
    this.earlyIdx = Int32Array.from(a.early, (w) => index.get(w) ?? 0);
    this.alignIdx = Int32Array.from(a.stems.slice(0, ALIGN_STEMS), (w) => index.get(w) ?? 0);
    let s = 0;
    for (const i of this.setIdx) s += this.qIdf[i] ?? 0;
    this.setIdfSum = s;
    for (const i of this.setIdx) {
      const id = this.qId[i] ?? -1;
      if (id >= 0) this.inSetById.set(id, i);
    }
    this.set = a.set;
    this.early = a.early;
    this.typesMask = maskOf(a.types.types);
    this.typesSize = a.types.types.size;
    this.info = a.types.info;
    this.stemCount = a.stems.length;
    this.mean = a.mean;
    this.bMean = new Float64Array(d);
    this.best = new Float64Array(this.u);
  }

  /** Cache slot of a candidate word: its cosine to every query word, computed on first use. */
  private slot(id: number): number {
    let s = this.slotOf.get(id);
    if (s !== undefined) return s;
    s = this.maxSet.length;
    this.slotOf.set(id, s);
    const u = this.u;
    if (this.cos.length < (s + 1) * u) {
      const grown = new Float64Array(Math.max(64 * u, this.cos.length * 2, (s + 1) * u));
      grown.set(this.cos);
      this.cos = grown;
    }
    const cos = this.cos;
    const base = s * u;
    const r = this.table.rows[id] ?? -1;
    const d = this.dims;
    const data = this.vectors.rows;
    const q = this.qMat;
    for (let i = 0; i < u; i++) {
      let c = 0;
      if (this.qId[i] === id) c = 1;
      else if (r >= 0 && (this.qRow[i] ?? -1) >= 0) {
        let dot = 0;
        const qo = i * d;
        const wo = r * d;
        for (let k = 0; k < d; k++) dot += (q[qo + k] ?? 0) * (data[wo + k] ?? 0);
        c = dot * COS_SCALE;
      }
      cos[base + i] = c;
    }
    let ms = 0;
    for (const i of this.setIdx) ms = Math.max(ms, cos[base + i] ?? 0);
    let me = 0;
    for (const i of this.earlyIdx) me = Math.max(me, cos[base + i] ?? 0);
    this.maxSet.push(ms);
    this.maxEarly.push(me);
    this.fuzzySet.push(-1);
    this.fuzzyEarly.push(-1);
    this.inSet.push(this.inSetById.has(id) ? 1 : 0);
    return s;
  }

  /** fuzzyIn of features.ts: exact, or one/two edits from a query word with the same first letter. */
  private fuzzy(id: number, s: number, early: boolean): number {
    const memo = early ? this.fuzzyEarly : this.fuzzySet;
    const known = memo[s] ?? -1;
    if (known >= 0) return known;
    const word = this.table.words[id] ?? '';
    const set = early ? this.early : this.set;
    let hit = set.has(word);
    if (!hit && word.length >= 6) {
      const max = word.length >= 9 ? 2 : 1;
      for (const w of set) {
        if (w[0] === word[0] && editDistance(word, w, max) <= max) {
          hit = true;
          break;
        }
      }
    }
    memo[s] = hit ? 1 : 0;
    return memo[s] ?? 0;
  }

  /** P(the query entails the indexed question of document n); 0 for a document not analysed. */
  score(n: number): number {
    const p = this.reranker.candidate(n);
    if (!p) return 0;
    const idf = this.table.idf;
    const u = this.u;
    const mask = p[0] ?? 0;
    const faqInfo = (p[1] ?? 0) === 1;
    const nS = p[2] ?? 0;
    const nB = p[3] ?? 0;
    const nF = p[4] ?? 0;
    const nM = p[5] ?? 0;
    const oS = HEADER;
    const oB = oS + nS;
    const oF = oB + nB;
    const oM = oF + nF;
    const id = (k: number): number => p[k] ?? 0;

    // overlap
    let inter = 0;
    let covFaqNum = 0;
    let covFaqDen = 0;
    let covChqNum = 0;
    for (let k = oB; k < oF; k++) {
      const w = id(k);
      const s = this.slot(w);
      const wi = idf[w] ?? 0;
      covFaqDen += wi;
      if (this.inSet[s] === 1) {
        inter++;
        covFaqNum += wi;
        covChqNum += this.qIdf[this.inSetById.get(w) ?? 0] ?? 0;
      }
    }
    const union = this.setIdx.length + nB - inter;
    const jaccard = union ? inter / union : 0;
    const covFaq = covFaqDen ? covFaqNum / covFaqDen : 0;
    const covChq = this.setIdfSum ? covChqNum / this.setIdfSum : 0;

    // focus
    let fDen = 0;
    let fExact = 0;
    let fFuzzy = 0;
    let fSoft = 0;
    let fEarly = 0;
    for (let k = oF; k < oM; k++) {
      const w = id(k);
      const s = this.slot(w);
      const wi = idf[w] ?? 0;
      fDen += wi;
      if (this.inSet[s] === 1) fExact += wi;
      if (this.fuzzy(w, s, false) === 1) fFuzzy += wi;
      fSoft += wi * (this.maxSet[s] ?? 0);
      fEarly += wi * (this.fuzzy(w, s, true) === 1 ? 1 : (this.maxEarly[s] ?? 0) * 0.8);
    }
    const focusMissing = nF === 0 ? 1 : 0;
    const focusExact = fDen ? fExact / fDen : 0;
    const focusFuzzy = fDen ? fFuzzy / fDen : 0;
    const focusSoft = fDen ? fSoft / fDen : 0;
    const focusEarly = fDen ? fEarly / fDen : 0;
    // concernCov: each opening query word's best cosine to the candidate's focus (or all its words).
    const [cFrom, cTo] = nF > 0 ? [oF, oM] : [oB, oF];
    const best = this.best;
    for (const i of this.earlyIdx) best[i] = 0;
    for (let k = cFrom; k < cTo; k++) {
      const base = this.slot(id(k)) * u;
      for (const i of this.earlyIdx) {
        const c = this.cos[base + i] ?? 0;
        if (c > (best[i] ?? 0)) best[i] = c;
      }
    }
    let ccNum = 0;
    let ccDen = 0;
    for (const i of this.earlyIdx) {
      const wi = this.qIdf[i] ?? 0;
      ccNum += wi * (best[i] ?? 0);
      ccDen += wi;
    }
    const concernCov = ccDen ? ccNum / ccDen : 0;

    // type
    const shared = popcount(mask & this.typesMask);
    const typeMatch = shared > 0 ? 1 : 0;
    const typeShare = this.typesSize ? shared / this.typesSize : 0;
    const faqGeneric = faqInfo ? 1 : 0;
    const typeMismatch = !faqGeneric && !typeMatch ? 1 : 0;
    const chqUntyped = this.typesSize === 0 ? 1 : 0;
    const genericInfo = faqGeneric && (this.info || chqUntyped) ? 1 : 0;
    const faqTreat = mask & TREATMENT ? 1 : 0;
    const untypedXtreat = chqUntyped * faqTreat;
    let mNum = 0;
    let mDen = 0;
    for (let k = oM; k < oM + nM; k++) {
      const w = id(k);
      const wi = idf[w] ?? 0;
      mNum += wi * (this.maxSet[this.slot(w)] ?? 0);
      mDen += wi;
    }
    const typeSoft = nM ? (mDen ? mNum / mDen : 0) : 0;

    // semantic
    const d = this.dims;
    const data = this.vectors.rows;
    const bMean = this.bMean;
    bMean.fill(0);
    let aNum = 0;
    let aDen = 0;
    for (let k = oS; k < oB; k++) {
      const w = id(k);
      const wi = idf[w] ?? 0;
      aNum += wi * (this.maxSet[this.slot(w)] ?? 0);
      aDen += wi;
      const r = this.table.rows[w] ?? -1;
      if (r >= 0) for (let j = 0; j < d; j++) bMean[j] = (bMean[j] ?? 0) + wi * (data[r * d + j] ?? 0);
    }
    const cosMean = cosine(this.mean, bMean);
    const alignFaq = aDen ? aNum / aDen : 0;
    for (const i of this.alignIdx) best[i] = 0;
    for (let k = oB; k < oF; k++) {
      const base = this.slot(id(k)) * u;
      for (const i of this.alignIdx) {
        const c = this.cos[base + i] ?? 0;
        if (c > (best[i] ?? 0)) best[i] = c;
      }
    }
    let alNum = 0;
    let alDen = 0;
    for (const i of this.alignIdx) {
      const wi = this.qIdf[i] ?? 0;
      alNum += wi * (best[i] ?? 0);
      alDen += wi;
    }
    const alignChq = alDen ? alNum / alDen : 0;

    const x = this.x;
    x.set([
      jaccard, covFaq, covChq, focusExact, focusFuzzy, focusSoft, focusEarly, concernCov, focusMissing,
      typeMatch, typeShare, typeMismatch, faqGeneric, genericInfo, chqUntyped, typeSoft, faqTreat, untypedXtreat,
      cosMean, alignFaq, alignChq, Math.log1p(this.stemCount), Math.log1p(nS),
      focusFuzzy * typeMatch, focusFuzzy * genericInfo, focusFuzzy * typeMismatch, focusSoft * typeMatch,
    ]);
    return this.reranker.predict(x);
  }

  /** Distinct query words the scorer compares against (for explanations). */
  get words(): readonly string[] {
    return this.qText;
  }
}
