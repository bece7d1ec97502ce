import { excerpt } from '../../domain/text.js';
import type { ApiConsultation, ApiSimilarEntry, ApiTrustedAnswerRef } from '../api/schemas.js';
import { html, jsonForScript, paragraphs, type SafeHtml } from '../html.js';
import { paths } from '../paths.js';
import type { SiteView } from '../site.js';
import { layout } from './layout.js';
import { topicLabel, urgencyNotice } from './parts.js';

/**
 * The public consultation page. Its sections follow the seed pages' anatomy in the seed's
 * order, each with a fixed id (title, question, asker, doctor, reply, reply-date, more-info,
 * similar, related-faq) that links and browser tests rely on.
 */

const FLAG_LABELS: Record<ApiConsultation['flags'][number]['kind'], string> = {
  'title-repaired': 'Title repaired by the importer',
  'title-artifact': 'Title may be a text-generation artifact',
  'salutation-mismatch': "The reply's greeting does not match the asker's recorded sex",
};

/** "mon · 20~29 year old female · Asked 2016-01-03", leaving out what the archive does not know. */
export function askerLine(c: ApiConsultation): SafeHtml {
  const who = c.asker.nickname.trim() || 'Anonymous';
  const age = c.asker.ageRange.trim() ? `${c.asker.ageRange.trim()} year old` : '';
  const sex = c.asker.sex === 'unknown' ? '' : c.asker.sex;
  const profile = [age, sex].filter(Boolean).join(' ');
  return html`${who}${profile ? ` · ${profile}` : ''} · Asked <time datetime="${c.askedOn}">${c.askedOn}</time>`;
}

function qaPageJsonLd(c: ApiConsultation, canonical: string): SafeHtml {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    mainEntity: {
      '@type': 'Question',
      name: c.title,
      text: c.question,
      dateCreated: c.askedOn,
      author: { '@type': 'Person', name: c.asker.nickname || 'Anonymous' },
      answerCount: 1,
      acceptedAnswer: {
        '@type': 'Answer',
        text: c.reply.text,
        dateCreated: c.reply.repliedOn,
        author: { '@type': 'Person', name: `Dr. ${c.reply.doctorName}` },
        url: `${canonical}#reply`,
      },
    },
  };
  return html`<script type="application/ld+json">${jsonForScript(data)}</script>`;
}

function flagsNote(c: ApiConsultation): SafeHtml {
  if (c.flags.length === 0) return html``;
  return html`<aside class="flags" aria-label="Import notes"><ul>${c.flags.map(
    (f) => html`<li>${FLAG_LABELS[f.kind]} <small>(${f.detail})</small></li>`,
  )}</ul></aside>`;
}

function similarItem(s: ApiSimilarEntry): SafeHtml {
  return html`<li>
<h3>${s.title}</h3>
<p>${s.questionExcerpt}</p>
<p class="meta">Dr. ${s.doctorName} reply ${s.department}</p>
<p>${s.replyExcerpt}</p>
${
  s.target
    ? html`<p><a href="${s.target.url}">Read More<span class="sr-only">: ${s.title}</span></a></p>`
    : html`<p class="note">not in this archive</p>`
}
<p class="origin">${s.imported ? 'Listed on the original page' : 'Found by askdoc search'}</p>
</li>`;
}

function trustedAnswerItem(a: ApiTrustedAnswerRef): SafeHtml {
  return html`<li>
<h3><a href="${a.url}">${a.question}</a></h3>
${a.answerExcerpt ? html`<p>${a.answerExcerpt}</p>` : html`<p class="note">Answer not included in MedQuAD (copyright); see the source.</p>`}
<p class="meta">Source: ${a.sourceUrl ? html`<a href="${a.sourceUrl}" rel="noopener">${a.sourceOrganisation}</a>` : a.sourceOrganisation}</p>
</li>`;
}

export function consultationPage(c: ApiConsultation, site: SiteView): string {
  const canonical = `${site.origin}${c.url}`;
  const body = html`<article>
<h1 id="title">${c.title}</h1>
${urgencyNotice(c.urgency, 'this question')}
${flagsNote(c)}
<section id="question" aria-labelledby="question-h">
<h2 id="question-h">Question</h2>
${paragraphs(c.question)}
</section>
<section id="asker" aria-labelledby="asker-h">
<h2 id="asker-h" class="sr-only">Asked by</h2>
<p class="meta">${askerLine(c)}</p>
</section>
<section id="doctor" aria-labelledby="doctor-h">
<h2 id="doctor-h">Dr. ${c.reply.doctorName} reply <a href="${c.reply.department.url}">${c.reply.department.name}</a></h2>
${c.reply.affiliation ? html`<p class="meta">${c.reply.affiliation}</p>` : ''}
</section>
<section id="reply" aria-labelledby="reply-h">
<h2 id="reply-h" class="sr-only">Reply</h2>
${paragraphs(c.reply.text)}
</section>
<section id="reply-date" aria-labelledby="reply-date-h">
<h2 id="reply-date-h" class="sr-only">Reply date</h2>
<p class="meta">Reply Date: <time datetime="${c.reply.repliedOn}">${c.reply.repliedOn}</time></p>
</section>
${
  c.moreInfo
    ? html`<section id="more-info" aria-labelledby="more-info-h">
<h2 id="more-info-h">More Info</h2>
${paragraphs(c.moreInfo)}
</section>`
    : ''
}
${
  c.similar.length > 0
    ? html`<section id="similar" aria-labelledby="similar-h">
<h2 id="similar-h">Similar Q&amp;A</h2>
<ul class="cards">${c.similar.map(similarItem)}</ul>
</section>`
    : ''
}
${
  c.topics.length > 0
    ? html`<section id="related-faq" aria-labelledby="related-faq-h">
<h2 id="related-faq-h">Related FAQ</h2>
<ul>${c.topics.map((t) => html`<li><a href="${paths.topic(t.slug)}">${topicLabel(t.title, t.department)}</a></li>`)}</ul>
</section>`
    : ''
}
${
  c.trustedAnswers.length > 0
    ? html`<section id="trusted-answers" aria-labelledby="trusted-answers-h">
<h2 id="trusted-answers-h">Answers from trusted sources</h2>
<p class="note">Found by askdoc search in MedQuAD (NIH sources); general information, not a reply to this asker.</p>
<ul class="cards">${c.trustedAnswers.map(trustedAnswerItem)}</ul>
</section>`
    : ''
}
</article>`;
  return layout({
    site,
    title: c.title,
    description: excerpt(c.question, 160),
    canonical,
    head: qaPageJsonLd(c, canonical),
    body,
  });
}
