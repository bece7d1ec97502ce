/** A published consultation: one asker's question and one doctor's reply, laid out like the seed pages. */

export type Sex = 'female' | 'male' | 'unknown';

export interface Asker {
  nickname: string;
  /** As the archive writes it, e.g. "20~29". */
  ageRange: string;
  sex: Sex;
}

export interface Reply {
  doctorName: string;
  /** Hospital or clinic taken from the reply's signature, when there is one. */
  affiliation: string | null;
  department: string;
  text: string;
  /** ISO date (YYYY-MM-DD). */
  repliedOn: string;
}

/**
 * An entry of a page's "Similar Q&A" list. The entry keeps what the page showed, so the
 * reference survives even while its target is not in the archive; `targetId` is filled
 * once a consultation matching the entry is stored (in either import order).
 */
export interface SimilarLink {
  title: string;
  questionExcerpt: string;
  doctorName: string;
  department: string;
  replyExcerpt: string;
  targetId: string | null;
}

export type SourceFormat = 'page' | 'medquad' | 'jsonl';

export interface SourceRef {
  format: SourceFormat;
  /** File name as given to the importer (base name, so stores are portable). */
  file: string | null;
  url: string | null;
}

export type FlagKind = 'title-repaired' | 'title-artifact' | 'salutation-mismatch';

export interface QualityFlag {
  kind: FlagKind;
  detail: string;
}

export interface Consultation {
  id: string;
  slug: string;
  title: string;
  question: string;
  asker: Asker;
  /** ISO date (YYYY-MM-DD). */
  askedOn: string;
  reply: Reply;
  moreInfo: string | null;
  similar: SimilarLink[];
  /** Topic ids, in the order of the page's "Related FAQ" list. */
  topicIds: string[];
  source: SourceRef;
  flags: QualityFlag[];
}

/** What lists show of a consultation (department pages, topic pages, Similar Q&A). */
export interface ConsultationSummary {
  id: string;
  slug: string;
  title: string;
  question: string;
  department: string;
  doctorName: string;
  replyText: string;
  askedOn: string;
}
