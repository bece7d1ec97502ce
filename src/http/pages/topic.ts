import type { ApiTopicDetail } from '../api/schemas.js';
import { html, type SafeHtml } from '../html.js';
import type { SiteView } from '../site.js';
import { layout } from './layout.js';
import { answerBody, answerSource } from './answer.js';
import { consultationList, pager } from './parts.js';

function cuiList(cuis: string[]): SafeHtml {
  return html`${cuis.map((cui, i) => html`${i > 0 ? ', ' : ''}<code>${cui}</code>`)}`;
}

function concept(t: ApiTopicDetail): SafeHtml {
  const c = t.concept;
  if (!c) return html``;
  return html`<section id="concept" aria-labelledby="concept-h">
<h2 id="concept-h">About this topic</h2>
<dl>
<dt>Focus</dt><dd>${c.focus}</dd>
${c.category ? html`<dt>Category</dt><dd>${c.category}</dd>` : ''}
${c.synonyms.length > 0 ? html`<dt>Also called</dt><dd>${c.synonyms.join(', ')}</dd>` : ''}
${c.cuis.length > 0 ? html`<dt>UMLS CUIs</dt><dd>${cuiList(c.cuis)}</dd>` : ''}
${c.semanticTypes.length > 0 ? html`<dt>Semantic types</dt><dd>${c.semanticTypes.join(', ')}</dd>` : ''}
</dl>
</section>`;
}

function sourceLine(t: ApiTopicDetail): SafeHtml {
  const { organisation, url } = t.source;
  if (!organisation) return html``;
  return html` · Source: ${url ? html`<a href="${url}" rel="external">${organisation}</a>` : organisation}`;
}

function answers(t: ApiTopicDetail): SafeHtml {
  if (t.answers.length === 0) return html``;
  return html`<section id="answers" aria-labelledby="answers-h">
<h2 id="answers-h">Trusted-source answers</h2>
<ul class="cards">${t.answers.map(
    (a) => html`<li>
<h3><a href="${a.url}">${a.question}</a></h3>
<p class="meta">Type: ${a.questionType}</p>
${answerBody(a)}
${answerSource(a)}
</li>`,
  )}</ul>
</section>`;
}

export function topicPage(t: ApiTopicDetail, site: SiteView): string {
  const consultations = t.consultations;
  const paging = pager(t.url, consultations);
  const body = html`<h1>${t.title}</h1>
<p class="meta">${t.kind === 'medquad' ? 'Trusted-source topic (MedQuAD)' : 'Related FAQ topic'}${
    t.department ? html` · <a href="${t.department.url}">${t.department.name}</a>` : ''
  }${sourceLine(t)}</p>
${concept(t)}
${
  t.snippets.length > 0
    ? html`<section id="snippets" aria-labelledby="snippets-h">
<h2 id="snippets-h">What to know</h2>
<ul>${t.snippets.map((s) => html`<li>${s}</li>`)}</ul>
</section>`
    : ''
}
<section id="consultations" aria-labelledby="consultations-h">
<h2 id="consultations-h">Consultations on this topic</h2>
${consultationList(consultations.items, 'No consultations on this topic yet.')}
${paging.nav}
</section>
${answers(t)}`;
  const canonicalPath = consultations.page > 1 ? `${t.url}?page=${consultations.page}` : t.url;
  return layout({
    site,
    title: t.title,
    canonical: `${site.origin}${canonicalPath}`,
    head: paging.head,
    nav: 'topics',
    body,
  });
}
