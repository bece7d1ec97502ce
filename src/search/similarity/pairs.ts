/**
 * Reader for MEDIQA 2019 RQE pair files:
 *   <pair pid="1" value="true|false" type="…"><chq>…</chq><faq>…</faq></pair>
 * The training/validation files carry `value`; the test file as first released did not, so the
 * label is optional (null) rather than defaulting to false, which would silently skew accuracy.
 */

import { XMLParser } from 'fast-xml-parser';

export interface RqePair {
  pid: string;
  /** Consumer (or clinical) question: the question that must be answered. */
  chq: string;
  /** Candidate FAQ whose answers might answer `chq`. */
  faq: string;
  /** true = entailment; null when the file carries no label. */
  label: boolean | null;
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Keep every value a string: pids like "007" or texts like "1.5" must not become numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'pair',
  // CHQs contain stray markup-like text; treat element bodies as text, entities decoded.
  processEntities: true,
  htmlEntities: true,
});

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object') {
    const node = value as Node;
    const t = node['#text'];
    if (t !== undefined) return textOf(t);
    // Mixed content (inline tags inside a question): join the parts that are text.
    return Object.entries(node)
      .filter(([k]) => !k.startsWith('@'))
      .map(([, v]) => textOf(v))
      .join(' ');
  }
  return '';
}

function labelOf(raw: unknown): boolean | null {
  if (raw === undefined || raw === null) return null;
  const v = String(raw).trim().toLowerCase();
  if (v === 'true' || v === '1' || v === 'yes') return true;
  if (v === 'false' || v === '0' || v === 'no') return false;
  return null;
}

/** Finds the <pair> list wherever the root is (the root name differs per file). */
function findPairs(doc: Node): Node[] {
  for (const value of Object.values(doc)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const node = value as Node;
      const pairs = node['pair'];
      if (Array.isArray(pairs)) return pairs as Node[];
      const nested = findPairs(node);
      if (nested.length) return nested;
    }
  }
  return [];
}

export function readPairs(xml: string): RqePair[] {
  const doc = parser.parse(xml) as Node;
  return findPairs(doc).map((p, i) => ({
    pid: textOf(p['@pid']).trim() || String(i + 1),
    chq: textOf(p['chq']).replace(/\s+/g, ' ').trim(),
    faq: textOf(p['faq']).replace(/\s+/g, ' ').trim(),
    label: labelOf(p['@value']),
  }));
}
