import type { ApiConsultationSummary, ApiTopicSummary, ApiUrgency } from '../api/schemas.js';
import { html, type SafeHtml } from '../html.js';
import { withQuery } from '../paths.js';

/** Fragments several pages share: lists of consultations and topics, and the pager. */

export function consultationList(items: ApiConsultationSummary[], empty = 'No consultations on this page.'): SafeHtml {
  if (items.length === 0) return html`<p class="note">${empty}</p>`;
  return html`<ul class="cards">${items.map(
    (c) => html`<li>
<h3><a href="${c.url}">${c.title}</a></h3>
<p>${c.questionExcerpt}</p>
<p class="meta">Dr. ${c.doctorName} · <a href="${c.department.url}">${c.department.name}</a>
· Asked <time datetime="${c.askedOn}">${c.askedOn}</time></p>
</li>`,
  )}</ul>`;
}

/** "1 topic", "3 topics". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function topicLabel(title: string, department: string | null): string {
  return department ? `${title} (${department})` : title;
}

export function topicList(items: ApiTopicSummary[], empty = 'No topics on this page.'): SafeHtml {
  if (items.length === 0) return html`<p class="note">${empty}</p>`;
  return html`<ul>${items.map(
    (t) => html`<li><a href="${t.url}">${topicLabel(t.title, t.department?.name ?? null)}</a>${
      t.kind === 'medquad' ? html` <small>(trusted source)</small>` : ''
    }</li>`,
  )}</ul>`;
}

export interface Pager {
  /** `<link rel="prev/next">` for the document head. */
  head: SafeHtml;
  /** Visible previous/next links. */
  nav: SafeHtml;
}

/** Previous/next links; `query` holds the list's other filters so paging keeps them. */
export function pager(
  path: string,
  current: { page: number; pages: number },
  query: Record<string, string | undefined> = {},
): Pager {
  const href = (page: number): string => withQuery(path, { ...query, page: page === 1 ? undefined : page });
  const prev = current.page > 1 ? href(Math.min(current.page - 1, Math.max(current.pages, 1))) : null;
  const next = current.page < current.pages ? href(current.page + 1) : null;
  if (!prev && !next) return { head: html``, nav: html`` };
  return {
    head: html`${prev ? html`<link rel="prev" href="${prev}">` : ''}${next ? html`<link rel="next" href="${next}">` : ''}`,
    nav: html`<nav class="pager" aria-label="Pages">
${prev ? html`<a rel="prev" href="${prev}">← Previous page</a>` : html`<span></span>`}
<span>Page ${current.page} of ${Math.max(current.pages, 1)}</span>
${next ? html`<a rel="next" href="${next}">Next page →</a>` : html`<span></span>`}
</nav>`,
  };
}

/**
 * The red-flag notice: right under the page's heading, before anything else it shows, announced
 * by screen readers, and worded for the person reading. `context` says whose words raised it
 * ("your search", "this question").
 */
export function urgencyNotice(u: ApiUrgency | null, context: string): SafeHtml {
  if (!u) return html``;
  return html`<aside class="urgent urgent-${u.level}" role="alert" aria-label="Urgent care">
<p><strong>${u.level === 'emergency' ? 'Get help now.' : 'See a doctor today.'}</strong> ${u.advice}</p>
<p>What ${context} describes:</p>
<ul>${u.signs.map((s) => html`<li>${s.label}</li>`)}</ul>
</aside>`;
}
