import type Database from 'better-sqlite3';
import { type Department, departmentOf } from '../../domain/department.js';
import type { DepartmentRepository, DepartmentWithCounts } from '../types.js';
import { prepared } from './prepared.js';

/** Creates the department if it is new; consultations and topics name departments as they go. */
export function ensureDepartment(db: Database.Database, name: string): Department {
  const d = departmentOf(name);
  prepared(db, 'INSERT OR IGNORE INTO departments (slug, name) VALUES (?, ?)').run(d.slug, d.name);
  return d;
}

export class SqliteDepartmentRepository implements DepartmentRepository {
  constructor(private readonly db: Database.Database) {}

  async ensure(name: string): Promise<Department> {
    return ensureDepartment(this.db, name);
  }

  async all(): Promise<Department[]> {
    return prepared(this.db, 'SELECT slug, name FROM departments ORDER BY name').all() as Department[];
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
