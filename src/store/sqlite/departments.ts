import type Database from 'better-sqlite3';
import { type Department, departmentOf } from '../../domain/department.js';
import type { DepartmentRepository, DepartmentWithCounts } from '../types.js';
import { prepared } from './prepared.js';

export class SqliteDepartmentRepository implements DepartmentRepository {
  constructor(private readonly db: Database.Database) {}

  async ensure(name: string): Promise<Department> {
    const d = departmentOf(name);
    prepared(this.db, 'INSERT OR IGNORE INTO departments (slug, name) VALUES (?, ?)').run(d.slug, d.name);
    return d;
  }

  async list(): Promise<DepartmentWithCounts[]> {
    return prepared(this.db, 
        `SELECT d.slug, d.name,
           (SELECT COUNT(*) FROM consultations c WHERE c.department_slug = d.slug) AS consultations,
           (SELECT COUNT(*) FROM topics t WHERE t.department_slug = d.slug) AS topics
         FROM departments d ORDER BY d.name`,
      )
      .all() as DepartmentWithCounts[];
  }

  async getBySlug(slug: string): Promise<Department | null> {
    const row = prepared(this.db, 'SELECT slug, name FROM departments WHERE slug = ?').get(slug) as Department | undefined;
    return row ?? null;
  }
}
