import type { z } from 'zod';
import type { KnowledgeSnippet, Topic } from '../../domain/topic.js';
import { ImportError } from '../../domain/errors.js';
import type { ImportItem, Importer, SourceFile } from '../types.js';
import { archiveRecord, type topicRecord } from './records.js';

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid record';
  const field = issue.path.length ? issue.path.join('.') : 'record';
  return `${field}: ${issue.message}`;
}

function toTopic(r: z.infer<typeof topicRecord>): Topic {
  const { type: _type, ...topic } = r;
  return topic;
}

/** Reads askdoc's JSONL export; every line is validated and errors name the line and field. */
export const jsonlImporter: Importer = {
  format: 'jsonl',
  parse(file: SourceFile): ImportItem[] {
    const items: ImportItem[] = [];
    const topics = new Map<string, Topic>();
    // Snippets arrive one per line; they are written per (topic, page), as the page importer does.
    const snippetGroups = new Map<string, { topic: Topic; sourceFile: string; snippets: KnowledgeSnippet[] }>();
    const lines = file.text.split('\n');
    lines.forEach((raw, index) => {
      const lineNo = index + 1;
      const line = raw.trim();
      if (!line) return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new ImportError('not valid JSON', lineNo);
      }
      const parsed = archiveRecord.safeParse(json);
      if (!parsed.success) throw new ImportError(describeIssue(parsed.error), lineNo);
      const r = parsed.data;
      switch (r.type) {
        case 'topic': {
          const topic = toTopic(r);
          topics.set(topic.id, topic);
          items.push({ kind: 'topic', topic });
          break;
        }
        case 'snippet': {
          const topic = topics.get(r.topicId);
          if (!topic) throw new ImportError(`snippet refers to topic "${r.topicId}" not defined above it`, lineNo);
          const key = `${r.topicId}\u0000${r.sourceFile}`;
          let group = snippetGroups.get(key);
          if (!group) {
            group = { topic, sourceFile: r.sourceFile, snippets: [] };
            snippetGroups.set(key, group);
          }
          group.snippets.push({ topicId: r.topicId, sourceFile: r.sourceFile, position: r.position, text: r.text });
          break;
        }
        case 'consultation': {
          const { type: _type, ...consultation } = r;
          items.push({ kind: 'consultation', consultation, topics: [] });
          break;
        }
        case 'trusted_qa': {
          const { type: _type, ...qa } = r;
          items.push({ kind: 'trusted-qa', qa });
          break;
        }
      }
    });
    if (items.length === 0 && snippetGroups.size === 0) throw new ImportError('file has no records');
    const snippetItems: ImportItem[] = [...snippetGroups.values()].map((g) => ({ kind: 'snippets', ...g }));
    // Topics first so every later record's references already exist when it is written.
    const firstNonTopic = items.findIndex((i) => i.kind !== 'topic');
    const at = firstNonTopic === -1 ? items.length : firstNonTopic;
    return [...items.slice(0, at), ...snippetItems, ...items.slice(at)];
  },
};

export function looksLikeJsonl(text: string): boolean {
  return text.trimStart().startsWith('{');
}
