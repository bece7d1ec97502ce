import { existsSync } from 'node:fs';
import type { Consultation, ConsultationSummary } from '../domain/consultation.js';
import type { Department } from '../domain/department.js';
import { readableQuestion } from '../domain/rules/question-text.js';
import { assessUrgency, NO_CONTACTS, type TriageContacts, type Urgency } from '../domain/rules/urgency.js';
import type { TrustedQa } from '../domain/topic.js';
import { type Highlighted, highlight, highlightTerms } from '../search/highlight.js';
import { isCloseMatch } from '../search/close-match.js';
import { buildIndexFromStore } from '../search/from-store.js';
import { MedicalSearchIndex } from '../search/medical-index.js';
import type { SearchFilter, SearchHit, SearchIndex } from '../search/types.js';
import type { Store } from '../store/types.js';
import { IndexSync } from './search-sync.js';

export interface SearchRequest {
  q: string;
  /** Department slug: consultations of that department only. */
  department?: string;
  /** `consultations`, `trusted`, or a trusted source's organisation (e.g. `GHR`). */
  source?: string;
  page: number;
  limit: number;
}

export interface SearchResult {
  kind: 'consultation' | 'trusted-qa';
  id: string;
  /** Consultation slug; null for trusted-source answers (addressed by id). */
  slug: string | null;
  title: Highlighted;
  snippet: Highlighted;
  department: string | null;
  sourceOrganisation: string | null;
  questionType: string | null;
  topicTitle: string | null;
  score: number;
}

export interface SearchResults {
  query: string;
  /** Red flags the query describes: shown before any result. */
  urgency: Urgency | null;
  results: SearchResult[];
  /** Departments to narrow by (the department filter's choices). */
  departments: Department[];
  page: number;
  limit: number;
  hasMore: boolean;
  /**
   * Whether the first result is about what was asked or only the nearest the archive has
   * (`search/close-match.ts`); null on later pages and when nothing was found.
   */
  closeMatch: boolean | null;
}

export interface Suggestion {
  kind: 'consultation' | 'trusted-qa';
  id: string;
  slug: string | null;
  title: string;
}

export interface Suggestions {
  items: Suggestion[];
  /** Red flags in what is being typed, so the form can warn before the question is sent. */
  urgency: Urgency | null;
}

type HitRecord = { kind: 'trusted-qa'; qa: TrustedQa } | { kind: 'consultation'; c: Consultation };

/** How a hit is titled in results and suggestions alike. */
function titleOf(record: HitRecord): string {
  return record.kind === 'trusted-qa' ? readableQuestion(record.qa.question) : record.c.title;
}

export interface Related {
  consultations: ConsultationSummary[];
  answers: TrustedQa[];
}

export interface SearchOpenOptions {
  /** Where the index snapshot lives; null or absent: always build, never save. */
  snapshotFile?: string | null;
  /** Told why a snapshot could not be used (for the server log). */
  onSnapshotReject?: (reason: string) => void;
  /** The numbers urgent-care advice names (the operator's configuration). */
  contacts?: TriageContacts;
}

/** Queries longer than this carry no more meaning, only cost (a pasted page, an attack). */
const MAX_QUERY = 10_000;

/** Search, suggestions and related content, over an index kept current with the store. */
export class SearchService {
  /** Change-log position of the last snapshot written or loaded; -1 when none. */
  private savedAt = -1;

  private constructor(
    private readonly store: Store,
    private readonly sync: IndexSync,
    private readonly snapshotFile: string | null,
    private readonly storeId: string,
    /** Whether the index came from a snapshot or a full build (reported at start-up). */
    readonly origin: 'loaded' | 'built',
    private readonly contacts: TriageContacts,
  ) {}

  /**
   * Loads the index snapshot when it was saved from this very database (and these index
   * parameters and model), then replays what changed since; otherwise builds the index from
   * everything the store holds and saves a snapshot for the next start.
   */
  static async open(store: Store, options: SearchOpenOptions = {}): Promise<SearchService> {
    const storeId = await store.identity();
    const file = options.snapshotFile ?? null;
    const head = await store.changes.head();
    // A first start has no snapshot yet: that is not worth a log line.
    if (file && existsSync(file)) {
      const loaded = await MedicalSearchIndex.loadSnapshot(file, { storeId, onReject: options.onSnapshotReject });
      // A snapshot ahead of the log belongs to a database restored from an older backup.
      if (loaded && loaded.meta.seq <= head) {
        const service = new SearchService(store, new IndexSync(store, loaded.index, loaded.meta.seq), file, storeId, 'loaded', options.contacts ?? NO_CONTACTS);
        service.savedAt = loaded.meta.seq;
        // Catch up with imports made while the server was down, and keep that for next time.
        await service.sync.sync();
        await service.saveSnapshot();
        return service;
      }
      if (loaded) options.onSnapshotReject?.(`snapshot is at change ${loaded.meta.seq}, the database only at ${head}`);
    }
    // Read the log position first: writes during the build are replayed again, harmlessly.
    const index = await buildIndexFromStore(store);
    const service = new SearchService(store, new IndexSync(store, index, head), file, storeId, 'built', options.contacts ?? NO_CONTACTS);
    await service.saveSnapshot();
    return service;
  }

  /** Writes the snapshot if the index moved since the last one (at shutdown, after big imports). */
  async saveSnapshot(): Promise<boolean> {
    if (!this.snapshotFile || this.savedAt === this.sync.position) return false;
    const seq = this.sync.position;
    await (this.sync.index as MedicalSearchIndex).saveSnapshot(this.snapshotFile, { storeId: this.storeId, seq });
    this.savedAt = seq;
    return true;
  }

