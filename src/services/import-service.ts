import type { Consultation } from '../domain/consultation.js';
import { AppError } from '../domain/errors.js';
import { contentHash } from '../domain/identity.js';
import type { KnowledgeSnippet, Topic, TrustedQa } from '../domain/topic.js';
import { type FormatOption, importerFor } from '../ingest/detect.js';
import { findFiles, readSourceFile } from '../ingest/files.js';
import type { ImportItem, SourceFile } from '../ingest/types.js';
import type { Store } from '../store/types.js';
import { addTally, emptyReport, type ImportReport, type Outcome, type Tally } from './import-report.js';

const READ_AHEAD = 8;

export interface ImportOptions {
  format: FormatOption;
  /** Called before each file; the CLI draws its progress bar from it. */
  onFile?: (done: number, total: number, path: string) => void;
}

function outcomeOf(before: string | null, after: string): Outcome {
  if (before === null) return 'imported';
  return before === after ? 'unchanged' : 'updated';
}

/** Resolved link targets are the store's business, not the page's content. */
function consultationHash(c: Consultation): string {
  return contentHash({ ...c, similar: c.similar.map((l) => ({ ...l, targetId: null })) });
}

function reasonOf(err: unknown): { reason: string; line: number | null } {
  if (err instanceof AppError) {
    const line = typeof err.details.line === 'number' ? err.details.line : null;
    return { reason: err.message, line };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { reason: `the store rejected the file: ${message}`, line: null };
}

/**
 * Imports files and folders of any supported format. Each file is parsed first and then
 * written in one transaction, so a bad file leaves no trace and the others still import.
 */
export class ImportService {
  constructor(private readonly store: Store) {}

  async importPaths(paths: string[], options: ImportOptions): Promise<ImportReport> {
    const report = emptyReport();
    const found = await findFiles(paths);
    report.skipped = found.skipped;
    // Reading the next few files while one is parsed and written keeps the disk busy: on a
    // cold cache, waiting for reads was over a third of a MedQuAD import.
    const reads = new Map<number, Promise<SourceFile>>();
    const readAhead = (i: number): void => {
      for (let j = i; j < Math.min(i + READ_AHEAD, found.files.length); j++) {
        const path = found.files[j];
        if (path === undefined || reads.has(j)) continue;
        const read = readSourceFile(path);
        // A bad file rejects before its turn; its own await below reports it, in order.
        read.catch(() => undefined);
        reads.set(j, read);
      }
    };
    for (const [index, path] of found.files.entries()) {
      options.onFile?.(index, found.files.length, path);
      report.files += 1;
      readAhead(index);
      const reading = reads.get(index) ?? readSourceFile(path);
      reads.delete(index);
      try {
        const file = await reading;
        const items = importerFor(file, options.format).parse(file);
        const tally = await this.store.transaction(() => this.apply(items));
        addTally(report, tally);
      } catch (err) {
        report.failures.push({ file: path, ...reasonOf(err) });
      }
    }
    options.onFile?.(found.files.length, found.files.length, '');
    // Each save logs its row and its topic links: without this a re-edited archive's log grows
    // with every import, while readers only ever need each record's last change (≈0.2 s for
    // 200,000 entries; next to nothing when the log is already compact).
    if (report.files > 0) await this.store.changes.compact();
    return report;
  }

  /** Writes one file's items; runs inside the file's transaction. */
  async apply(items: ImportItem[]): Promise<Tally> {
    const tally: Tally = [];
    for (const item of items) {
      switch (item.kind) {
        case 'consultation':
          for (const topic of item.topics) tally.push(['topic', await this.ensureTopic(topic)]);
          tally.push(['consultation', await this.saveConsultation(item.consultation)]);
          break;
        case 'snippets':
          tally.push(['topic', await this.ensureTopic(item.topic)]);
          tally.push(['snippet-page', await this.saveSnippets(item.topic.id, item.sourceFile, item.snippets)]);
          break;
        case 'medquad-document':
          tally.push(['topic', await this.saveTopic(item.topic)]);
          {
            const stored = await this.store.trustedQas.hashesOf(item.qas.map((q) => q.id));
            for (const qa of item.qas) tally.push(['trusted-qa', await this.saveTrustedQa(qa, stored.get(qa.id) ?? null)]);
          }
          await this.store.trustedQas.prune(item.topic.id, item.qas.map((q) => q.id));
          break;
        case 'topic':
          tally.push(['topic', await this.saveTopic(item.topic)]);
          break;
        case 'trusted-qa':
          tally.push(['trusted-qa', await this.saveTrustedQa(item.qa, (await this.store.trustedQas.hashesOf([item.qa.id])).get(item.qa.id) ?? null)]);
          break;
      }
    }
    return tally;
  }

  private async ensureTopic(topic: Topic): Promise<Outcome> {
    return (await this.store.topics.ensure(topic, contentHash(topic))) ? 'imported' : 'unchanged';
  }

  private async saveTopic(topic: Topic): Promise<Outcome> {
    const hash = contentHash(topic);
    const outcome = outcomeOf(await this.store.topics.hashOf(topic.id), hash);
    if (outcome !== 'unchanged') await this.store.topics.save(topic, hash);
    return outcome;
  }

  private async saveConsultation(c: Consultation): Promise<Outcome> {
    const hash = consultationHash(c);
    const outcome = outcomeOf(await this.store.consultations.hashOf(c.id), hash);
    if (outcome !== 'unchanged') {
      await this.store.consultations.save(c, hash);
      await this.store.consultations.resolveLinks(c.id);
    }
    return outcome;
  }

  private async saveSnippets(topicId: string, sourceFile: string, snippets: KnowledgeSnippet[]): Promise<Outcome> {
    const before = await this.store.topics.snippetsFrom(topicId, sourceFile);
    const outcome = outcomeOf(before.length ? contentHash(before) : null, contentHash(snippets));
    if (outcome !== 'unchanged') await this.store.topics.replaceSnippets(topicId, sourceFile, snippets);
    return outcome;
  }

  private async saveTrustedQa(qa: TrustedQa, storedHash: string | null): Promise<Outcome> {
    const hash = contentHash(qa);
    const outcome = outcomeOf(storedHash, hash);
    if (outcome !== 'unchanged') await this.store.trustedQas.save(qa, hash);
    return outcome;
  }
}
