/** Small text rules shared by importers, pages and the store. */

/** Lower-case, ASCII-folded, hyphen-joined slug of at most `max` characters, cut at a word. */
export function slugify(text: string, max = 80): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length <= max) return base;
  const cut = base.slice(0, max);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > max / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '');
}

/** Key used to compare titles and excerpts regardless of case, spacing and a trailing ellipsis. */
export function matchKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\.\.\.|…)\s*$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Cuts `text` to at most `max` characters at a word boundary and marks the cut with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const atWord = space > max * 0.6 ? cut.slice(0, space) : cut;
  return `${atWord.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}
