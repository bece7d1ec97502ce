/** Recognisers for the fixed lines of a page: asker line, reply header, reply date, section markers. */

import type { Asker, Sex } from '../../domain/consultation.js';
import { ImportError } from '../../domain/errors.js';
import type { PageLine } from './lines.js';

/*
 * Nicknames may contain commas and spaces, so the greedy nickname group anchors the match on
 * the LAST ", <age> year old". The date is captured loosely so a bad date is reported as a bad
 * date rather than as a missing asker line.
 */
const ASKER = /^(.+),\s*([^,]+?)\s+year old\b\s*([^.]*?)\s*\.\s*Ask Date:\s*(.*)$/i;

/*
 * Bounded name and department lengths, and no sentence punctuation in the department, keep
 * prose such as "Dr. Lee reply to the question was..." from passing for a header.
 */
const REPLY_HEADER = /^Dr\.\s*([^:;]{1,60}?)\s+reply\s+([^.!?;:]{1,60})$/;

const REPLY_DATE = /^Reply Date:\s*(.*)$/i;

export type SectionName = 'More Info' | 'Similar Q&A' | 'Related FAQ';

const MARKERS: ReadonlyArray<readonly [RegExp, SectionName]> = [
  [/^More Info$/i, 'More Info'],
  [/^Similar Q\s*&\s*A$/i, 'Similar Q&A'],
  [/^Related FAQ$/i, 'Related FAQ'],
];

export interface ReplyHeader {
  doctorName: string;
  department: string;
}

export interface AskerLine {
  asker: Asker;
  askedOn: string;
}

export function isAskerLine(text: string): boolean {
  return ASKER.test(text);
}

export function isReplyHeader(text: string): boolean {
  return REPLY_HEADER.test(text);
}

export function isReplyDate(text: string): boolean {
  return REPLY_DATE.test(text);
}

export function sectionMarker(text: string): SectionName | null {
  for (const [pattern, name] of MARKERS) if (pattern.test(text)) return name;
  return null;
}

export function parseReplyHeader(text: string): ReplyHeader | null {
  const match = REPLY_HEADER.exec(text);
  if (!match?.[1] || !match[2]) return null;
  return { doctorName: squash(match[1]), department: squash(match[2]) };
}

export function parseAskerLine(line: PageLine): AskerLine {
  const match = ASKER.exec(line.text);
  if (!match?.[1] || !match[2] || match[4] === undefined) {
    throw new ImportError(`line ${line.no} is not an asker line`, line.no);
  }
  const askedOn = isoDate(match[4]);
  if (!askedOn) {
    throw new ImportError(
      `asker line has a malformed Ask Date "${match[4]}" (expected YYYY/MM/DD)`,
      line.no,
    );
  }
  const asker = { nickname: squash(match[1]), ageRange: squash(match[2]), sex: sexOf(match[3] ?? '') };
  return { asker, askedOn };
}

export function parseReplyDate(line: PageLine): string {
  const raw = REPLY_DATE.exec(line.text)?.[1] ?? '';
  const repliedOn = isoDate(raw);
  if (!repliedOn) {
    throw new ImportError(`malformed Reply Date "${raw}" (expected YYYY/MM/DD)`, line.no);
  }
  return repliedOn;
}

/** Archive date "YYYY/MM/DD" to ISO, or null when it is not a real calendar date. */
export function isoDate(raw: string): string | null {
  const match = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(raw.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2021/02/30 over into March; a round trip exposes such dates.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function sexOf(word: string): Sex {
  const lower = word.trim().toLowerCase();
  return lower === 'female' || lower === 'male' ? lower : 'unknown';
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
