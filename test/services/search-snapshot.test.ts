import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEMO_PAGES } from '../../src/services/demo-service.js';
import { ImportService } from '../../src/services/import-service.js';
import { SearchService } from '../../src/services/search-service.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { tempDir } from '../support/tmp.js';

const ids = async (s: SearchService, q: string): Promise<string[]> =>
  (await s.search({ q, page: 1, limit: 10 })).results.map((r) => r.id);

test('a restart loads the saved index instead of rebuilding it, and catches up with the change log', async () => {
  const dir = tempDir();
  const store = SqliteStore.open(join(dir, 'a.sqlite'));
  try {
    await new ImportService(store).importPaths([DEMO_PAGES], { format: 'page' });
    const snapshot = join(dir, 'a.sqlite.search');

    const first = await SearchService.open(store, { snapshotFile: snapshot });
    assert.equal(first.origin, 'built');
    assert.ok(existsSync(snapshot));
    const before = await ids(first, 'chest pressure walking uphill');
    assert.ok(before.length > 0);

    const second = await SearchService.open(store, { snapshotFile: snapshot });
    assert.equal(second.origin, 'loaded');
    assert.deepEqual(await ids(second, 'chest pressure walking uphill'), before);

    // An import while "the server is down": the next start replays it from the log.
    const page = join(dir, 'nosebleed.txt');
    const lines = readFileSync(join(DEMO_PAGES, '05_skipped-beats-at-night.txt'), 'utf8').split('\n');
    lines[0] = 'Nosebleeds every morning in winter';
    lines[1] = 'I get a nosebleed almost every morning since the heating came on.';
    writeFileSync(page, lines.join('\n'));
    await new ImportService(store).importPaths([page], { format: 'page' });
    const third = await SearchService.open(store, { snapshotFile: snapshot });
    assert.equal(third.origin, 'loaded');
    const found = await third.search({ q: 'nosebleed every morning', page: 1, limit: 1 });
    assert.equal(found.results[0]?.title.text, 'Nosebleeds every morning in winter');
    // Nothing changed since the catch-up was saved: no write on shutdown.
    assert.equal(await third.saveSnapshot(), false);
  } finally {
    await store.close();
  }
});

test('a snapshot from another database is not used', async () => {
  const dir = tempDir();
  const a = SqliteStore.open(join(dir, 'a.sqlite'));
  const b = SqliteStore.open(join(dir, 'b.sqlite'));
  try {
    await new ImportService(a).importPaths([DEMO_PAGES], { format: 'page' });
    await new ImportService(b).importPaths([DEMO_PAGES], { format: 'page' });
    const snapshot = join(dir, 'shared.search');
    await SearchService.open(a, { snapshotFile: snapshot });
    const reasons: string[] = [];
    const other = await SearchService.open(b, { snapshotFile: snapshot, onSnapshotReject: (r) => reasons.push(r) });
    assert.equal(other.origin, 'built');
    assert.equal(reasons.length, 1);
    assert.match(reasons[0] ?? '', /store/i);
  } finally {
    await a.close();
    await b.close();
  }
});
