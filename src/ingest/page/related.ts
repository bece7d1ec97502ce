/** Reads the "Related FAQ" list into topics, in page order. */

import { faqTopicId } from '../../domain/identity.js';
import type { Topic } from '../../domain/topic.js';
import type { PageLine } from './lines.js';

/*
 * Greedy title so a title with its own parentheses, "Chronic Cough (Adults)(Pulmonology)",
 * keeps them and only the last group is read as the department.
 */
const ENTRY = /^(.*)\(([^()]*)\)$/;

export function parseRelated(lines: readonly PageLine[]): Topic[] {
  const topics: Topic[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const { title, department } = splitEntry(line.text);
    // "(Neurology)" alone heads the list with the page's own department; it is no topic.
    if (!title) continue;
    const id = faqTopicId(title, department);
    if (seen.has(id)) continue;
    seen.add(id);
    topics.push(faqTopic(title, department, id));
  }
  return topics;
}

export function faqTopic(title: string, department: string | null, id = faqTopicId(title, department)): Topic {
  return {
    id,
    slug: id,
    title,
    department,
    kind: 'faq',
    concept: null,
    source: { organisation: null, url: null, file: null },
  };
}

/** A line without a "(Department)" suffix still names a topic, just not within a department. */
function splitEntry(text: string): { title: string; department: string | null } {
  const match = ENTRY.exec(text);
  if (!match) return { title: text.trim(), department: null };
  const department = (match[2] ?? '').replace(/\s+/g, ' ').trim();
  return { title: (match[1] ?? '').trim(), department: department || null };
}
