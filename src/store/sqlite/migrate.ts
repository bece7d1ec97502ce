import type Database from 'better-sqlite3';
import { archiveSchema } from './migrations/001-archive.js';
import { changeLogSchema } from './migrations/002-change-log.js';
import { storeIdentitySchema } from './migrations/003-store-identity.js';

interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Ordered, append-only: a released migration is never edited, a change gets a new version. */
const migrations: Migration[] = [
  { version: 1, name: 'archive', sql: archiveSchema },
  { version: 2, name: 'change-log', sql: changeLogSchema },
  { version: 3, name: 'store-identity', sql: storeIdentitySchema },
];

export function latestVersion(): number {
  return migrations[migrations.length - 1]?.version ?? 0;
}

/** Applies every migration newer than the database's version, each in its own transaction. */
export function migrate(db: Database.Database): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  const current = row.v ?? 0;
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
    applied.push(m.version);
  }
  return applied;
}
