import { ExportService } from '../../src/services/export-service.js';
import type { Store } from '../../src/store/types.js';

/** The store's full JSONL export as one string: the strictest "did anything change?" probe. */
export async function exportText(store: Store): Promise<string> {
  const lines: string[] = [];
  await new ExportService(store).exportTo(async (line) => {
    lines.push(line);
  });
  return lines.join('');
}
