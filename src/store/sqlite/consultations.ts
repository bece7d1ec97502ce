import type Database from 'better-sqlite3';
import type { Consultation, ConsultationSummary } from '../../domain/consultation.js';
import { matchKey, slugify } from '../../domain/text.js';
import type { ConsultationRepository, Page, PageRequest } from '../types.js';
import { type ConsultationRow, type FlagRow, type LinkRow, type SummaryRow, toConsultation, toSummary } from './rows.js';
import { ensureDepartment } from './departments.js';
import { prepared } from './prepared.js';

/** An excerpt shorter than this is too generic to identify a consultation by. */
const MIN_EXCERPT_KEY = 20;

const SELECT_CONSULTATION = `
  SELECT c.*, d.name AS doctor_name, dep.name AS department_name
  FROM consultations c
  JOIN doctors d ON d.slug = c.doctor_slug
  JOIN departments dep ON dep.slug = c.department_slug`;

const SELECT_SUMMARY = `
  SELECT c.id, c.slug, c.title, c.question, dep.name AS department_name, d.name AS doctor_name,
         c.reply_text, c.asked_on
  FROM consultations c
  JOIN doctors d ON d.slug = c.doctor_slug
  JOIN departments dep ON dep.slug = c.department_slug`;

export class SqliteConsultationRepository implements ConsultationRepository {
  private readonly byId: Database.Statement<[string], ConsultationRow>;
  private readonly bySlug: Database.Statement<[string], ConsultationRow>;
  private readonly flagsOf: Database.Statement<[string], FlagRow>;
  private readonly linksOf: Database.Statement<[string], LinkRow>;
  private readonly topicsOf: Database.Statement<[string], { topic_id: string }>;

  constructor(private readonly db: Database.Database) {
    this.byId = db.prepare(`${SELECT_CONSULTATION} WHERE c.id = ?`);
    this.bySlug = db.prepare(`${SELECT_CONSULTATION} WHERE c.slug = ?`);
    this.flagsOf = db.prepare('SELECT kind, detail FROM consultation_flags WHERE consultation_id = ? ORDER BY position');
    this.linksOf = db.prepare(
      `SELECT title, question_excerpt, doctor_name, department, reply_excerpt, target_id
       FROM similar_links WHERE consultation_id = ? ORDER BY position`,
    );
    this.topicsOf = db.prepare('SELECT topic_id FROM consultation_topics WHERE consultation_id = ? ORDER BY position');
  }

  private hydrate(row: ConsultationRow | undefined): Consultation | null {
    if (!row) return null;
    return toConsultation(
      row,
      this.flagsOf.all(row.id),
      this.linksOf.all(row.id),
      this.topicsOf.all(row.id).map((t) => t.topic_id),
    );
  }

  async getById(id: string): Promise<Consultation | null> {
    return this.hydrate(this.byId.get(id));
  }

  async getBySlug(slug: string): Promise<Consultation | null> {
    return this.hydrate(this.bySlug.get(slug));
  }

  async hashOf(id: string): Promise<string | null> {
    const row = prepared(this.db, 'SELECT content_hash FROM consultations WHERE id = ?').get(id) as
      | { content_hash: string }
      | undefined;
    return row?.content_hash ?? null;
  }

  async save(c: Consultation, hash: string): Promise<void> {
    const department = ensureDepartment(this.db, c.reply.department);
    const doctorSlug = slugify(c.reply.doctorName);
    prepared(this.db, 'INSERT INTO doctors (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET name = excluded.name')
      .run(doctorSlug, c.reply.doctorName);
    // Upsert rather than replace: a DELETE would null other pages' resolved links to this one.
    prepared(this.db,
        `INSERT INTO consultations (id, slug, title, question, asker_nickname, asker_age_range, asker_sex, asked_on,
           doctor_slug, reply_affiliation, department_slug, reply_text, replied_on, more_info,
           source_format, source_file, source_url, title_key, question_key, content_hash)
         VALUES (@id, @slug, @title, @question, @nickname, @ageRange, @sex, @askedOn, @doctorSlug, @affiliation,
           @departmentSlug, @replyText, @repliedOn, @moreInfo, @format, @file, @url, @titleKey, @questionKey, @hash)
         ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, title = excluded.title, question = excluded.question,
           asker_nickname = excluded.asker_nickname, asker_age_range = excluded.asker_age_range,
           asker_sex = excluded.asker_sex, asked_on = excluded.asked_on, doctor_slug = excluded.doctor_slug,
           reply_affiliation = excluded.reply_affiliation, department_slug = excluded.department_slug,
           reply_text = excluded.reply_text, replied_on = excluded.replied_on, more_info = excluded.more_info,
           source_format = excluded.source_format, source_file = excluded.source_file,
           source_url = excluded.source_url, title_key = excluded.title_key,
           question_key = excluded.question_key, content_hash = excluded.content_hash`,
      )
      .run({
        id: c.id,
        slug: c.slug,
        title: c.title,
        question: c.question,
        nickname: c.asker.nickname,
        ageRange: c.asker.ageRange,
        sex: c.asker.sex,
        askedOn: c.askedOn,
        doctorSlug,
        affiliation: c.reply.affiliation,
        departmentSlug: department.slug,
        replyText: c.reply.text,
        repliedOn: c.reply.repliedOn,
        moreInfo: c.moreInfo,
        format: c.source.format,
        file: c.source.file,
        url: c.source.url,
        titleKey: matchKey(c.title),
        questionKey: matchKey(c.question),
        hash,
      });
    this.replaceChildren(c);
  }

