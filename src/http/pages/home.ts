import type { ApiConsultationSummary, ApiDepartmentSummary, ApiStats } from '../api/schemas.js';
import { html } from '../html.js';
import { paths } from '../paths.js';
import type { SiteView } from '../site.js';
import { layout } from './layout.js';
import { consultationList, plural } from './parts.js';

export interface HomeModel {
  stats: ApiStats;
  departments: ApiDepartmentSummary[];
  recent: ApiConsultationSummary[];
}

export function homePage(model: HomeModel, site: SiteView): string {
  const { stats } = model;
  const withConsultations = model.departments.filter((d) => d.consultations > 0);
  const body = html`<h1>Ask a doctor: the archive</h1>
<p>Questions people asked about their health and the replies doctors gave them, arranged by
department and topic, with answers from trusted sources (MedQuAD) alongside. Read them to
understand your situation better; they do not replace seeing a doctor.</p>
<h2>In the archive</h2>
<ul class="stats">
<li><strong>${stats.consultations}</strong> consultations</li>
<li><strong>${stats.doctors}</strong> doctors</li>
<li><strong>${stats.departments}</strong> departments</li>
<li><strong>${stats.topics}</strong> topics</li>
<li><strong>${stats.trustedQas}</strong> trusted-source answers</li>
</ul>
<h2>Departments</h2>
${
  withConsultations.length > 0
    ? html`<ul>${withConsultations.map(
        (d) =>
          html`<li><a href="${d.url}">${d.name}</a> <small>(${plural(d.consultations, 'consultation')})</small></li>`,
      )}</ul>`
    : html`<p class="note">No consultations have been imported yet.</p>`
}
<p><a href="${paths.departments}">All departments</a> · <a href="${paths.topics}">Browse all topics</a></p>
<h2>Recent consultations</h2>
${consultationList(model.recent, 'No consultations yet.')}`;
  return layout({
    site,
    title: 'Ask a doctor',
    description: 'An archive of health questions answered by doctors, with trusted-source answers.',
    canonical: `${site.origin}${paths.home}`,
    nav: 'home',
    body,
  });
}
