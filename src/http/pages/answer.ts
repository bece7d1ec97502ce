import type { ApiTrustedAnswer } from '../api/schemas.js';
import { html, paragraphs, type SafeHtml } from '../html.js';
import type { SiteView } from '../site.js';
import { layout } from './layout.js';
import { topicLabel } from './parts.js';

export const ANSWER_WITHHELD = 'answer not included in MedQuAD (copyright); see source';

/** Answer text, or why there is none; shared by the answer page and topic pages. */
export function answerBody(a: ApiTrustedAnswer): SafeHtml {
  return a.answer ? paragraphs(a.answer) : html`<p class="note">${ANSWER_WITHHELD}</p>`;
}

export function answerSource(a: ApiTrustedAnswer): SafeHtml {
  return html`<p class="meta">Source: ${
    a.sourceUrl ? html`<a href="${a.sourceUrl}" rel="external">${a.sourceOrganisation}</a>` : a.sourceOrganisation
  } · via MedQuAD (CC BY 4.0)</p>`;
}

export function answerPage(a: ApiTrustedAnswer, site: SiteView): string {
  const body = html`<article>
<h1>${a.question}</h1>
<p class="meta">Question type: ${a.questionType}${
    a.topic ? html` · Topic: <a href="${a.topic.url}">${topicLabel(a.topic.title, a.topic.department?.name ?? null)}</a>` : ''
  }</p>
<section id="answer" aria-labelledby="answer-h">
<h2 id="answer-h">Answer</h2>
${answerBody(a)}
${answerSource(a)}
</section>
</article>`;
  return layout({ site, title: a.question, canonical: `${site.origin}${a.url}`, nav: 'topics', body });
}