  get index(): SearchIndex {
    return this.sync.index;
  }

  async search(request: SearchRequest): Promise<SearchResults> {
    const query = request.q.slice(0, MAX_QUERY).trim();
    const departments = await this.store.departments.all();
    const urgency = assessUrgency(query, this.contacts);
    const empty = { query, urgency, results: [], departments, page: request.page, limit: request.limit, hasMore: false, closeMatch: null };
    if (!query) return empty;
    await this.sync.sync();
    const filter = await this.filterFor(request);
    if (filter === null) return empty;
    const offset = (request.page - 1) * request.limit;
    // One extra hit tells whether a next page exists without counting every match.
    const hits = this.index.search(query, { limit: request.limit + 1, offset, filter });
    const results = await this.present(hits.slice(0, request.limit), query);
    const first = hits[0];
    const closeMatch = request.page === 1 && first?.match !== undefined && results.length > 0 ? isCloseMatch(first.match) : null;
    return { query, urgency, results, departments, page: request.page, limit: request.limit, hasMore: hits.length > request.limit, closeMatch };
  }

  async suggest(q: string, limit: number): Promise<Suggestions> {
    // Not trimmed at the end: "diab" is a word being typed, "diab " a finished one.
    const query = q.slice(0, MAX_QUERY).trimStart();
    return { items: await this.suggestionsFor(query, limit), urgency: assessUrgency(query, this.contacts) };
  }

  private async suggestionsFor(query: string, limit: number): Promise<Suggestion[]> {
    if (!query.trim()) return [];
    await this.sync.sync();
    // Several sources often ask the very same question ("What is shingles?"): each is shown
    // once, so a few spare hits are fetched to fill the list.
    const hits = this.index.search(query, { limit: limit * 3, typing: true });
    const seen = new Set<string>();
    const out: Suggestion[] = [];
    const terms = highlightTerms(query);
    // Titles only (as the result list shows them), read only until the list is full.
    for (const hit of hits) {
      const record = await this.recordOf(hit);
      if (!record) continue;
      const title = highlight(titleOf(record), terms, 300).text;
      const s: Suggestion =
        record.kind === 'trusted-qa'
          ? { kind: 'trusted-qa', id: record.qa.id, slug: null, title }
          : { kind: 'consultation', id: record.c.id, slug: record.c.slug, title };
      const key = s.title.toLowerCase().replace(/\s+/g, ' ').trim();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(s);
      if (out.length === limit) break;
    }
    return out;
  }

  /** Consultations and trusted-source answers about what this consultation asks. */
  async relatedTo(c: Consultation, limit: number): Promise<Related> {
    await this.sync.sync();
    const query = `${c.title}\n${c.question}`;
    const linked = new Set(c.similar.flatMap((l) => (l.targetId ? [l.targetId] : [])));
    const consultationIds = this.index
      .search(query, { limit: limit + linked.size + 1, filter: { kind: 'consultation' } })
      .map((h) => h.id)
      .filter((id) => id !== c.id && !linked.has(id))
      .slice(0, limit);
    const answerIds = this.index.search(query, { limit, filter: { kind: 'trusted-qa' } }).map((h) => h.id);
    const answers = await Promise.all(answerIds.map((id) => this.store.trustedQas.getById(id)));
    return {
      consultations: await this.store.consultations.summariesByIds(consultationIds),
      answers: answers.filter((a): a is TrustedQa => a !== null),
    };
  }

  /** null when the filter names something that does not exist: no result can match. */
  private async filterFor(r: SearchRequest): Promise<SearchFilter | null> {
    if (r.department) {
      const d = await this.store.departments.getBySlug(r.department);
      return d ? { kind: 'consultation', source: d.name } : null;
    }
    if (!r.source) return {};
    if (r.source === 'consultations') return { kind: 'consultation' };
    if (r.source === 'trusted') return { kind: 'trusted-qa' };
    return { kind: 'trusted-qa', source: r.source };
  }

  private async present(hits: SearchHit[], query: string): Promise<SearchResult[]> {
    const out: SearchResult[] = [];
    const terms = highlightTerms(query);
    for (const hit of hits) {
      const record = await this.recordOf(hit);
      if (record?.kind === 'trusted-qa') {
        const qa = record.qa;
        const topic = await this.store.topics.getById(qa.topicId);
        out.push({
          kind: 'trusted-qa',
          id: qa.id,
          slug: null,
          title: highlight(titleOf(record), terms, 300),
          snippet: highlight(qa.answer, terms),
          department: null,
          sourceOrganisation: qa.sourceOrganisation,
          questionType: qa.questionType || null,
          topicTitle: topic?.title ?? null,
          score: hit.score,
        });
        continue;
      }
      if (!record) continue;
      const c = record.c;
      out.push({
        kind: 'consultation',
        id: c.id,
        slug: c.slug,
        title: highlight(titleOf(record), terms, 300),
        snippet: highlight(`${c.question} ${c.reply.text}`, terms),
        department: c.reply.department,
        sourceOrganisation: null,
        questionType: null,
        topicTitle: null,
        score: hit.score,
      });
    }
    return out;
  }

  /** The stored record behind a hit; null when it was removed after the last sync. */
  private async recordOf(hit: SearchHit): Promise<HitRecord | null> {
    const qa = await this.store.trustedQas.getById(hit.id);
    if (qa) return { kind: 'trusted-qa', qa };
    const c = await this.store.consultations.getById(hit.id);
    return c ? { kind: 'consultation', c } : null;
  }
}
