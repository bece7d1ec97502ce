/** Re-ranking of retrieval candidates by question entailment (models/rqe.json). */
export { EntailmentReranker, RerankQuery } from './entailment.js';
export { SHIPPED_RQE_MODEL, shippedRqeModel } from './model-file.js';
