import type Database from 'better-sqlite3';
import type { Change, ChangeLog } from '../types.js';
import { prepared } from './prepared.js';

export class SqliteChangeLog implements ChangeLog {
  constructor(private readonly db: Database.Database) {}

  async head(): Promise<number> {
    return (prepared(this.db, 'SELECT COALESCE(MAX(seq), 0) AS seq FROM change_log').get() as { seq: number }).seq;
  }

  async since(seq: number, limit: number): Promise<Change[]> {
    return prepared(this.db, 'SELECT seq, entity, entity_id AS id, op FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?')
      .all(seq, limit) as Change[];
  }

  async compact(): Promise<number> {
    return prepared(
      this.db,
      'DELETE FROM change_log WHERE seq NOT IN (SELECT MAX(seq) FROM change_log GROUP BY entity, entity_id)',
    ).run().changes;
  }
}
