import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ArchiveStats, Store } from '../types.js';
import { SqliteChangeLog } from './change-log.js';
import { SqliteConsultationRepository } from './consultations.js';
import { SqliteDepartmentRepository } from './departments.js';
import { migrate } from './migrate.js';
import { SqliteTopicRepository } from './topics.js';
import { SqliteTrustedQaRepository } from './trusted-qas.js';

/** SQLite store: one connection per process, WAL so readers never wait for an import. */
export class SqliteStore implements Store {
  readonly departments: SqliteDepartmentRepository;
  readonly consultations: SqliteConsultationRepository;
  readonly topics: SqliteTopicRepository;
  readonly trustedQas: SqliteTrustedQaRepository;
  readonly changes: SqliteChangeLog;
  /** Serialises transactions: they share the one connection, so they must not interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: Database.Database) {
    this.departments = new SqliteDepartmentRepository(db);
    this.consultations = new SqliteConsultationRepository(db);
    this.topics = new SqliteTopicRepository(db);
    this.trustedQas = new SqliteTrustedQaRepository(db);
    this.changes = new SqliteChangeLog(db);
  }

  /** Opens (creating if needed) the database file and applies pending migrations. */
  static open(file: string): SqliteStore {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return new SqliteStore(db);
  }

  transaction<T>(work: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work();
        this.db.exec('COMMIT');
        return result;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw err;
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  async stats(): Promise<ArchiveStats> {
    const count = (sql: string): number => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      consultations: count('SELECT COUNT(*) AS n FROM consultations'),
      departments: count('SELECT COUNT(*) AS n FROM departments'),
      doctors: count('SELECT COUNT(*) AS n FROM doctors'),
      topics: count('SELECT COUNT(*) AS n FROM topics'),
      snippets: count('SELECT COUNT(*) AS n FROM topic_snippets'),
      trustedQas: count('SELECT COUNT(*) AS n FROM trusted_qas'),
      flaggedConsultations: count('SELECT COUNT(DISTINCT consultation_id) AS n FROM consultation_flags'),
      unresolvedLinks: count('SELECT COUNT(*) AS n FROM similar_links WHERE target_id IS NULL'),
    };
  }

  async identity(): Promise<string> {
    const row = this.db.prepare("SELECT value FROM store_meta WHERE key = 'store_id'").get() as { value: string };
    return row.value;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
