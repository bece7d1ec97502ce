/** Reads the "Similar Q&A" list into links; the store resolves their targets later. */

import type { SimilarLink } from '../../domain/consultation.js';
import { ImportError } from '../../domain/errors.js';
import { parseReplyHeader, type ReplyHeader } from './anatomy.js';
import type { PageLine } from './lines.js';

const READ_MORE = '[Read More]';

/*
 * An entry is: title line, question excerpt (one or more lines), reply header, reply excerpt
 * closed by "[Read More] TITLE". The closing marker, not a line count, ends an entry, so a
 * reply excerpt that wraps over several lines is still read whole.
 */
export function parseSimilar(lines: readonly PageLine[]): SimilarLink[] {
  const links: SimilarLink[] = [];
  let i = 0;
  while (i < lines.length) {
    const titleLine = lines[i] as PageLine;
    const start = titleLine.no;
    i += 1;

    const question: string[] = [];
    let header: ReplyHeader | null = null;
    for (; i < lines.length && !header; i += 1) {
      const text = (lines[i] as PageLine).text;
      header = parseReplyHeader(text);
      if (!header) question.push(text);
    }
    if (!header) throw incomplete(start, 'no "Dr. NAME reply DEPARTMENT" line');
    if (question.length === 0) throw incomplete(start, 'no question excerpt before its reply header');

    const reply: string[] = [];
    let closed = false;
    for (; i < lines.length && !closed; i += 1) {
      const text = (lines[i] as PageLine).text;
      const cut = text.indexOf(READ_MORE);
      reply.push(cut === -1 ? text : text.slice(0, cut).trimEnd());
      closed = cut !== -1;
    }
    if (!closed) throw incomplete(start, `no reply excerpt ending in "${READ_MORE} TITLE"`);

    links.push({
      title: titleLine.text,
      // Joined like the page's own question, so an excerpt of a whole short question equals it.
      questionExcerpt: question.join('\n'),
      doctorName: header.doctorName,
      department: header.department,
      replyExcerpt: reply.join('\n'),
      targetId: null,
    });
  }
  return links;
}

function incomplete(line: number, what: string): ImportError {
  return new ImportError(`Similar Q&A entry starting on line ${line} has ${what}`, line);
}