  private replaceChildren(c: Consultation): void {
    prepared(this.db, 'DELETE FROM consultation_flags WHERE consultation_id = ?').run(c.id);
    const flag = prepared(this.db,
      'INSERT INTO consultation_flags (consultation_id, position, kind, detail) VALUES (?, ?, ?, ?)',
    );
    c.flags.forEach((f, i) => flag.run(c.id, i + 1, f.kind, f.detail));

    prepared(this.db, 'DELETE FROM similar_links WHERE consultation_id = ?').run(c.id);
    const link = prepared(this.db,
      `INSERT INTO similar_links (consultation_id, position, title, question_excerpt, doctor_name, department,
         reply_excerpt, title_key, excerpt_key, target_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    c.similar.forEach((l, i) =>
      link.run(c.id, i + 1, l.title, l.questionExcerpt, l.doctorName, l.department, l.replyExcerpt,
        matchKey(l.title), matchKey(l.questionExcerpt), l.targetId),
    );

    prepared(this.db, 'DELETE FROM consultation_topics WHERE consultation_id = ?').run(c.id);
    const topic = prepared(this.db, 'INSERT INTO consultation_topics (consultation_id, position, topic_id) VALUES (?, ?, ?)');
    c.topicIds.forEach((t, i) => topic.run(c.id, i + 1, t));
  }

  async resolveLinks(id: string): Promise<void> {
    const self = prepared(this.db, 'SELECT title_key, question_key FROM consultations WHERE id = ?').get(id) as
      | { title_key: string; question_key: string }
      | undefined;
    if (!self) return;
    // Links from this page to stored pages: same title, or the excerpt starts the target's question.
    prepared(this.db,
        `UPDATE similar_links AS l SET target_id = (
           SELECT c.id FROM consultations c
           WHERE c.id <> l.consultation_id
             AND (c.title_key = l.title_key
                  OR (length(l.excerpt_key) >= ${MIN_EXCERPT_KEY}
                      AND substr(c.question_key, 1, length(l.excerpt_key)) = l.excerpt_key))
           ORDER BY c.title_key = l.title_key DESC, c.id LIMIT 1)
         WHERE l.consultation_id = ? AND l.target_id IS NULL`,
    ).run(id);
    // Links on other pages that were waiting for this one.
    prepared(this.db,
        `UPDATE similar_links SET target_id = @id
         WHERE target_id IS NULL AND consultation_id <> @id
           AND (title_key = @titleKey
                OR (length(excerpt_key) >= ${MIN_EXCERPT_KEY}
                    AND substr(@questionKey, 1, length(excerpt_key)) = excerpt_key))`,
    ).run({ id, titleKey: self.title_key, questionKey: self.question_key });
  }

  async list(
    filter: { department?: string; topicId?: string },
    page: PageRequest,
  ): Promise<Page<ConsultationSummary>> {
    const where: string[] = [];
    const params: Record<string, string | number> = { limit: page.limit, offset: page.offset };
    if (filter.department) {
      where.push('c.department_slug = @department');
      params.department = filter.department;
    }
    if (filter.topicId) {
      where.push('c.id IN (SELECT consultation_id FROM consultation_topics WHERE topic_id = @topicId)');
      params.topicId = filter.topicId;
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const rows = prepared(this.db, `${SELECT_SUMMARY} ${clause} ORDER BY c.asked_on DESC, c.id LIMIT @limit OFFSET @offset`)
      .all(params) as SummaryRow[];
    const total = (prepared(this.db, `SELECT COUNT(*) AS n FROM consultations c ${clause}`).get(params) as { n: number }).n;
    return { items: rows.map(toSummary), total };
  }

  async summariesByIds(ids: string[]): Promise<ConsultationSummary[]> {
    if (ids.length === 0) return [];
    const rows = prepared(this.db, `${SELECT_SUMMARY} WHERE c.id IN (${ids.map(() => '?').join(',')})`)
      .all(...ids) as SummaryRow[];
    const byId = new Map(rows.map((r) => [r.id, toSummary(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async slugs(): Promise<string[]> {
    return (prepared(this.db, 'SELECT slug FROM consultations ORDER BY slug').all() as { slug: string }[]).map((r) => r.slug);
  }

  async remove(id: string): Promise<boolean> {
    return prepared(this.db, 'DELETE FROM consultations WHERE id = ?').run(id).changes > 0;
  }

  async *all(): AsyncIterable<Consultation> {
    const ids = (prepared(this.db, 'SELECT id FROM consultations ORDER BY id').all() as { id: string }[]).map((r) => r.id);
    for (const id of ids) {
      const c = this.hydrate(this.byId.get(id));
      if (c) yield c;
    }
  }
}
