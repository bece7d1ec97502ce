/** Topic pages ("Related FAQ"), knowledge snippets and trusted-source answers. */

export type TopicKind = 'faq' | 'medquad';

export interface MedicalConcept {
  focus: string;
  synonyms: string[];
  /** UMLS Concept Unique Identifiers, e.g. C0751606. */
  cuis: string[];
  semanticTypes: string[];
  semanticGroup: string | null;
  /** MedlinePlus collections say whether the focus is a Disease, Drug or Other. */
  category: string | null;
}

export interface Topic {
  id: string;
  slug: string;
  title: string;
  /** Department name; MedQuAD documents have none. */
  department: string | null;
  kind: TopicKind;
  /** Set for topics imported from MedQuAD documents. */
  concept: MedicalConcept | null;
  source: { organisation: string | null; url: string | null; file: string | null };
}

/** A loose statement gathered on a topic page (the `003_…` seed's kind of page). */
export interface KnowledgeSnippet {
  topicId: string;
  /** The page the snippet came from; re-importing that page replaces its snippets. */
  sourceFile: string;
  position: number;
  text: string;
}

/** A MedQuAD question–answer pair. */
export interface TrustedQa {
  /** `PREFIX_DOCID_SecN`, N being the pair's 1-based position in its document. */
  id: string;
  topicId: string;
  position: number;
  question: string;
  questionType: string;
  /** Empty where MedQuAD removed the answer for copyright. */
  answer: string;
  sourceOrganisation: string;
  url: string | null;
}
