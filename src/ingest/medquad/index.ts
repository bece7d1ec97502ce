/**
 * Importer for MedQuAD (Ben Abacha & Demner-Fushman, 2019): one XML file per document, each
 * becoming a 'medquad' topic with its question–answer pairs as trusted QAs.
 */

import type { Importer, ImportItem, SourceFile } from '../types.js';
import { toMedquadDocument } from './document.js';
import { findRootTag, MEDQUAD_ROOTS, readMedquadXml } from './xml.js';

export { toMedquadDocument, type MedquadDocument } from './document.js';
export { trustedQaId } from './ids.js';

export const medquadImporter: Importer = {
  format: 'medquad',
  parse(file: SourceFile): ImportItem[] {
    return [toMedquadDocument(readMedquadXml(file.text), file)];
  },
};

/** MedQuAD's focus sits within the first few hundred bytes; 8 KB leaves room for long prologs. */
const SNIFF_BYTES = 8192;
const MEDQUAD_CHILD = /<(?:focus|doctitle-focus|qapairs)[\s>]/i;

/**
 * Cheap check for `--format auto`: a MedQuAD root element and one of its telltale children near
 * the top. A `<Document>` root alone is too common in other XML to decide on.
 */
export function looksLikeMedquad(text: string): boolean {
  const head = text.slice(0, SNIFF_BYTES).trimStart();
  const root = findRootTag(head);
  return root !== null && MEDQUAD_ROOTS.has(root.name.toLowerCase()) && MEDQUAD_CHILD.test(head);
}
