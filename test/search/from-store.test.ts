import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { buildIndexFromStore } from '../../src/search/from-store.js';
import { ImportService } from '../../src/services/import-service.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';

const DEMO = resolve(import.meta.dirname, '..', '..', 'demo', 'pages');

describe('buildIndexFromStore', () => {
  it('indexes the consultations of a store and finds one by its wording', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      await new ImportService(store).importPaths([DEMO], { format: 'auto' });
      const index = await buildIndexFromStore(store);
      const stats = await store.stats();
      assert.equal(index.size, stats.consultations + stats.trustedQas);
      const hits = index.search('a mole that keeps changing shape', { limit: 3, filter: { kind: 'consultation' } });
      assert.ok(hits.length > 0);
      const top = await store.consultations.getById(hits[0]?.id ?? '');
      assert.match(`${top?.title} ${top?.question}`.toLowerCase(), /mole/);
    } finally {
      await store.close();
    }
  });
});
