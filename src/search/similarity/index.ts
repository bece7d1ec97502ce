/** Question-entailment (RQE) scorer: public surface for search re-ranking and the CLI. */
export { loadModel, modelFromJson, trainModel, RqeModel, type SimilarityModel, type ModelJson } from './model.js';
export { readPairs, type RqePair } from './pairs.js';
export { runSimilarity } from './command.js';
