import type { ApiTopicPage } from '../api/schemas.js';
import { html, type SafeHtml } from '../html.js';
import { paths, withQuery } from '../paths.js';
import type { SiteView } from '../site.js';
import { layout } from './layout.js';
import { pager, plural, topicList } from './parts.js';

export interface TopicIndexFilter {
  letter?: string;
  kind?: 'faq' | 'medquad';
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const KINDS: ReadonlyArray<{ kind: TopicIndexFilter['kind']; label: string }> = [
  { kind: undefined, label: 'All topics' },
  { kind: 'faq', label: 'Related FAQ topics' },
  { kind: 'medquad', label: 'Trusted-source topics (MedQuAD)' },
];

function current(active: boolean): SafeHtml {
  return active ? html` aria-current="true"` : html``;
}

/** Plain links rather than a form, so filtering works without JavaScript and each view has a URL. */
function filters(filter: TopicIndexFilter): SafeHtml {
  return html`<nav aria-label="Topic kind"><ul class="letters">${KINDS.map(
    (k) => html`<li><a href="${withQuery(paths.topics, { kind: k.kind, letter: filter.letter })}"${current(
      k.kind === filter.kind,
    )}>${k.label}</a></li>`,
  )}</ul></nav>
<nav aria-label="First letter"><ul class="letters">
<li><a href="${withQuery(paths.topics, { kind: filter.kind })}"${current(!filter.letter)}>All</a></li>
${LETTERS.map(
  (l) => html`<li><a href="${withQuery(paths.topics, { kind: filter.kind, letter: l })}"${current(
    l === filter.letter,
  )}>${l}</a></li>`,
)}</ul></nav>`;
}

export function topicsPage(page: ApiTopicPage, filter: TopicIndexFilter, site: SiteView): string {
  const query = { letter: filter.letter, kind: filter.kind };
  const paging = pager(paths.topics, page, query);
  const heading = filter.letter ? `Topics: ${filter.letter}` : 'Topics';
  const body = html`<h1>${heading}</h1>
${filters(filter)}
<p class="meta">${plural(page.total, 'topic')}${page.pages > 1 ? ` · page ${page.page} of ${page.pages}` : ''}</p>
${topicList(page.items)}
${paging.nav}`;
  return layout({
    site,
    title: page.page > 1 ? `${heading} (page ${page.page})` : heading,
    canonical: `${site.origin}${withQuery(paths.topics, { ...query, page: page.page > 1 ? page.page : undefined })}`,
    head: paging.head,
    nav: 'topics',
    body,
  });
}
