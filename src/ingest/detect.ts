import { extname } from 'node:path';
import { UnknownFormatError } from '../domain/errors.js';
import { jsonlImporter, looksLikeJsonl } from './jsonl/index.js';
import { looksLikeMedquad, medquadImporter } from './medquad/index.js';
import { pageImporter } from './page/index.js';
import type { ImportFormat, Importer, SourceFile } from './types.js';

export type FormatOption = ImportFormat | 'auto';

const importers: Record<ImportFormat, Importer> = {
  page: pageImporter,
  medquad: medquadImporter,
  jsonl: jsonlImporter,
};

const byExtension: Record<string, ImportFormat> = {
  '.txt': 'page',
  '.xml': 'medquad',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** Picks the importer: the user's --format, else the extension, else the content's first bytes. */
export function importerFor(file: SourceFile, option: FormatOption): Importer {
  if (option !== 'auto') return importers[option];
  const fromExtension = byExtension[extname(file.name).toLowerCase()];
  if (fromExtension) return importers[fromExtension];
  if (looksLikeMedquad(file.text)) return medquadImporter;
  if (looksLikeJsonl(file.text)) return jsonlImporter;
  if (/^Ask Date: \d{4}\/\d{2}\/\d{2}$/m.test(file.text) || / year old (female|male)\. Ask Date: /.test(file.text)) {
    return pageImporter;
  }
  throw new UnknownFormatError(
    `unknown format: "${extname(file.name) || 'no extension'}" is not .txt, .xml or .jsonl and the content matches none of them (use --format page|medquad|jsonl)`,
  );
}
