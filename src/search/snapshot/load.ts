import { DEFAULT_PARAMS, type MedicalIndexParams } from '../params.js';
import { shippedRqeModel } from '../rerank/model-file.js';
import type { RqeModel } from '../similarity/model.js';
import { readSnapshotFile, writeSnapshotFile } from './file.js';
import { analysisFingerprint, modelFingerprint, paramsFingerprint } from './fingerprint.js';
import type { IndexSnapshot, SnapshotExpectation, SnapshotMeta } from './types.js';

/** What MedicalSearchIndex hands over to be saved. */
export interface SnapshotSource {
  params: MedicalIndexParams;
  model: RqeModel | null;
  documents: number;
  body: IndexSnapshot;
}

export async function saveIndexSnapshot(file: string, meta: SnapshotMeta, src: SnapshotSource): Promise<void> {
  if (typeof meta.storeId !== 'string' || typeof meta.seq !== 'number') throw new TypeError('snapshot meta needs a storeId string and a seq number');
  await writeSnapshotFile(
    file,
    {
      params: paramsFingerprint(src.params),
      model: modelFingerprint(src.model),
      analysis: analysisFingerprint(),
      meta: { storeId: meta.storeId, seq: meta.seq },
      documents: src.documents,
      createdAt: new Date().toISOString(),
    },
    src.body,
  );
}

export type Restore<T> = (body: IndexSnapshot, params: MedicalIndexParams, model: RqeModel | null) => T;

/** The index and meta of a snapshot that matches `expect`, or null (with the reason told to `expect.onReject`). */
export async function loadIndexSnapshot<T>(file: string, expect: SnapshotExpectation, restore: Restore<T>): Promise<{ index: T; meta: SnapshotMeta } | null> {
  const reject = (reason: string): null => {
    try {
      expect.onReject?.(reason);
    } catch {
      // A failing logger must not turn "no snapshot" into an error.
    }
    return null;
  };
  try {
    const params = expect.params ?? DEFAULT_PARAMS;
    const model = params.useRerank ? (expect.rqe ?? shippedRqeModel()) : null;
    const want = { params: paramsFingerprint(params), model: modelFingerprint(model), analysis: analysisFingerprint() };
    const read = await readSnapshotFile(file, (h) => {
      if (h.meta.storeId !== expect.storeId) return `snapshot is of store ${JSON.stringify(h.meta.storeId)}, not ${JSON.stringify(expect.storeId)}`;
      if (h.params !== want.params) return 'snapshot was built with other index parameters';
      if (h.model !== want.model) return 'snapshot was built with another re-rank model';
      if (h.analysis !== want.analysis) return 'snapshot was built by other text analysis code';
      return null;
    });
    if ('reason' in read) return reject(read.reason);
    const index = restore(read.body as IndexSnapshot, params, model);
    return { index, meta: { storeId: read.header.meta.storeId, seq: read.header.meta.seq } };
  } catch (e) {
    return reject(`snapshot cannot be restored: ${e instanceof Error ? e.message : String(e)}`);
  }
}
