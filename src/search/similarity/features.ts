/**
 * Feature extraction for a (consumer question A, FAQ B) pair. Four groups, so that ablations can
 * switch whole groups off and the model cannot lean on one cue alone:
 *  - overlap:  plain lexical overlap (the baseline; separates random negatives, nothing more);
 *  - focus:    is the FAQ's focus (its words once the question form is removed) the CHQ's concern,
 *              matched exactly, fuzzily (misspellings) or softly through MedQuAD word vectors;
 *  - type:     does the FAQ's question type belong to what the CHQ asks; is the FAQ the generic
 *              "What is X?" form, which answers only an information request;
 *  - semantic: vector similarity of the whole questions (IDF-weighted means, soft alignment).
 * Interactions (focus × type) are explicit because the model is linear and entailment needs both.
 */

import { TYPE_WORDS, askedTypes, faqTypes, questionTypes } from './qtype.js';
import { contentStems, editDistance, isStopword, sentences, stem, words } from './text.js';
import { WordVectors, cosine } from './vectors.js';

export const FEATURE_GROUPS = {
  overlap: ['jaccard', 'covFaq', 'covChq'],
  focus: ['focusExact', 'focusFuzzy', 'focusSoft', 'focusEarly', 'concernCov', 'focusMissing'],
  type: ['typeMatch', 'typeShare', 'typeMismatch', 'faqGeneric', 'genericInfo', 'chqUntyped', 'typeSoft', 'faqTreat', 'untypedXtreat'],
  semantic: ['cosMean', 'alignFaq', 'alignChq'],
  shape: ['logLenChq', 'logLenFaq'],
  interaction: ['focusXmatch', 'focusXgeneric', 'focusXmismatch', 'softXmatch'],
} as const;
export type FeatureGroup = keyof typeof FEATURE_GROUPS;
export const FEATURE_NAMES: readonly string[] = Object.values(FEATURE_GROUPS).flat();

/** Precomputed per-text analysis, so the same CHQ paired with many FAQs is analysed once. */
export interface Analysed {
  stems: string[];
  set: Set<string>;
  early: Set<string>;
  types: ReturnType<typeof questionTypes>;
  focus: string[];
  /** Non-focus content stems (the question-form words), for the soft type similarity. */
  form: string[];
  mean: Float64Array;
}

const typeWordCache = new Map<string, boolean>();

/** Runs ~16 regular expressions on a single word, so answers are memoised (bounded). */
function isTypeWord(raw: string): boolean {
  let hit = typeWordCache.get(raw);
  if (hit === undefined) {
    hit = TYPE_WORDS.has(raw) || TYPE_WORDS.has(stem(raw)) || questionTypes(raw).types.size > 0;
    if (typeWordCache.size >= 200_000) typeWordCache.clear();
    typeWordCache.set(raw, hit);
  }
  return hit;
}

/** What pairFeatures reads of the FAQ side (B): no opening words, no mean vector. */
export type AnalysedFaq = Pick<Analysed, 'stems' | 'set' | 'types' | 'focus' | 'form'>;

function focusAndForm(text: string, asFaq: boolean): { focus: string[]; form: string[] } {
  // An FAQ written "… [ Fibromyalgia ]" states its focus in brackets; otherwise the focus is
  // whatever is left once type words are removed.
  const bracket = /\[([^\]]+)\]/.exec(text);
  const focusSource = asFaq && bracket?.[1] ? bracket[1] : text;
  const focus: string[] = [];
  const form: string[] = [];
  for (const w of words(focusSource)) {
    // A token of words() is its own only word, so contentStems(w) is empty exactly for stopwords.
    if (w.length < 3 || isStopword(w)) continue;
    (isTypeWord(w) ? form : focus).push(stem(w));
  }
  return { focus: [...new Set(focus)], form: [...new Set(form)] };
}

/** The FAQ-side part of `analyse(text, vectors, true)`, for index-time analysis of many questions. */
export function analyseFaq(text: string): AnalysedFaq {
  const stems = contentStems(text);
  return { stems, set: new Set(stems), types: faqTypes(text), ...focusAndForm(text, true) };
}

export function analyse(text: string, vectors: WordVectors, asFaq: boolean): Analysed {
  const stems = contentStems(text);
  // The consumer's subject line and first sentence carry the main concern ("lupus. Hi, I want…").
  const early = new Set(contentStems(sentences(text).slice(0, 2).join(' ')).slice(0, 20));
  return {
    stems,
    set: new Set(stems),
    early,
    types: asFaq ? faqTypes(text) : askedTypes(text),
    ...focusAndForm(text, asFaq),
    mean: vectors.mean(stems),
  };
}

