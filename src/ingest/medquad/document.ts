/** Turns a read MedQuAD file into the topic and trusted QA pairs the store keeps. */

import { ImportError } from '../../domain/errors.js';
import { medquadTopicId, medquadTopicSlug } from '../../domain/identity.js';
import type { Topic, TrustedQa } from '../../domain/topic.js';
import type { SourceFile } from '../types.js';
import { documentId, resolveOrigin, trustedQaId } from './ids.js';
import type { MedquadXml } from './xml.js';

export interface MedquadDocument {
  kind: 'medquad-document';
  topic: Topic;
  qas: TrustedQa[];
}

export function toMedquadDocument(xml: MedquadXml, file: SourceFile): MedquadDocument {
  // The NINDS layout (<doc>) names its collection in `corpus` and is NINDS's own.
  const isNindsLayout = xml.root.toLowerCase() === 'doc';
  const declared = isNindsLayout ? (xml.corpus ?? xml.source) : (xml.source ?? xml.corpus);
  const origin = resolveOrigin(declared, file.path, isNindsLayout ? 'NINDS' : null);
  if ('error' in origin) throw new ImportError(origin.error, xml.rootLine);

  const docId = documentId(xml.id, file.name);
  if (docId === null) {
    throw new ImportError(`<${xml.root}> has no id attribute and the file name cannot stand in for one`, xml.rootLine);
  }
  if (xml.pairs.length === 0 && xml.focus === '') {
    throw new ImportError(`document ${docId} has neither a focus nor any QA pair: there is nothing to import`, xml.rootLine);
  }

  const topicId = medquadTopicId(origin.prefix, docId);
  // CDC 0000199, 0000423 and 0000424 have an empty <Focus> but real QA pairs; a blank title or a
  // slug starting with '-' would make the topic unlinkable, so both fall back to the id.
  const slug = medquadTopicSlug(xml.focus, origin.prefix, docId).replace(/^-+/, '');
  const topic: Topic = {
    id: topicId,
    slug,
    title: xml.focus || `${origin.organisation} ${docId}`,
    department: null,
    kind: 'medquad',
    concept: {
      focus: xml.focus,
      synonyms: xml.synonyms,
      cuis: xml.cuis,
      semanticTypes: xml.semanticTypes,
      semanticGroup: xml.semanticGroup,
      category: xml.category,
    },
    source: { organisation: origin.organisation, url: xml.url, file: file.name },
  };
  const qas = xml.pairs.map(
    (pair, index): TrustedQa => ({
      id: trustedQaId(origin.prefix, docId, index + 1),
      topicId,
      position: index + 1,
      question: pair.question,
      questionType: pair.qtype ?? '',
      answer: pair.answer,
      sourceOrganisation: origin.organisation,
      url: xml.url,
    }),
  );
  return { kind: 'medquad-document', topic, qas };
}
