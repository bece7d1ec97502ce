/** Reads the "Similar Q&A" list into links; the store resolves their targets later. */

import type { SimilarLink } from '../../domain/consultation.js';
import { ImportError } from '../../domain/errors.js';
import { parseReplyHeader, type ReplyHeader } from './anatomy.js';
import type { PageLine } from './lines.js';

const READ_MORE = '[Read More]';

interface OpenEntry {
  start: number;
  title: string;
  question: string[];
  header: ReplyHeader | null;
  reply: string[];
}

/*
 * An entry is: title line, question excerpt (one or more lines), reply header, reply excerpt
 * closed by "[Read More] TITLE". The closing marker, not a line count, ends an entry, so a
 * reply excerpt that wraps over several lines is still read whole.
 */
export function parseSimilar(lines: readonly PageLine[]): SimilarLink[] {
  const links: SimilarLink[] = [];
  let entry: OpenEntry | null = null;
  for (const line of lines) {
    if (!entry) {
      entry = { start: line.no, title: line.text, question: [], header: null, reply: [] };
    } else if (!entry.header) {
      entry.header = parseReplyHeader(line.text);
      if (!entry.header) entry.question.push(line.text);
      else if (entry.question.length === 0) throw incomplete(entry.start, 'no question excerpt before its reply header');
    } else {
      const cut = line.text.indexOf(READ_MORE);
      entry.reply.push(cut === -1 ? line.text : line.text.slice(0, cut).trimEnd());
      if (cut !== -1) {
        links.push(linkOf(entry, entry.header));
        entry = null;
      }
    }
  }
  if (entry?.header) throw incomplete(entry.start, `no reply excerpt ending in "${READ_MORE} TITLE"`);
  if (entry) throw incomplete(entry.start, 'no "Dr. NAME reply DEPARTMENT" line');
  return links;
}

function linkOf(entry: OpenEntry, header: ReplyHeader): SimilarLink {
  return {
    title: entry.title,
    // Joined like the page's own question, so an excerpt of a whole short question equals it.
    questionExcerpt: entry.question.join('\n'),
    doctorName: header.doctorName,
    department: header.department,
    replyExcerpt: entry.reply.join('\n'),
    targetId: null,
  };
}

function incomplete(line: number, what: string): ImportError {
  return new ImportError(`Similar Q&A entry starting on line ${line} has ${what}`, line);
}
