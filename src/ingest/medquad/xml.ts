/**
 * Reads one MedQuAD XML file into a neutral shape, whatever its layout:
 * - `<Document id source url>` with `<Focus>`, `<FocusAnnotations>` and `<QAPairs><QAPair>`;
 * - the same under `<DiseaseFile fid source url>`, with `<UMLS>` directly under the root (CDC);
 * - `<doc docid corpus url>` with `<doctitle-focus>`, `<umls>` and `<qaPairs><pair>` (NINDS).
 * Element and attribute names are compared lower-cased, so case variants read the same.
 */

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportError } from '../../domain/errors.js';
import { attributeText, elementText } from './text.js';

export interface MedquadPair {
  pid: string | null;
  qid: string | null;
  qtype: string | null;
  question: string;
  /** '' where MedQuAD removed the answer. */
  answer: string;
}

export interface MedquadXml {
  /** The root element's name as written. */
  root: string;
  rootLine: number;
  /** `id`, `docid` or `fid`, whichever the root has. */
  id: string | null;
  source: string | null;
  corpus: string | null;
  url: string | null;
  /** '' when the document has no focus or an empty one. */
  focus: string;
  category: string | null;
  cuis: string[];
  semanticTypes: string[];
  semanticGroup: string | null;
  synonyms: string[];
  /** In document order; a pair's 1-based position is its index + 1. */
  pairs: MedquadPair[];
}

export const MEDQUAD_ROOTS: ReadonlySet<string> = new Set(['document', 'doc', 'diseasefile']);

const ATTR = '@';
const TEXT = '#text';
/** Leaves whose text is read raw (see text.ts); also spares the parser tokenising long answers. */
const TEXT_ELEMENTS = [
  'focus', 'doctitle-focus', 'category', 'cui', 'semantictype', 'semanticgroup', 'synonym', 'question', 'answer',
];

// Built once: the importer parses ~11k files per MedQuAD import.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  textNodeName: TEXT,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  transformTagName: (name) => name.toLowerCase(),
  transformAttributeName: (name) => name.toLowerCase(),
  // Every element becomes a list, so one <CUI> and three <CUI>s have the same shape.
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
  stopNodes: TEXT_ELEMENTS.map((name) => `*.${name}`),
});

type XmlElement = { readonly [name: string]: unknown };

