import type { Topic } from '../domain/topic.js';
import { consultationDoc, trustedQaDoc } from '../search/from-store.js';
import type { SearchIndex } from '../search/types.js';
import type { Change, Store } from '../store/types.js';

const BATCH = 5000;

/**
 * Keeps a search index equal to the store by replaying the store's change log. The log is
 * written by the database itself, so imports run by another process (the CLI) reach a running
 * server's index too, at its next query.
 */
export class IndexSync {
  private running: Promise<number> | null = null;

  constructor(
    private readonly store: Store,
    readonly index: SearchIndex,
    /** The change-log position the index already reflects. */
    private seq: number,
  ) {}

  get position(): number {
    return this.seq;
  }

  /** Applies every change newer than the index; concurrent callers share one replay. */
  sync(): Promise<number> {
    if (!this.running) {
      this.running = this.replay().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async replay(): Promise<number> {
    let applied = 0;
    if ((await this.store.changes.head()) <= this.seq) return 0;
    for (;;) {
      const batch = await this.store.changes.since(this.seq, BATCH);
      if (batch.length === 0) return applied;
      // A record saved several times in a batch needs indexing once, in its final state.
      const latest = new Map<string, Change>();
      for (const change of batch) latest.set(`${change.entity}\u0000${change.id}`, change);
      for (const change of latest.values()) applied += await this.apply(change);
      this.seq = batch[batch.length - 1]?.seq ?? this.seq;
    }
  }

  private async apply(change: Change): Promise<number> {
    if (change.entity === 'topic') return this.reindexTopic(change.id);
    if (change.op === 'delete') {
      this.index.remove(change.id);
      return 1;
    }
    return change.entity === 'consultation' ? this.reindexConsultation(change.id) : this.reindexTrustedQa(change.id);
  }

  private async reindexConsultation(id: string): Promise<number> {
    const c = await this.store.consultations.getById(id);
    if (!c) {
      this.index.remove(id);
      return 1;
    }
    const topics = await Promise.all(c.topicIds.map((t) => this.store.topics.getById(t)));
    this.index.index(consultationDoc(c, topics.flatMap((t) => (t ? [t.title] : []))));
    return 1;
  }

  private async reindexTrustedQa(id: string): Promise<number> {
    const qa = await this.store.trustedQas.getById(id);
    if (!qa) {
      this.index.remove(id);
      return 1;
    }
    this.index.index(trustedQaDoc(qa, (await this.store.topics.getById(qa.topicId)) ?? undefined));
    return 1;
  }

  /** A renamed topic or new synonyms change how its answers and consultations are found. */
  private async reindexTopic(topicId: string): Promise<number> {
    const topic: Topic | null = await this.store.topics.getById(topicId);
    let n = 0;
    for (const qa of await this.store.trustedQas.byTopic(topicId)) {
      this.index.index(trustedQaDoc(qa, topic ?? undefined));
      n += 1;
    }
    const members = await this.store.consultations.list({ topicId }, { limit: 100_000, offset: 0 });
    for (const m of members.items) n += await this.reindexConsultation(m.id);
    return n;
  }
}
