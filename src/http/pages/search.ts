import type { Department } from '../../domain/department.js';
import type { ApiSearchResult, ApiSearchResults } from '../api/schemas.js';
import { html, type SafeHtml } from '../html.js';
import { paths, withQuery } from '../paths.js';
import type { SiteView } from '../site.js';
import { layout } from './layout.js';
import { urgencyNotice } from './parts.js';

export interface SearchPageModel {
  results: ApiSearchResults;
  department: string | undefined;
  source: string | undefined;
  departments: Department[];
}

/** Text with the matched words in <mark>; every piece goes through the escaping template. */
function marked(h: { text: string; matches: Array<[number, number]> }): SafeHtml {
  const parts: SafeHtml[] = [];
  let at = 0;
  for (const [start, end] of h.matches) {
    if (start < at) continue;
    parts.push(html`${h.text.slice(at, start)}<mark>${h.text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(html`${h.text.slice(at)}`);
  return html`${parts}`;
}

function resultItem(r: ApiSearchResult): SafeHtml {
  const where =
    r.kind === 'consultation'
      ? html`Consultation · ${r.department?.name ?? ''}`
      : html`Trusted source: ${r.sourceOrganisation ?? ''}${r.topicTitle ? html` · ${r.topicTitle}` : ''}`;
  return html`<li>
<h2 class="h3"><a href="${r.url}">${marked(r.title)}</a></h2>
<p class="meta">${where}</p>
${r.snippet.text ? html`<p>${marked(r.snippet)}</p>` : html`<p class="note">Answer not included in MedQuAD (copyright); see the source.</p>`}
</li>`;
}

const SOURCES: Array<[string, string]> = [
  ['', 'Everything'],
  ['consultations', 'Doctor consultations'],
  ['trusted', 'Trusted sources (MedQuAD)'],
];

function filters(m: SearchPageModel): SafeHtml {
  return html`<form class="filters" action="${paths.search}" method="get">
<label>Search for <input name="q" type="search" value="${m.results.query}" maxlength="10000"></label>
<label>Department <select name="department">
<option value="">All departments</option>
${m.departments.map((d) => html`<option value="${d.slug}"${d.slug === m.department ? html` selected` : ''}>${d.name}</option>`)}
</select></label>
<label>Source <select name="source">
${SOURCES.map(([value, label]) => html`<option value="${value}"${value === (m.source ?? '') ? html` selected` : ''}>${label}</option>`)}
</select></label>
<button type="submit">Search</button>
</form>`;
}

function pager(m: SearchPageModel): SafeHtml {
  const r = m.results;
  const link = (page: number): string =>
    withQuery(paths.search, { q: r.query, department: m.department, source: m.source, page: page === 1 ? undefined : page });
  return html`<nav class="pager" aria-label="Result pages">
${r.page > 1 ? html`<a rel="prev" href="${link(r.page - 1)}">← Previous</a>` : html`<span></span>`}
${r.hasMore ? html`<a rel="next" href="${link(r.page + 1)}">Next →</a>` : ''}
</nav>`;
}

/** Shown when the first answer is probably not about what was asked (`search/close-match.ts`). */
const noCloseMatch = html`<p class="no-close" role="note"><strong>No close match.</strong> None of these answers seems to be about exactly what you asked: they are the nearest the archive has. Try other words, such as the name of the condition, medicine or test, and talk to a doctor or pharmacist about your own situation.</p>`;

function outcome(m: SearchPageModel): SafeHtml {
  const r = m.results;
  if (!r.query) return html`<p>Type a question or a few words — a symptom, a condition, a medicine — to find answered consultations and trusted-source answers.</p>`;
  if (r.items.length === 0) {
    return html`<p>No answered question matches “${r.query}”${r.page > 1 ? ' on this page' : ''}. Try fewer or other words, or another department or source.</p>`;
  }
  return html`${r.closeMatch === false ? noCloseMatch : ''}<ol class="cards" start="${(r.page - 1) * r.limit + 1}">${r.items.map(resultItem)}</ol>${pager(m)}`;
}

export function searchPage(m: SearchPageModel, site: SiteView): string {
  const q = m.results.query;
  const body = html`<h1>${q ? html`Search: ${q.length > 80 ? `${q.slice(0, 80)}…` : q}` : 'Search'}</h1>
${urgencyNotice(m.results.urgency, 'your search')}
${filters(m)}
<section id="results" aria-label="Results">${outcome(m)}</section>`;
  return layout({ site, title: q ? `Search: ${q.slice(0, 60)}` : 'Search', nav: 'search', query: q, body });
}
