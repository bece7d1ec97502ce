/** Turns a page of loose statements into one topic and its numbered snippets. */

import { faqTopicId } from '../../domain/identity.js';
import type { KnowledgeSnippet, Topic } from '../../domain/topic.js';
import type { ImportItem, SourceFile } from '../types.js';
import type { PageLine } from './lines.js';
import { faqTopic } from './related.js';
import { inferSubject } from './subject.js';

export function snippetItem(lines: readonly PageLine[], file: SourceFile): ImportItem {
  const texts = lines.map((line) => line.text);
  // With no content words at all, the file name is the only name the page has.
  const title = inferSubject(texts) ?? fileStem(file.name);
  const topic: Topic = faqTopic(title, null, faqTopicId(title, null));
  const snippets: KnowledgeSnippet[] = texts.map((text, i) => ({
    topicId: topic.id,
    sourceFile: file.name,
    position: i + 1,
    text,
  }));
  return { kind: 'snippets', topic, sourceFile: file.name, snippets };
}

function fileStem(name: string): string {
  return name.replace(/\.[^.]*$/, '') || name;
}
