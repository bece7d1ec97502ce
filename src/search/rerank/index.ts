/** Re-ranking of retrieval candidates by question entailment (models/rqe.json). */
export { EntailmentReranker, type RerankerSnapshot } from './entailment.js';
export { RerankQuery } from './query.js';
export { SHIPPED_RQE_MODEL, shippedRqeModel } from './model-file.js';
