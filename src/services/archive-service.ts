import type { Consultation, ConsultationSummary, SimilarLink } from '../domain/consultation.js';
import type { Department } from '../domain/department.js';
import { NotFoundError } from '../domain/errors.js';
import { assessUrgency, NO_CONTACTS, type TriageContacts, type Urgency } from '../domain/rules/urgency.js';
import type { KnowledgeSnippet, Topic, TrustedQa } from '../domain/topic.js';
import type { ArchiveStats, DepartmentWithCounts, Page, PageRequest, Store } from '../store/types.js';

/** A "Similar Q&A" entry with the consultation it leads to, when that one is in the archive. */
export interface ResolvedSimilar {
  link: SimilarLink;
  target: ConsultationSummary | null;
}

export interface ConsultationView {
  consultation: Consultation;
  /** The page's own Similar Q&A list, as imported. */
  similar: ResolvedSimilar[];
  /** Further consultations the archive's search finds alike (none already listed above). */
  computedSimilar: ConsultationSummary[];
  /** Trusted-source answers about what the consultation asks. */
  trustedAnswers: TrustedQa[];
  topics: Topic[];
  /** Red flags the question describes: a reader with the same symptoms now must be told first. */
  urgency: Urgency | null;
}

/** Finds what else in the archive speaks to a consultation (the search service does). */
export interface RelatedFinder {
  relatedTo(c: Consultation, limit: number): Promise<{ consultations: ConsultationSummary[]; answers: TrustedQa[] }>;
}

/** How many found-by-search entries a consultation page adds to its imported ones. */
const RELATED_LIMIT = 4;

export interface TopicView {
  topic: Topic;
  snippets: KnowledgeSnippet[];
  consultations: Page<ConsultationSummary>;
  trustedQas: TrustedQa[];
}

export interface DepartmentView {
  department: Department;
  consultations: Page<ConsultationSummary>;
  topics: Page<Topic>;
}

export interface HomeView {
  stats: ArchiveStats;
  departments: DepartmentWithCounts[];
  recent: ConsultationSummary[];
}

/** Read use cases of the public archive; pages and the JSON API both call these. */
export class ArchiveService {
  constructor(
    private readonly store: Store,
    private readonly related: RelatedFinder | null = null,
    /** The numbers urgent-care advice names (the operator's configuration). */
    private readonly contacts: TriageContacts = NO_CONTACTS,
  ) {}

  async home(): Promise<HomeView> {
    const [stats, departments, recent] = await Promise.all([
      this.store.stats(),
      this.store.departments.list(),
      this.store.consultations.list({}, { limit: 10, offset: 0 }),
    ]);
    return { stats, departments, recent: recent.items };
  }

  async consultation(slug: string): Promise<ConsultationView> {
    const consultation = await this.store.consultations.getBySlug(slug);
    if (!consultation) throw new NotFoundError('consultation', slug);
    const targetIds = consultation.similar.flatMap((l) => (l.targetId ? [l.targetId] : []));
    const targets = new Map((await this.store.consultations.summariesByIds(targetIds)).map((s) => [s.id, s]));
    const topics = await Promise.all(consultation.topicIds.map((id) => this.store.topics.getById(id)));
    const related = this.related ? await this.related.relatedTo(consultation, RELATED_LIMIT) : null;
    return {
      consultation,
      computedSimilar: related?.consultations ?? [],
      trustedAnswers: related?.answers ?? [],
      similar: consultation.similar.map((link) => ({
        link,
        target: link.targetId ? (targets.get(link.targetId) ?? null) : null,
      })),
      topics: topics.filter((t): t is Topic => t !== null),
      urgency: assessUrgency(`${consultation.title}\n${consultation.question}`, this.contacts),
    };
  }

  async consultations(filter: { department?: string }, page: PageRequest): Promise<Page<ConsultationSummary>> {
    return this.store.consultations.list(filter, page);
  }

  async departments(): Promise<DepartmentWithCounts[]> {
    return this.store.departments.list();
  }

  async department(slug: string, page: PageRequest): Promise<DepartmentView> {
    const department = await this.store.departments.getBySlug(slug);
    if (!department) throw new NotFoundError('department', slug);
    const [consultations, topics] = await Promise.all([
      this.store.consultations.list({ department: slug }, page),
      this.store.topics.list({ department: slug }, { limit: 200, offset: 0 }),
    ]);
    return { department, consultations, topics };
  }

  async topics(filter: { department?: string; kind?: Topic['kind']; letter?: string }, page: PageRequest): Promise<Page<Topic>> {
    return this.store.topics.list(filter, page);
  }

  async topic(slug: string, page: PageRequest): Promise<TopicView> {
    const topic = await this.store.topics.getBySlug(slug);
    if (!topic) throw new NotFoundError('topic', slug);
    const [snippets, consultations, trustedQas] = await Promise.all([
      this.store.topics.snippets(topic.id),
      this.store.consultations.list({ topicId: topic.id }, page),
      this.store.trustedQas.byTopic(topic.id),
    ]);
    return { topic, snippets, consultations, trustedQas };
  }

  async trustedQa(id: string): Promise<{ qa: TrustedQa; topic: Topic | null }> {
    const qa = await this.store.trustedQas.getById(id);
    if (!qa) throw new NotFoundError('trusted-source answer', id);
    return { qa, topic: await this.store.topics.getById(qa.topicId) };
  }

  async sitemap(): Promise<{ consultations: string[]; topics: string[]; departments: string[] }> {
    const [consultations, topics, departments] = await Promise.all([
      this.store.consultations.slugs(),
      this.store.topics.slugs(),
      this.store.departments.all(),
    ]);
    return { consultations, topics, departments: departments.map((d) => d.slug) };
  }

  async stats(): Promise<ArchiveStats> {
    return this.store.stats();
  }
}
