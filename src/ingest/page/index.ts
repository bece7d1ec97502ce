/**
 * Importer for archive pages in the seed text format: one consultation per page, or a page of
 * loose knowledge snippets when the page has neither an asker line nor a reply header.
 */

import type { Importer, ImportItem, SourceFile } from '../types.js';
import { consultationItem } from './consultation.js';
import { toLines } from './lines.js';
import { layoutOf } from './sections.js';
import { snippetItem } from './snippets.js';

export const pageImporter: Importer = {
  format: 'page',
  parse(file: SourceFile): ImportItem[] {
    const layout = layoutOf(toLines(file.text));
    return [layout.kind === 'snippets' ? snippetItem(layout.lines, file) : consultationItem(layout, file)];
  },
};
