/** Cuts a page's lines into its parts, checking the order the archive lays them out in. */

import { ImportError } from '../../domain/errors.js';
import {
  isAskerLine,
  isReplyDate,
  isReplyHeader,
  sectionMarker,
  type SectionName,
} from './anatomy.js';
import { nonEmpty, type PageLine } from './lines.js';

export interface ConsultationLayout {
  kind: 'consultation';
  /** Always line 1, even when blank: an empty title is a defect the title rule reports. */
  title: PageLine;
  question: PageLine[];
  asker: PageLine;
  replyHeader: PageLine;
  reply: PageLine[];
  replyDate: PageLine;
  /** Null when the page has no such section. */
  moreInfo: PageLine[] | null;
  similar: PageLine[] | null;
  related: PageLine[] | null;
}

export interface SnippetLayout {
  kind: 'snippets';
  lines: PageLine[];
}

export type PageLayout = ConsultationLayout | SnippetLayout;

const ASKER_SHAPE = '"NICKNAME, AGE year old SEX. Ask Date: YYYY/MM/DD"';
const HEADER_SHAPE = '"Dr. NAME reply DEPARTMENT"';

export function layoutOf(lines: readonly PageLine[]): PageLayout {
  const content = nonEmpty(lines);
  if (content.length === 0) throw new ImportError('file is empty', null);

  const askerAt = lines.findIndex((line) => isAskerLine(line.text));
  if (askerAt === -1) {
    const header = lines.find((line) => isReplyHeader(line.text));
    // Neither anchor present: the page is a list of loose statements, not a consultation.
    if (!header) return { kind: 'snippets', lines: content };
    throw new ImportError(
      `page has a reply header but no asker line ${ASKER_SHAPE} before it`,
      header.no,
    );
  }
  const asker = at(lines, askerAt);
  if (askerAt === 0) throw new ImportError('page starts with the asker line; expected the title on line 1', 1);
  const question = nonEmpty(lines.slice(1, askerAt));
  if (question.length === 0) {
    throw new ImportError('page has no question between the title and the asker line', asker.no);
  }

  const headerAt = nextContent(lines, askerAt + 1);
  const header = headerAt === -1 ? null : at(lines, headerAt);
  if (!header || !isReplyHeader(header.text)) {
    throw new ImportError(
      `page has no reply: expected ${HEADER_SHAPE} right after the asker line`,
      header ? header.no : asker.no + 1,
    );
  }

  const dateAt = replyDateIndex(lines, headerAt + 1);
  if (dateAt === -1) {
    throw new ImportError(`reply on line ${header.no} has no "Reply Date: YYYY/MM/DD" line`, header.no);
  }
  const reply = nonEmpty(lines.slice(headerAt + 1, dateAt));
  if (reply.length === 0) throw new ImportError('reply has no text', header.no);

  const tail = tailSections(lines.slice(dateAt + 1));
  return {
    kind: 'consultation',
    title: at(lines, 0),
    question,
    asker,
    replyHeader: header,
    reply,
    replyDate: at(lines, dateAt),
    moreInfo: tail.get('More Info') ?? null,
    similar: tail.get('Similar Q&A') ?? null,
    related: tail.get('Related FAQ') ?? null,
  };
}

/** The reply ends at its date line; meeting any other structural line first means the date is missing. */
function replyDateIndex(lines: readonly PageLine[], from: number): number {
  for (let i = from; i < lines.length; i += 1) {
    const text = at(lines, i).text;
    if (isReplyDate(text)) return i;
    if (sectionMarker(text) || isReplyHeader(text) || isAskerLine(text)) return -1;
  }
  return -1;
}

function tailSections(lines: readonly PageLine[]): Map<SectionName, PageLine[]> {
  const sections = new Map<SectionName, PageLine[]>();
  let current: PageLine[] | null = null;
  for (const line of nonEmpty(lines)) {
    const marker = sectionMarker(line.text);
    if (marker) {
      if (sections.has(marker)) throw new ImportError(`page has a second "${marker}" section`, line.no);
      current = [];
      sections.set(marker, current);
    } else if (current) {
      current.push(line);
    } else {
      throw new ImportError(
        'unexpected text after the Reply Date line; expected "More Info", "Similar Q&A" or "Related FAQ"',
        line.no,
      );
    }
  }
  return sections;
}

function nextContent(lines: readonly PageLine[], from: number): number {
  for (let i = from; i < lines.length; i += 1) if (at(lines, i).text !== '') return i;
  return -1;
}

/** Index access for positions the caller already bounded (noUncheckedIndexedAccess). */
function at(lines: readonly PageLine[], index: number): PageLine {
  const line = lines[index];
  if (!line) throw new RangeError(`no line at index ${index}`);
  return line;
}
