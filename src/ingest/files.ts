import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ImportError } from '../domain/errors.js';
import type { SourceFile } from './types.js';

/** Files found in a folder that are documentation about the data, not data (MedQuAD ships both). */
const NOT_DATA = /^(readme|license|licence|copying|notice|changelog)(\.[a-z0-9]+)?$/i;

export interface FoundFiles {
  files: string[];
  /** Files passed over while walking folders (named files are never skipped). */
  skipped: string[];
}

async function walk(dir: string, out: FoundFiles): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) await walk(full, out);
    else if (entry.isFile()) {
      if (NOT_DATA.test(entry.name)) out.skipped.push(full);
      else out.files.push(full);
    }
  }
}

/** Expands the paths the user gave into files, folders walked recursively in name order. */
export async function findFiles(paths: string[]): Promise<FoundFiles> {
  const out: FoundFiles = { files: [], skipped: [] };
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info) throw new ImportError(`no such file or folder: ${p}`);
    if (info.isDirectory()) await walk(p, out);
    else out.files.push(p);
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as UTF-8 text; binary content and empty files are rejected with a reason. */
export async function readSourceFile(path: string): Promise<SourceFile> {
  const bytes = await readFile(path);
  if (bytes.length === 0) throw new ImportError('file is empty');
  // A NUL byte never occurs in the text formats askdoc reads; it marks a binary file.
  const nul = bytes.indexOf(0);
  let text: string;
  try {
    if (nul !== -1) throw new Error('NUL byte');
    text = utf8.decode(bytes);
  } catch {
    throw new ImportError('binary file: not UTF-8 text');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new ImportError('file is empty');
  return { path, name: basename(path), text: text.replace(/\r\n?/g, '\n') };
}
