import {
  consultationToRecord,
  snippetToRecord,
  topicToRecord,
  trustedQaToRecord,
} from '../ingest/jsonl/records.js';
import type { Store } from '../store/types.js';

export interface ExportCounts {
  topics: number;
  snippets: number;
  consultations: number;
  trustedQas: number;
}

/**
 * Writes the whole archive as JSONL in a fixed order (topics, snippets, consultations, trusted
 * Q&As, each by id), so two exports of the same archive are identical byte for byte and the
 * file imports in one pass (every reference points upwards, except Similar Q&A targets).
 */
export class ExportService {
  constructor(private readonly store: Store) {}

  async exportTo(write: (line: string) => Promise<void>): Promise<ExportCounts> {
    const counts: ExportCounts = { topics: 0, snippets: 0, consultations: 0, trustedQas: 0 };
    for await (const t of this.store.topics.all()) {
      await write(`${JSON.stringify(topicToRecord(t))}\n`);
      counts.topics += 1;
    }
    for await (const s of this.store.topics.allSnippets()) {
      await write(`${JSON.stringify(snippetToRecord(s))}\n`);
      counts.snippets += 1;
    }
    for await (const c of this.store.consultations.all()) {
      await write(`${JSON.stringify(consultationToRecord(c))}\n`);
      counts.consultations += 1;
    }
    for await (const q of this.store.trustedQas.all()) {
      await write(`${JSON.stringify(trustedQaToRecord(q))}\n`);
      counts.trustedQas += 1;
    }
    return counts;
  }
}
