/** The page as numbered lines, so every later step can report where a problem is. */

export interface PageLine {
  /** 1-based line number in the file (the first physical line when lines were re-joined). */
  no: number;
  text: string;
}

/** Splits text into trimmed, numbered lines; tolerates a BOM and Windows or old Mac line ends. */
export function toLines(text: string): PageLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ no: index + 1, text: raw.trim() }));
}

export function nonEmpty(lines: readonly PageLine[]): PageLine[] {
  return lines.filter((line) => line.text !== '');
}

/*
 * The archive wraps lines after a courtesy title, leaving "Dr." or "Hello Mr." stranded at a
 * line end with the name on the next line. Those breaks are not paragraphs, so they are undone.
 */
const STRANDED_TITLE = /(?:^|\s)(?:Dr|Mr|Mrs|Ms)\.$/;

/** Re-joins lines that end in a stranded courtesy title with the line that follows. */
export function joinTitleBreaks(lines: readonly PageLine[]): PageLine[] {
  const out: PageLine[] = [];
  for (const line of nonEmpty(lines)) {
    const previous = out[out.length - 1];
    if (previous && STRANDED_TITLE.test(previous.text)) {
      out[out.length - 1] = { no: previous.no, text: `${previous.text} ${line.text}` };
    } else {
      out.push(line);
    }
  }
  return out;
}

/** Body text of a section: each line is a paragraph, kept apart by a newline. */
export function paragraphs(lines: readonly PageLine[]): string {
  return lines.map((line) => line.text).join('\n');
}
