import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { SqliteStore } from '../../src/store/sqlite/store.js';

/** A fresh folder removed when the test file ends. */
export function tempDir(prefix = 'askdoc-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A real SQLite store in a temp file (never a mock), closed when the test file ends. */
export function tempStore(name = 'store.sqlite'): { store: SqliteStore; file: string } {
  const file = join(tempDir(), name);
  const store = SqliteStore.open(file);
  after(() => store.close());
  return { store, file };
}
