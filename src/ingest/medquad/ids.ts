/**
 * MedQuAD's answer ids, `PREFIX_DOCID_SecN`, are what the LiveQA relevance judgments name, so
 * trusted-QA ids follow them exactly: the prefix per source collection, the document id, and the
 * pair's 1-based position in its document.
 */

/** The 12 collections in MedQuAD's folder order (`1_CancerGov_QA` … `12_MPlusHerbsSupplements_QA`). */
const COLLECTIONS: readonly { source: string; prefix: string }[] = [
  { source: 'CancerGov', prefix: 'CancerGov' },
  { source: 'GARD', prefix: 'GARD' },
  { source: 'GHR', prefix: 'GHR' },
  { source: 'MPlusHealthTopics', prefix: 'MPlusHealthTopics' },
  { source: 'NIDDK', prefix: 'NIDDK' },
  { source: 'NINDS', prefix: 'NINDS' },
  { source: 'NIHSeniorHealth', prefix: 'NIHSeniorHealth' },
  { source: 'NHLBI', prefix: 'NHLBI' },
  { source: 'CDC', prefix: 'CDC' },
  { source: 'ADAM', prefix: 'ADAM' },
  { source: 'MPlusDrugs', prefix: 'MPlusDrugs' },
  // The one collection whose answer ids shorten its source name.
  { source: 'MPlusHerbsSupplements', prefix: 'MPlusHerbsSuppls' },
];

const PREFIX_BY_SOURCE = new Map(COLLECTIONS.map((c) => [c.source.toLowerCase(), c.prefix]));

/** A collection outside MedQuAD's twelve may use its source name as prefix if it is id-safe. */
const SAFE_PREFIX = /^[A-Za-z][A-Za-z0-9]*$/;
const SAFE_DOC_ID = /^[A-Za-z0-9][\w.-]*$/;

export interface MedquadOrigin {
  /** The source name as the file gives it (or as MedQuAD spells it when taken from the folder). */
  organisation: string;
  prefix: string;
}

/** Prefix for a source name; null when the name is unknown and unfit for an id. */
export function prefixForSource(source: string): string | null {
  const known = PREFIX_BY_SOURCE.get(source.toLowerCase());
  if (known) return known;
  return SAFE_PREFIX.test(source) ? source : null;
}

/** The collection a MedQuAD folder name (`6_NINDS_QA`) stands for, by its number. */
export function sourceOfFolder(folder: string): string | null {
  const match = /^(\d{1,2})_[A-Za-z]/.exec(folder);
  if (!match?.[1]) return null;
  return COLLECTIONS[Number(match[1]) - 1]?.source ?? null;
}

/** Name of the folder directly holding the file; only that folder is trusted to name its collection. */
export function parentFolder(filePath: string): string | null {
  const parts = filePath.split(/[\\/]+/).filter((part) => part !== '');
  return parts.length >= 2 ? (parts[parts.length - 2] ?? null) : null;
}

/**
 * Where a document comes from: its source attribute, else the numbered folder holding it, else
 * `fallback` (the NINDS layout names no source outside its `corpus` attribute).
 */
export function resolveOrigin(
  declared: string | null,
  filePath: string,
  fallback: string | null,
): MedquadOrigin | { error: string } {
  const organisation = declared ?? sourceOfFolder(parentFolder(filePath) ?? '') ?? fallback;
  if (organisation === null) {
    return {
      error:
        'cannot tell which MedQuAD collection the document belongs to: it has no source attribute and its folder is not named like "6_NINDS_QA"',
    };
  }
  const prefix = prefixForSource(organisation);
  if (prefix === null) {
    return { error: `source "${organisation}" is not a MedQuAD collection and cannot serve as an id prefix` };
  }
  return { organisation, prefix };
}

export function fileStem(fileName: string): string {
  return fileName.replace(/\.xml$/i, '');
}

/**
 * The document id used in ids. CancerGov's `0000013_2_1.xml` … `0000013_2_6.xml` repeat the id of
 * `0000013_2.xml`; their longer file stem keeps their ids apart. A missing id falls back to the stem.
 */
export function documentId(declared: string | null, fileName: string): string | null {
  const stem = fileStem(fileName);
  if (declared === null) return SAFE_DOC_ID.test(stem) ? stem : null;
  if (stem.length > declared.length && stem.startsWith(declared) && SAFE_DOC_ID.test(stem)) return stem;
  return declared;
}

export function trustedQaId(prefix: string, docId: string, position: number): string {
  return `${prefix}_${docId}_Sec${position}`;
}
