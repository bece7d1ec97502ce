import { html, type SafeHtml } from '../html.js';
import { paths } from '../paths.js';
import type { SiteView } from '../site.js';

export const SITE_NAME = 'askdoc';

export type NavSection = 'home' | 'departments' | 'topics' | 'search' | null;

export interface PageShell {
  /** Document title; the site name is appended. */
  title: string;
  description?: string;
  /** Absolute canonical URL, when the page has one. */
  canonical?: string;
  /** Extra `<head>` content such as JSON-LD or rel=next/prev links. */
  head?: SafeHtml;
  nav?: NavSection;
  /** Text to show in the header's search box (the search page's own query). */
  query?: string;
  /** The page content; it must hold the page's single `<h1>`. */
  body: SafeHtml;
  /** The footer names the operator's emergency number when one is configured. */
  site: Pick<SiteView, 'emergencyNumber'>;
}

const NAV: ReadonlyArray<{ key: Exclude<NavSection, null>; href: string; label: string }> = [
  { key: 'home', href: paths.home, label: 'Home' },
  { key: 'departments', href: paths.departments, label: 'Departments' },
  { key: 'topics', href: paths.topics, label: 'Topics' },
];

export function layout(page: PageShell): string {
  const nav = page.nav ?? null;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · ${SITE_NAME}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ''}
${page.canonical ? html`<link rel="canonical" href="${page.canonical}">` : ''}
<link rel="stylesheet" href="${paths.css}">
<script src="${paths.suggestJs}" defer></script>
${page.head ?? ''}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><div class="wrap">
<a class="brand" href="${paths.home}">${SITE_NAME}</a>
<nav aria-label="Main"><ul>
${NAV.map(
  (item) =>
    html`<li><a href="${item.href}"${item.key === nav ? html` aria-current="page"` : ''}>${item.label}</a></li>`,
)}
</ul></nav>
<form class="search" role="search" action="${paths.search}" method="get">
<label for="site-q" class="sr-only">Search the archive</label>
<input id="site-q" name="q" type="search" placeholder="Search questions and answers" value="${page.query ?? ''}" autocomplete="off" data-suggest="site-suggestions" maxlength="10000">
<button type="submit">Search</button>
<div id="site-suggestions" class="suggestions" aria-live="polite" hidden></div>
</form>
</div></header>
<main id="main" class="wrap">
${page.body}
</main>
<footer class="site"><div class="wrap">
<p>Answers in this archive are doctors' replies to individual askers and are no substitute for
seeing a doctor. In an emergency, call ${page.site.emergencyNumber ?? 'your local emergency number'}.</p>
<p>Trusted-source answers: MedQuAD, CC BY 4.0, Ben Abacha &amp; Demner-Fushman 2019.</p>
</div></footer>
</body>
</html>
`.value;
}