/** Exact or misspelling-tolerant match ("fibromalgia" ~ "fibromyalgia") of a stem in a set. */
function fuzzyIn(word: string, set: Set<string>): boolean {
  if (set.has(word)) return true;
  if (word.length < 6) return false;
  const max = word.length >= 9 ? 2 : 1;
  for (const w of set) if (w[0] === word[0] && editDistance(word, w, max) <= max) return true;
  return false;
}

function bestCos(word: string, others: Iterable<string>, v: WordVectors): number {
  let best = 0;
  for (const o of others) best = Math.max(best, v.cos(word, o));
  return best;
}

/** IDF-weighted mean of f(word) over `ws` (0 for an empty list). */
function weighted(ws: readonly string[], v: WordVectors, f: (w: string) => number): number {
  let num = 0;
  let den = 0;
  for (const w of ws) {
    const idf = v.idf(w);
    num += idf * f(w);
    den += idf;
  }
  return den ? num / den : 0;
}

export function pairFeatures(a: Analysed, b: Analysed, v: WordVectors): number[] {
  // overlap
  let inter = 0;
  for (const w of b.set) if (a.set.has(w)) inter++;
  const union = a.set.size + b.set.size - inter;
  const jaccard = union ? inter / union : 0;
  const covFaq = weighted([...b.set], v, (w) => (a.set.has(w) ? 1 : 0));
  const covChq = weighted([...a.set], v, (w) => (b.set.has(w) ? 1 : 0));

  // focus
  const focusMissing = b.focus.length === 0 ? 1 : 0;
  const focusExact = weighted(b.focus, v, (w) => (a.set.has(w) ? 1 : 0));
  const focusFuzzy = weighted(b.focus, v, (w) => (fuzzyIn(w, a.set) ? 1 : 0));
  const focusSoft = weighted(b.focus, v, (w) => Math.max(0, bestCos(w, a.set, v)));
  const focusEarly = weighted(b.focus, v, (w) => (fuzzyIn(w, a.early) ? 1 : Math.max(0, bestCos(w, a.early, v)) * 0.8));
  // The CHQ's main concern (its early content words) covered by the FAQ's focus: penalises an FAQ
  // about one of several side topics the consumer merely mentions.
  const focusSet = new Set(b.focus.length ? b.focus : b.stems);
  const concernCov = weighted([...a.early], v, (w) => Math.max(0, bestCos(w, focusSet, v)));

  // type
  let shared = 0;
  for (const t of b.types.types) if (a.types.types.has(t)) shared++;
  const typeMatch = shared > 0 ? 1 : 0;
  const typeShare = a.types.types.size ? shared / a.types.types.size : 0;
  const faqGeneric = b.types.info ? 1 : 0;
  const typeMismatch = !faqGeneric && !typeMatch ? 1 : 0;
  const chqUntyped = a.types.types.size === 0 ? 1 : 0;
  const genericInfo = faqGeneric && (a.types.info || chqUntyped) ? 1 : 0;
  // Learned, not listed: how close the FAQ's question-form words are to any CHQ word
  // ("treated" vs "therapy", "outlook" vs "recover").
  // Consumers who only describe a problem ("I have X, what now") mostly want to know what to do
  // about it, so a treatment FAQ is the usual answer to an untyped CHQ.
  const faqTreat = b.types.types.has('treatment') ? 1 : 0;
  const untypedXtreat = chqUntyped * faqTreat;
  const typeSoft = b.form.length ? weighted(b.form, v, (w) => Math.max(0, bestCos(w, a.set, v))) : 0;

  // semantic
  const cosMean = cosine(a.mean, b.mean);
  const alignFaq = weighted(b.stems, v, (w) => Math.max(0, bestCos(w, a.set, v)));
  const alignChq = weighted(a.stems.slice(0, 60), v, (w) => Math.max(0, bestCos(w, b.set, v)));

  return [
    jaccard,
    covFaq,
    covChq,
    focusExact,
    focusFuzzy,
    focusSoft,
    focusEarly,
    concernCov,
    focusMissing,
    typeMatch,
    typeShare,
    typeMismatch,
    faqGeneric,
    genericInfo,
    chqUntyped,
    typeSoft,
    faqTreat,
    untypedXtreat,
    cosMean,
    alignFaq,
    alignChq,
    Math.log1p(a.stems.length),
    Math.log1p(b.stems.length),
    focusFuzzy * typeMatch,
    focusFuzzy * genericInfo,
    focusFuzzy * typeMismatch,
    focusSoft * typeMatch,
  ];
}

/** Which feature columns belong to the given groups (for ablations and the model file). */
export function columnsOf(groups: readonly FeatureGroup[]): number[] {
  const names = new Set<string>(groups.flatMap((g) => FEATURE_GROUPS[g]));
  return FEATURE_NAMES.flatMap((n, i) => (names.has(n) ? [i] : []));
}
