import type Database from 'better-sqlite3';

/**
 * Walks a table in key order, a batch at a time. better-sqlite3 refuses other statements on a
 * connection while an iterator is open, so an export must not hold one across `await`s.
 */
export function* keysetBatches<Row extends Record<string, unknown>>(
  db: Database.Database,
  select: string,
  keyColumn: string,
  batchSize = 1000,
): Generator<Row[]> {
  const first = db.prepare(`${select} ORDER BY ${keyColumn} LIMIT ?`);
  const next = db.prepare(`${select} WHERE ${keyColumn} > ? ORDER BY ${keyColumn} LIMIT ?`);
  let batch = first.all(batchSize) as Row[];
  while (batch.length > 0) {
    yield batch;
    if (batch.length < batchSize) return;
    const last = batch[batch.length - 1];
    batch = next.all(last?.[keyColumn.split('.').pop() ?? keyColumn], batchSize) as Row[];
  }
}
