import type Database from 'better-sqlite3';
import type { TrustedQa } from '../../domain/topic.js';
import type { TrustedQaRepository } from '../types.js';
import { keysetBatches } from './paged.js';
import { type TrustedQaRow, toTrustedQa } from './rows.js';
import { prepared } from './prepared.js';

export class SqliteTrustedQaRepository implements TrustedQaRepository {
  private readonly upsert: Database.Statement;
  private readonly hashOne: Database.Statement<[string], { content_hash: string }>;

  constructor(private readonly db: Database.Database) {
    this.upsert = db.prepare(
      `INSERT INTO trusted_qas (id, topic_id, position, question, question_type, answer, source_org, url, content_hash)
       VALUES (@id, @topicId, @position, @question, @questionType, @answer, @org, @url, @hash)
       ON CONFLICT (id) DO UPDATE SET topic_id = excluded.topic_id, position = excluded.position,
         question = excluded.question, question_type = excluded.question_type, answer = excluded.answer,
         source_org = excluded.source_org, url = excluded.url, content_hash = excluded.content_hash`,
    );
    this.hashOne = db.prepare('SELECT content_hash FROM trusted_qas WHERE id = ?');
  }

  async getById(id: string): Promise<TrustedQa | null> {
    const row = prepared(this.db, 'SELECT * FROM trusted_qas WHERE id = ?').get(id) as TrustedQaRow | undefined;
    return row ? toTrustedQa(row) : null;
  }

  async byTopic(topicId: string): Promise<TrustedQa[]> {
    const rows = prepared(this.db, 'SELECT * FROM trusted_qas WHERE topic_id = ? ORDER BY position')
      .all(topicId) as TrustedQaRow[];
    return rows.map(toTrustedQa);
  }

  async hashesOf(ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const id of ids) {
      const row = this.hashOne.get(id);
      if (row) out.set(id, row.content_hash);
    }
    return out;
  }

  async save(qa: TrustedQa, hash: string): Promise<void> {
    this.upsert.run({
      id: qa.id,
      topicId: qa.topicId,
      position: qa.position,
      question: qa.question,
      questionType: qa.questionType,
      answer: qa.answer,
      org: qa.sourceOrganisation,
      url: qa.url,
      hash,
    });
  }

  async prune(topicId: string, keepIds: string[]): Promise<number> {
    const keep = new Set(keepIds);
    const stale = (prepared(this.db, 'SELECT id FROM trusted_qas WHERE topic_id = ?').all(topicId) as { id: string }[])
      .map((r) => r.id)
      .filter((id) => !keep.has(id));
    const remove = prepared(this.db, 'DELETE FROM trusted_qas WHERE id = ?');
    for (const id of stale) remove.run(id);
    return stale.length;
  }

  async *all(): AsyncIterable<TrustedQa> {
    for (const batch of keysetBatches<TrustedQaRow & Record<string, unknown>>(this.db, 'SELECT * FROM trusted_qas', 'id')) {
      for (const row of batch) yield toTrustedQa(row);
    }
  }
}
