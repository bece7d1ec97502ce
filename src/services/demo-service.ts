import { fileURLToPath } from 'node:url';
import type { Store } from '../store/types.js';
import type { ImportReport } from './import-report.js';
import { ImportService } from './import-service.js';

/** The demo consultations written for this project (see demo/pages/README.md). */
export const DEMO_PAGES = fileURLToPath(new URL('../../demo/pages', import.meta.url));

/**
 * Fills a brand-new, empty archive with the demo pages, through the same importer as a user's
 * own files. An archive that holds anything is left alone, so the demo never mixes into real data.
 */
export async function seedDemoIfEmpty(store: Store): Promise<ImportReport | null> {
  const s = await store.stats();
  if (s.consultations + s.topics + s.trustedQas > 0) return null;
  return new ImportService(store).importPaths([DEMO_PAGES], { format: 'page' });
}
