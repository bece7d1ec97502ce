import type Database from 'better-sqlite3';
import type { KnowledgeSnippet, Topic } from '../../domain/topic.js';
import type { Page, PageRequest, TopicRepository } from '../types.js';
import { keysetBatches } from './paged.js';
import { type SnippetRow, type TopicRow, toSnippet, toTopic } from './rows.js';
import { ensureDepartment } from './departments.js';
import { prepared } from './prepared.js';

const SELECT_TOPIC = `
  SELECT t.*, dep.name AS department_name
  FROM topics t LEFT JOIN departments dep ON dep.slug = t.department_slug`;

export class SqliteTopicRepository implements TopicRepository {
  private readonly byId: Database.Statement<[string], TopicRow>;
  private readonly upsert: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.byId = db.prepare(`${SELECT_TOPIC} WHERE t.id = ?`);
    this.upsert = db.prepare(
      `INSERT INTO topics (id, slug, title, department_slug, kind, focus, synonyms_json, cuis_json,
         semantic_types_json, semantic_group, category, source_org, source_url, source_file, content_hash)
       VALUES (@id, @slug, @title, @department, @kind, @focus, @synonyms, @cuis, @semanticTypes, @semanticGroup,
         @category, @org, @url, @file, @hash)
       ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, title = excluded.title,
         department_slug = excluded.department_slug, kind = excluded.kind, focus = excluded.focus,
         synonyms_json = excluded.synonyms_json, cuis_json = excluded.cuis_json,
         semantic_types_json = excluded.semantic_types_json, semantic_group = excluded.semantic_group,
         category = excluded.category, source_org = excluded.source_org, source_url = excluded.source_url,
         source_file = excluded.source_file, content_hash = excluded.content_hash`,
    );
  }

  async getById(id: string): Promise<Topic | null> {
    const row = this.byId.get(id);
    return row ? toTopic(row) : null;
  }

  async getBySlug(slug: string): Promise<Topic | null> {
    const row = prepared(this.db, `${SELECT_TOPIC} WHERE t.slug = ?`).get(slug) as TopicRow | undefined;
    return row ? toTopic(row) : null;
  }

  async hashOf(id: string): Promise<string | null> {
    const row = prepared(this.db, 'SELECT content_hash FROM topics WHERE id = ?').get(id) as
      | { content_hash: string }
      | undefined;
    return row?.content_hash ?? null;
  }

  private departmentSlug(name: string | null): string | null {
    return name === null ? null : ensureDepartment(this.db, name).slug;
  }

  async save(topic: Topic, hash: string): Promise<void> {
    const c = topic.concept;
    this.upsert.run({
      id: topic.id,
      slug: topic.slug,
      title: topic.title,
      department: this.departmentSlug(topic.department),
      kind: topic.kind,
      focus: c?.focus ?? null,
      synonyms: c ? JSON.stringify(c.synonyms) : null,
      cuis: c ? JSON.stringify(c.cuis) : null,
      semanticTypes: c ? JSON.stringify(c.semanticTypes) : null,
      semanticGroup: c?.semanticGroup ?? null,
      category: c?.category ?? null,
      org: topic.source.organisation,
      url: topic.source.url,
      file: topic.source.file,
      hash,
    });
  }

  async ensure(topic: Topic, hash: string): Promise<boolean> {
    if (this.byId.get(topic.id)) return false;
    await this.save(topic, hash);
    return true;
  }

  async list(
    filter: { department?: string; kind?: Topic['kind']; letter?: string },
    page: PageRequest,
  ): Promise<Page<Topic>> {
    const where: string[] = [];
    const params: Record<string, string | number> = { limit: page.limit, offset: page.offset };
    if (filter.department) {
      where.push('t.department_slug = @department');
      params.department = filter.department;
    }
    if (filter.kind) {
      where.push('t.kind = @kind');
      params.kind = filter.kind;
    }
    if (filter.letter) {
      where.push('upper(substr(t.title, 1, 1)) = @letter');
      params.letter = filter.letter.toUpperCase();
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const rows = prepared(this.db, `${SELECT_TOPIC} ${clause} ORDER BY t.title COLLATE NOCASE, t.id LIMIT @limit OFFSET @offset`)
      .all(params) as TopicRow[];
    const total = (prepared(this.db, `SELECT COUNT(*) AS n FROM topics t ${clause}`).get(params) as { n: number }).n;
    return { items: rows.map(toTopic), total };
  }

  async slugs(): Promise<string[]> {
    return (prepared(this.db, 'SELECT slug FROM topics ORDER BY slug').all() as { slug: string }[]).map((r) => r.slug);
  }

  async snippets(topicId: string): Promise<KnowledgeSnippet[]> {
    const rows = prepared(this.db, 'SELECT * FROM topic_snippets WHERE topic_id = ? ORDER BY source_file, position')
      .all(topicId) as SnippetRow[];
    return rows.map(toSnippet);
  }

  async snippetsFrom(topicId: string, sourceFile: string): Promise<KnowledgeSnippet[]> {
    const rows = prepared(this.db, 'SELECT * FROM topic_snippets WHERE topic_id = ? AND source_file = ? ORDER BY position')
      .all(topicId, sourceFile) as SnippetRow[];
    return rows.map(toSnippet);
  }

  async replaceSnippets(topicId: string, sourceFile: string, snippets: KnowledgeSnippet[]): Promise<void> {
    prepared(this.db, 'DELETE FROM topic_snippets WHERE topic_id = ? AND source_file = ?').run(topicId, sourceFile);
    const insert = prepared(this.db,
      'INSERT INTO topic_snippets (topic_id, source_file, position, text) VALUES (?, ?, ?, ?)',
    );
    for (const s of snippets) insert.run(topicId, sourceFile, s.position, s.text);
  }

  async *all(): AsyncIterable<Topic> {
    for (const batch of keysetBatches<TopicRow & Record<string, unknown>>(this.db, SELECT_TOPIC, 't.id')) {
      for (const row of batch) yield toTopic(row);
    }
  }

  async *allSnippets(): AsyncIterable<KnowledgeSnippet> {
    // Snippet pages are few and small, so one read is fine here.
    const rows = prepared(this.db, 'SELECT * FROM topic_snippets ORDER BY topic_id, source_file, position')
      .all() as SnippetRow[];
    for (const row of rows) yield toSnippet(row);
  }
}
