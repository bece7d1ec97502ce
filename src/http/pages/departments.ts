import type { ApiDepartmentDetail, ApiDepartmentSummary } from '../api/schemas.js';
import { html } from '../html.js';
import { paths } from '../paths.js';
import type { SiteView } from '../site.js';
import { layout } from './layout.js';
import { consultationList, pager, plural, topicList } from './parts.js';

export function departmentsPage(departments: ApiDepartmentSummary[], site: SiteView): string {
  const body = html`<h1>Departments</h1>
${
  departments.length > 0
    ? html`<ul class="cards">${departments.map(
        (d) => html`<li><h2 class="h3"><a href="${d.url}">${d.name}</a></h2>
<p class="meta">${plural(d.consultations, 'consultation')} · ${plural(d.topics, 'topic')}</p></li>`,
      )}</ul>`
    : html`<p class="note">No departments yet.</p>`
}`;
  return layout({ site, title: 'Departments', canonical: `${site.origin}${paths.departments}`, nav: 'departments', body });
}

export function departmentPage(d: ApiDepartmentDetail, site: SiteView): string {
  const consultations = d.consultations;
  const paging = pager(d.url, consultations);
  const body = html`<h1>${d.name}</h1>
<p class="meta">${plural(consultations.total, 'consultation')}${
    consultations.pages > 1 ? ` · page ${consultations.page} of ${consultations.pages}` : ''
  }</p>
<h2>Consultations</h2>
${consultationList(consultations.items)}
${paging.nav}
<h2>Topics in ${d.name}</h2>
${topicList(d.topics, 'No topics in this department yet.')}`;
  const canonicalPath = consultations.page > 1 ? `${d.url}?page=${consultations.page}` : d.url;
  return layout({
    site,
    title: consultations.page > 1 ? `${d.name} (page ${consultations.page})` : d.name,
    canonical: `${site.origin}${canonicalPath}`,
    head: paging.head,
    nav: 'departments',
    body,
  });
}
