import { createHash } from 'node:crypto';
import { slugify } from './text.js';

function shortHash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 12);
}

/**
 * A consultation is the same consultation when the same asker asked the same question on the
 * same day; the reply, title and More Info may be edited and re-imported as an update.
 */
export function consultationId(nickname: string, askedOn: string, question: string): string {
  return shortHash(nickname.trim().toLowerCase(), askedOn, question.replace(/\s+/g, ' ').trim());
}

/** Stable URL slug: readable words from the title plus the id, so renames never collide. */
export function consultationSlug(title: string, id: string): string {
  const words = slugify(title, 60);
  return words ? `${words}-${id.slice(0, 8)}` : id;
}

/** A "Related FAQ" topic is named by its title within its department. */
export function faqTopicId(title: string, department: string | null): string {
  const name = department ? `${title} ${department}` : title;
  // Titles with no Latin letters or digits (e.g. Chinese) have no slug words; a hash keeps them apart.
  return slugify(name, 120) || `topic-${shortHash(name)}`;
}

export function medquadTopicId(prefix: string, docId: string): string {
  return `${prefix}_${docId}`;
}

export function medquadTopicSlug(focus: string, prefix: string, docId: string): string {
  return `${slugify(focus, 60)}-${prefix.toLowerCase()}-${docId.toLowerCase().replace(/_/g, '-')}`;
}

/** JSON with object keys sorted, so equal content hashes equally whichever importer built it. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Content fingerprint used to tell "unchanged" from "updated" on re-import. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
