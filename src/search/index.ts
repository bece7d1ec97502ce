// Public surface of src/search: the SearchIndex contract, its implementation, and how to fill it.
export type { Explanation, SearchDoc, SearchDocKind, SearchFilter, SearchHit, SearchIndex, SearchOptions } from './types.js';
export { DEFAULT_PARAMS, type MedicalIndexParams, MedicalSearchIndex } from './medical-index.js';
export { buildIndexFromStore, consultationDoc, trustedQaDoc } from './from-store.js';
