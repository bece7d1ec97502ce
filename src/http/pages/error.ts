import { html } from '../html.js';
import { paths } from '../paths.js';
import type { SiteView } from '../site.js';
import { layout } from './layout.js';

const HEADINGS: Record<number, string> = {
  400: 'That request could not be understood',
  404: 'Page not found',
  500: 'Something went wrong',
};

/** An error page; `message` must already be safe to show (AppError messages are). */
export function errorPage(status: number, message: string, site: Pick<SiteView, 'emergencyNumber'>): string {
  const heading = HEADINGS[status] ?? (status >= 500 ? HEADINGS[500] : HEADINGS[400]) ?? 'Error';
  const body = html`<h1>${heading}</h1>
<p>${message}</p>
<p><a href="${paths.home}">Go to the home page</a> · <a href="${paths.topics}">Browse topics</a></p>`;
  return layout({ site, title: heading, body });
}
