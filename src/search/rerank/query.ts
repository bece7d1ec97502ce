import { cosine } from '../similarity/vectors.js';
import { HEADER, ORDER, popcount, TREATMENT } from './layout.js';
import { QueryCache } from './query-cache.js';

/** Per-query state of the re-rank; each (query, candidate) pair costs only sums and maxima over the cache. */
export class RerankQuery extends QueryCache {
  private readonly x = new Float64Array(ORDER.length);
  private readonly bMean = new Float64Array(this.dims);
  private readonly best = new Float64Array(this.u);

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