function isElement(node: unknown): node is XmlElement {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

function all(parent: unknown, name: string): unknown[] {
  if (!isElement(parent)) return [];
  const value = parent[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function textOf(node: unknown): string {
  if (typeof node === 'string') return elementText(node);
  if (isElement(node) && typeof node[TEXT] === 'string') return elementText(node[TEXT]);
  return '';
}

function texts(parent: unknown, name: string): string[] {
  return all(parent, name).map(textOf);
}

function attr(node: unknown, name: string): string | null {
  if (!isElement(node)) return null;
  const value = node[ATTR + name];
  return attributeText(typeof value === 'string' ? value : undefined);
}

/** Non-empty values once each, in first-seen order (a few GARD and ADAM files repeat synonyms). */
function distinct(values: string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Whitespace, declaration, processing instructions, comments and a DOCTYPE before the root. */
const PROLOG_ITEM = /\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/y;
const START_TAG = /<([A-Za-z_][\w.:-]*)/y;

/** The root element's name and offset, found without parsing (also used to sniff formats). */
export function findRootTag(text: string): { name: string; index: number } | null {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    PROLOG_ITEM.lastIndex = at;
    if (!PROLOG_ITEM.exec(text)) break;
    at = PROLOG_ITEM.lastIndex;
  }
  START_TAG.lastIndex = at;
  const tag = START_TAG.exec(text);
  return tag?.[1] ? { name: tag[1], index: at } : null;
}

function lastLine(text: string): number {
  return lineAt(text, text.trimEnd().length);
}

function assertWellFormed(text: string): void {
  const result = XMLValidator.validate(text);
  if (result === true) return;
  const { msg, line, col } = result.err;
  // The validator reports several unclosed elements as a JSON list at line 1: say it plainly.
  const openList = /^Invalid '(\[[\s\S]*\])' found\.$/.exec(msg);
  const open = openList?.[1] ? parseOpenList(openList[1]) : null;
  if (open) {
    const names = open.map((name) => `<${name}>`).join(', ');
    throw new ImportError(`not well-formed XML: the file ends before ${names} are closed (truncated?)`, lastLine(text));
  }
  const unclosed = /^Unclosed tag '(.+)'\.$/.exec(msg);
  if (unclosed) {
    throw new ImportError(
      `not well-formed XML: the file ends before <${unclosed[1]}> (opened on line ${line}) is closed (truncated?)`,
      lastLine(text),
    );
  }
  throw new ImportError(`not well-formed XML: ${msg} (column ${col})`, line);
}

function parseOpenList(json: string): string[] | null {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
  } catch {
    return null;
  }
}

/** Line of the n-th (1-based) QA pair start tag, for messages about that pair. */
function pairLine(text: string, n: number): number | null {
  let seen = 0;
  for (const match of text.matchAll(/<(?:qapair|pair)(?=[\s>/])/gi)) {
    if (++seen === n) return lineAt(text, match.index ?? 0);
  }
  return null;
}

function readPairs(root: unknown, text: string): MedquadPair[] {
  // Both spellings are gathered per <QAPairs>; no MedQuAD file mixes them inside one list.
  const nodes = all(root, 'qapairs').flatMap((list) => [...all(list, 'qapair'), ...all(list, 'pair')]);
  return nodes.map((node, index): MedquadPair => {
    const position = index + 1;
    const question = all(node, 'question')[0];
    if (question === undefined) {
      throw new ImportError(`QA pair ${position} has no <Question>`, pairLine(text, position));
    }
    const questionText = textOf(question);
    if (questionText === '') {
      throw new ImportError(`QA pair ${position} has an empty <Question>`, pairLine(text, position));
    }
    return {
      pid: attr(node, 'pid'),
      qid: attr(question, 'qid'),
      qtype: attr(question, 'qtype'),
      question: questionText,
      answer: textOf(all(node, 'answer')[0]),
    };
  });
}

/** Parses and checks one file; throws ImportError (with a line where there is one). */
export function readMedquadXml(input: string): MedquadXml {
  const lead = /^\uFEFF?\s*/.exec(input)?.[0] ?? '';
  if (lead.length === input.length) throw new ImportError('file is empty');
  // Leading blank lines are dropped (an XML declaration must come first) but still counted.
  const text = input.slice(lead.length);
  const offset = lineAt(lead, lead.length) - 1;
  try {
    const xml = readWellFormed(text);
    return offset > 0 ? { ...xml, rootLine: xml.rootLine + offset } : xml;
  } catch (error) {
    if (error instanceof ImportError && error.line !== null && offset > 0) {
      throw new ImportError(error.message, error.line + offset);
    }
    throw error;
  }
}

function readWellFormed(text: string): MedquadXml {
  assertWellFormed(text);
  const rootTag = findRootTag(text);
  const rootLine = rootTag ? lineAt(text, rootTag.index) : 1;
  const rootName = rootTag?.name ?? '';
  if (!MEDQUAD_ROOTS.has(rootName.toLowerCase())) {
    throw new ImportError(
      `not a MedQuAD document: the root element is <${rootName}>, expected <Document>, <DiseaseFile> or <doc>`,
      rootLine,
    );
  }
  let parsed: unknown;
  try {
    parsed = parser.parse(text);
  } catch (error) {
    throw new ImportError(`cannot read the XML: ${error instanceof Error ? error.message : String(error)}`, null);
  }
  const root = all(parsed, rootName.toLowerCase())[0];
  // CDC and NINDS files put <UMLS> directly under the root; the others inside <FocusAnnotations>.
  const holders = [root, ...all(root, 'focusannotations')];
  const umls = holders.flatMap((holder) => all(holder, 'umls'));
  const listed = (leaf: string, list: string): string[] =>
    distinct(umls.flatMap((u) => [...texts(u, leaf), ...all(u, list).flatMap((l) => texts(l, leaf))]));
  return {
    root: rootName,
    rootLine,
    id: attr(root, 'id') ?? attr(root, 'docid') ?? attr(root, 'fid'),
    source: attr(root, 'source'),
    corpus: attr(root, 'corpus'),
    url: attr(root, 'url'),
    focus: [...texts(root, 'focus'), ...texts(root, 'doctitle-focus')].find((f) => f !== '') ?? '',
    category: holders.flatMap((holder) => texts(holder, 'category')).find((c) => c !== '') ?? null,
    cuis: listed('cui', 'cuis'),
    semanticTypes: listed('semantictype', 'semantictypes'),
    semanticGroup: umls.flatMap((u) => texts(u, 'semanticgroup')).find((g) => g !== '') ?? null,
    synonyms: distinct(holders.flatMap((holder) => all(holder, 'synonyms').flatMap((s) => texts(s, 'synonym')))),
    pairs: readPairs(root, text),
  };
}
