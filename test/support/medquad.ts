import assert from 'node:assert/strict';
import path from 'node:path';
import { ImportError } from '../../src/domain/errors.js';
import type { TrustedQa } from '../../src/domain/topic.js';
import { medquadImporter, type MedquadDocument } from '../../src/ingest/medquad/index.js';

// Shared by the MedQuAD importer's tests on written fixtures and on the real corpus.

export function parse(text: string, filePath = 'medquad/0000001.xml'): MedquadDocument {
  const items = medquadImporter.parse({ path: filePath, name: path.basename(filePath.replace(/\\/g, '/')), text });
  assert.equal(items.length, 1);
  const [item] = items;
  assert.ok(item && item.kind === 'medquad-document');
  return item;
}

export function qa(doc: MedquadDocument, position: number): TrustedQa {
  const found = doc.qas[position - 1];
  assert.ok(found, `no QA at position ${position}`);
  return found;
}

export function assertImportError(run: () => unknown, line: number | null, message: RegExp): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof ImportError, `expected ImportError, got ${String(error)}`);
    assert.match(error.message, message);
    assert.equal(error.line, line);
    return true;
  });
}
