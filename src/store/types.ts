import type { Consultation, ConsultationSummary } from '../domain/consultation.js';
import type { Department } from '../domain/department.js';
import type { KnowledgeSnippet, Topic, TrustedQa } from '../domain/topic.js';

/**
 * Repository interfaces. The SQLite implementation lives in ./sqlite; a PostgreSQL one will
 * satisfy the same contracts, which is why every method returns a Promise even where
 * better-sqlite3 is synchronous.
 */

export interface Page<T> {
  items: T[];
  total: number;
}

export interface PageRequest {
  limit: number;
  offset: number;
}

export interface DepartmentWithCounts extends Department {
  consultations: number;
  topics: number;
}

export interface DepartmentRepository {
  ensure(name: string): Promise<Department>;
  list(): Promise<DepartmentWithCounts[]>;
  /** Slug and name of every department, by name, without counting what each holds. */
  all(): Promise<Department[]>;
  getBySlug(slug: string): Promise<Department | null>;
}

export interface ConsultationRepository {
  getById(id: string): Promise<Consultation | null>;
  getBySlug(slug: string): Promise<Consultation | null>;
  /** Fingerprint stored with the consultation, to tell unchanged from updated on re-import. */
  hashOf(id: string): Promise<string | null>;
  /** Inserts or replaces the consultation and its links, flags and topic memberships. */
  save(consultation: Consultation, hash: string): Promise<void>;
  /**
   * Resolves "Similar Q&A" references in both directions: this consultation's unresolved
   * links to stored consultations, and other consultations' unresolved links to this one.
   */
  resolveLinks(id: string): Promise<void>;
  list(filter: { department?: string; topicId?: string }, page: PageRequest): Promise<Page<ConsultationSummary>>;
  summariesByIds(ids: string[]): Promise<ConsultationSummary[]>;
  /** Slugs of every consultation (sitemap). */
  slugs(): Promise<string[]>;
  remove(id: string): Promise<boolean>;
  /** Every consultation in id order (export). */
  all(): AsyncIterable<Consultation>;
}

export interface TopicRepository {
  getById(id: string): Promise<Topic | null>;
  getBySlug(slug: string): Promise<Topic | null>;
  hashOf(id: string): Promise<string | null>;
  save(topic: Topic, hash: string): Promise<void>;
  /** Creates the topic only if it does not exist (Related FAQ lines name topics by reference). */
  ensure(topic: Topic, hash: string): Promise<boolean>;
  list(filter: { department?: string; kind?: Topic['kind']; letter?: string }, page: PageRequest): Promise<Page<Topic>>;
  /** Slugs of every topic (sitemap). */
  slugs(): Promise<string[]>;
  snippets(topicId: string): Promise<KnowledgeSnippet[]>;
  snippetsFrom(topicId: string, sourceFile: string): Promise<KnowledgeSnippet[]>;
  replaceSnippets(topicId: string, sourceFile: string, snippets: KnowledgeSnippet[]): Promise<void>;
  all(): AsyncIterable<Topic>;
  allSnippets(): AsyncIterable<KnowledgeSnippet>;
}

export interface TrustedQaRepository {
  getById(id: string): Promise<TrustedQa | null>;
  byTopic(topicId: string): Promise<TrustedQa[]>;
  /** Stored fingerprints of the given ids (missing ids are absent from the map). */
  hashesOf(ids: string[]): Promise<Map<string, string>>;
  save(qa: TrustedQa, hash: string): Promise<void>;
  /** Removes the topic's Q&As not in `keepIds` (a re-imported document lost pairs); returns how many. */
  prune(topicId: string, keepIds: string[]): Promise<number>;
  all(): AsyncIterable<TrustedQa>;
}

export interface ArchiveStats {
  consultations: number;
  departments: number;
  doctors: number;
  topics: number;
  snippets: number;
  trustedQas: number;
  flaggedConsultations: number;
  unresolvedLinks: number;
}

export interface Change {
  seq: number;
  entity: 'consultation' | 'trusted-qa' | 'topic';
  id: string;
  op: 'upsert' | 'delete';
}

export interface ChangeLog {
  /** The newest change's sequence number (0 for a store never written to). */
  head(): Promise<number>;
  /** Changes after `seq`, oldest first, at most `limit`. */
  since(seq: number, limit: number): Promise<Change[]>;
  /**
   * Drops every entry that a later entry for the same record supersedes, and returns how many.
   * Readers replay by id and re-read the record, so from any position they still reach every
   * record changed after it, in its final state: positions held by saved snapshots stay valid,
   * and `head()` is unchanged. What is left is one entry per record ever changed.
   */
  compact(): Promise<number>;
}

export interface Store {
  readonly departments: DepartmentRepository;
  readonly consultations: ConsultationRepository;
  readonly topics: TopicRepository;
  readonly trustedQas: TrustedQaRepository;
  readonly changes: ChangeLog;
  /** Runs `work` atomically: everything it wrote is kept, or nothing is. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  stats(): Promise<ArchiveStats>;
  /** A random id fixed when the database was created: tells one database from another. */
  identity(): Promise<string>;
  close(): Promise<void>;
}
