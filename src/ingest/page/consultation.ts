/** Builds the consultation record from a page's parts and runs the quality rules on it. */

import type { Consultation, QualityFlag } from '../../domain/consultation.js';
import { consultationId, consultationSlug } from '../../domain/identity.js';
import { salutationFlag } from '../../domain/rules/salutation.js';
import { reviewTitle } from '../../domain/rules/title.js';
import type { ImportItem, SourceFile } from '../types.js';
import { parseAskerLine, parseReplyDate, parseReplyHeader } from './anatomy.js';
import { joinTitleBreaks, paragraphs } from './lines.js';
import { parseRelated } from './related.js';
import type { ConsultationLayout } from './sections.js';
import { findSignature } from './signature.js';
import { parseSimilar } from './similar.js';

export function consultationItem(page: ConsultationLayout, file: SourceFile): ImportItem {
  const { asker, askedOn } = parseAskerLine(page.asker);
  const header = parseReplyHeader(page.replyHeader.text);
  if (!header) throw new TypeError(`line ${page.replyHeader.no} was laid out as a reply header but is none`);
  const repliedOn = parseReplyDate(page.replyDate);

  const question = paragraphs(joinTitleBreaks(page.question));
  const replyLines = joinTitleBreaks(page.reply);
  const replyText = paragraphs(replyLines);
  const moreInfo = page.moreInfo ? paragraphs(joinTitleBreaks(page.moreInfo)) : '';
  const topics = page.related ? parseRelated(page.related) : [];

  const { title, flag: titleFlag } = reviewTitle(page.title.text, question);
  const flags: QualityFlag[] = [titleFlag, salutationFlag(replyText, asker.sex)].filter(
    (flag): flag is QualityFlag => flag !== null,
  );

  const id = consultationId(asker.nickname, askedOn, question);
  const consultation: Consultation = {
    id,
    // From the published title, so a repaired title does not keep the artifact's words in URLs.
    slug: consultationSlug(title, id),
    title,
    question,
    asker,
    askedOn,
    reply: {
      // The header names the doctor as the archive lists them; the sign-off may spell it otherwise.
      doctorName: header.doctorName,
      affiliation: findSignature(replyLines)?.affiliation ?? null,
      department: header.department,
      text: replyText,
      repliedOn,
    },
    moreInfo: moreInfo === '' ? null : moreInfo,
    similar: page.similar ? parseSimilar(page.similar) : [],
    topicIds: topics.map((topic) => topic.id),
    source: { format: 'page', file: file.name, url: null },
    flags,
  };
  return { kind: 'consultation', consultation, topics };
}
