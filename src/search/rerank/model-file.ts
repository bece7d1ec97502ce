import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ModelJson, modelFromJson, type RqeModel } from '../similarity/model.js';

/** models/rqe.json, from src/search/rerank or dist/search/rerank alike. */
export const SHIPPED_RQE_MODEL = fileURLToPath(new URL('../../../models/rqe.json', import.meta.url));

let shipped: RqeModel | null = null;

/**
 * The shipped question-entailment model, read once per process (synchronously: an index is
 * built in a constructor) and shared by every index, which only reads it.
 */
export function shippedRqeModel(): RqeModel {
  if (!shipped) {
    let text: string;
    try {
      text = readFileSync(SHIPPED_RQE_MODEL, 'utf8');
    } catch (e) {
      throw new Error(`search re-rank needs the entailment model ${SHIPPED_RQE_MODEL} (${(e as Error).message}); rebuild it with npm run train:similarity or set useRerank: false`);
    }
    shipped = modelFromJson(JSON.parse(text) as ModelJson);
  }
  return shipped;
}
