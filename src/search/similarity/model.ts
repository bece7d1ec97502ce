/**
 * The shipped question-entailment model: word vectors + IDF (learned from MedQuAD), a logistic
 * regression over the pair features, which both the search re-rank adds and `askdoc similarity`
 * decides with, and the decision's threshold and margin, picked on the validation set.
 * One JSON file, self-contained, so scoring needs neither the training data nor the network.
 */

import { readFile } from 'node:fs/promises';
import { FEATURE_NAMES, analyse, columnsOf, pairFeatures, type Analysed, type FeatureGroup } from './features.js';
import { fitLogistic, predict, type LogisticModel } from './logistic.js';
import type { LabelledPair } from './synth.js';
import { WordVectors, type VectorsJson } from './vectors.js';

export interface SimilarityModel {
  /** Probability that question A entails question B (an answer to B answers A). */
  score(a: string, b: string): number;
}

export interface ModelJson {
  format: 'askdoc-rqe';
  version: 1;
  /** Names of the feature columns the regression uses, in order (checked at load). */
  features: string[];
  groups: FeatureGroup[];
  /** The regression: the search re-rank adds its probability, `askdoc similarity` decides on it. */
  logistic: LogisticModel;
  /** `entails` when the probability reaches this. */
  threshold: number;
  /**
   * When a file holds several candidates for one question: a pair entails only within this much
   * of its question's best score (decide.ts). Absent or null: every pair is decided on its own.
   */
  margin?: number | null;
  vectors: VectorsJson;
  /** How the file was made (seed, data sizes, accuracies); informational. */
  meta: Record<string, string | number>;
}

export class RqeModel implements SimilarityModel {
  private readonly columns: number[];
  private readonly cache = new Map<string, Analysed>();

  constructor(
    readonly vectors: WordVectors,
    readonly groups: FeatureGroup[],
    readonly logistic: LogisticModel,
    public threshold: number,
    public meta: Record<string, string | number> = {},
    public margin: number | null = null,
  ) {
    this.columns = columnsOf(groups);
  }

  /** Analyses are cached per text: search re-ranking scores one query against many FAQs. */
  private analysed(text: string, asFaq: boolean): Analysed {
    const key = `${asFaq ? 'b' : 'a'}\u0000${text}`;
    let hit = this.cache.get(key);
    if (!hit) {
      if (this.cache.size > 20000) this.cache.clear();
      hit = analyse(text, this.vectors, asFaq);
      this.cache.set(key, hit);
    }
    return hit;
  }

  features(a: string, b: string): number[] {
    const all = pairFeatures(this.analysed(a, false), this.analysed(b, true), this.vectors);
    return this.columns.map((c) => all[c] ?? 0);
  }

  score(a: string, b: string): number {
    return predict(this.logistic, this.features(a, b));
  }

  /** One pair on its own (no margin: that needs the question's other candidates, see decide.ts). */
  entails(a: string, b: string): boolean {
    return this.score(a, b) >= this.threshold;
  }

  toJson(): ModelJson {
    return {
      format: 'askdoc-rqe',
      version: 1,
      features: this.columns.map((c) => FEATURE_NAMES[c] ?? '?'),
      groups: this.groups,
      logistic: this.logistic,
      threshold: this.threshold,
      ...(this.margin === null ? {} : { margin: this.margin }),
      vectors: this.vectors.toJson(),
      meta: this.meta,
    };
  }
}

export function modelFromJson(json: ModelJson): RqeModel {
  if (json.format !== 'askdoc-rqe' || json.version !== 1) throw new Error('not an askdoc RQE model file (format/version)');
  const model = new RqeModel(WordVectors.fromJson(json.vectors), json.groups, json.logistic, json.threshold, json.meta, json.margin ?? null);
  const expected = model.toJson().features;
  if (expected.join(',') !== json.features.join(',')) {
    throw new Error(`model features [${json.features.join(', ')}] do not match this code's [${expected.join(', ')}]`);
  }
  if (json.logistic.weights.length !== expected.length) throw new Error(`model logistic has ${json.logistic.weights.length} weights for ${expected.length} features`);
  return model;
}

export async function loadModel(path: string): Promise<RqeModel> {
  return modelFromJson(JSON.parse(await readFile(path, 'utf8')) as ModelJson);
}

export interface WeightedPair extends LabelledPair {
  weight: number;
}

export interface TrainOptions {
  vectors: WordVectors;
  groups: FeatureGroup[];
  l2: number;
}

/** Fits the regression on weighted labelled pairs; the threshold starts at 0.5 (callers tune it). */
export function trainModel(pairs: readonly WeightedPair[], opts: TrainOptions): RqeModel {
  const probe = new RqeModel(opts.vectors, opts.groups, { mean: [], scale: [], weights: [], bias: 0 }, 0.5);
  const xs = pairs.map((p) => probe.features(p.chq, p.faq));
  return trainOnFeatures(xs, pairs, opts);
}

/** Same as trainModel on precomputed feature rows (all columns of `FEATURE_NAMES`, sliced here). */
export function trainOnFeatures(rows: readonly number[][], pairs: readonly WeightedPair[], opts: TrainOptions): RqeModel {
  const cols = columnsOf(opts.groups);
  const xs = rows.map((r) => (r.length === cols.length ? r : cols.map((c) => r[c] ?? 0)));
  const logistic = fitLogistic(
    xs,
    pairs.map((p) => (p.label ? 1 : 0)),
    pairs.map((p) => p.weight),
    opts.l2,
  );
  return new RqeModel(opts.vectors, opts.groups, logistic, 0.5);
}
