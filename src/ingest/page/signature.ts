/** Finds the doctor's sign-off at the end of a reply and the institution it names. */

import type { PageLine } from './lines.js';

export interface Signature {
  /** The name as signed; may be romanised differently from the reply header's name. */
  signer: string;
  affiliation: string | null;
  line: number;
}

/*
 * A sign-off sits in the closing lines, after the advice and the well-wishing; looking further
 * up would mistake a mention of another doctor ("Dr. Lee, my surgeon, said...") for one.
 */
const CLOSING_LINES = 3;

// Every name word capitalised: "Dr. Wang thinks that, ..." is prose, not a sign-off.
const SIGN_OFF = /^Dr\.\s+([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,4}),\s*(.+)$/u;

/*
 * Sign-offs mix the institution with other parts ("Neurology Department", "cares about you"):
 * only a part naming an institution is an affiliation.
 */
const INSTITUTION =
  /\b(?:hospital|clinic|cent(?:er|re)|university|institute|medical|infirmary|polyclinic|sanatorium|health system)\b/i;

export function findSignature(reply: readonly PageLine[]): Signature | null {
  for (let i = reply.length - 1; i >= Math.max(0, reply.length - CLOSING_LINES); i -= 1) {
    const line = reply[i];
    const match = line ? SIGN_OFF.exec(line.text) : null;
    if (line && match?.[1] && match[2]) {
      return { signer: match[1], affiliation: affiliationIn(match[2]), line: line.no };
    }
  }
  return null;
}

/** The first comma-separated part that names an institution, without trailing punctuation. */
export function affiliationIn(rest: string): string | null {
  for (const part of rest.split(',')) {
    const clean = part.trim().replace(/[.;:!]+$/u, '').trim();
    if (clean && INSTITUTION.test(clean)) return clean;
  }
  return null;
}
