import type { FastifyRequest } from 'fastify';
import { originOf } from './paths.js';

/** What every page's shell needs besides the page itself: where the site lives and whom to call. */
export interface SiteView {
  /** Public origin for canonical links. */
  origin: string;
  /** The operator's emergency number for the footer; null: "your local emergency number". */
  emergencyNumber: string | null;
}

export interface SiteSettings {
  baseUrl: string | null;
  emergencyNumber: string | null;
}

export function siteOf(request: FastifyRequest, settings: SiteSettings): SiteView {
  return { origin: originOf(request, settings.baseUrl), emergencyNumber: settings.emergencyNumber };
}
