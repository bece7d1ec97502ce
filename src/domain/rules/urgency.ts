/**
 * Triage of free text: does a question describe symptoms that need care now? The product shows
 * the answer before anything else on the page, so a person who types "crushing chest pain down
 * my left arm" into a search box is told to call for help before being shown archived answers.
 * The rules (urgency-signs.ts) are deliberately plain patterns: they must be predictable and
 * reviewable, and a missed flag or a false one must be traceable to one line.
 */

import { type UrgencyLevel, URGENT_SIGNS, type UrgentSignRule } from './urgency-signs.js';
import { asMeant } from './urgency-words.js';

export interface UrgentSign {
  id: string;
  level: UrgencyLevel;
  label: string;
}

export interface Urgency {
  /** The most serious level among the signs. */
  level: UrgencyLevel;
  /** What to do, in words meant for the person asking. */
  advice: string;
  signs: UrgentSign[];
}

/**
 * Whom to call. The product is self-hosted anywhere, so the emergency number (112, 911, 999, 000…)
 * and a crisis line are the operator's to set; without them the advice names no number.
 */
export interface TriageContacts {
  emergencyNumber: string | null;
  /** Shown when the text describes thoughts of self-harm, e.g. "the 988 Lifeline (call or text 988)". */
  crisisLine: string | null;
}

export const NO_CONTACTS: TriageContacts = { emergencyNumber: null, crisisLine: null };

/** The advice for a level, naming the configured numbers when there are any. */
export function urgencyAdvice(level: UrgencyLevel, contacts: TriageContacts = NO_CONTACTS, signIds: readonly string[] = []): string {
  const call = contacts.emergencyNumber ? `call ${contacts.emergencyNumber}` : 'call your local emergency number';
  const advice =
    level === 'emergency'
      ? `This can be a medical emergency. If it is happening now, ${call} or go to the nearest emergency department. Do not wait for an answer here.`
      : `This needs a doctor soon. Get medical help today from your doctor or an urgent care service, and ${call} if it gets worse.`;
  if (!contacts.crisisLine || !signIds.includes('self-harm')) return advice;
  return `${advice} If you are thinking about harming yourself, you can also reach ${contacts.crisisLine}.`;
}

/** How far back a "no" or "without" reaches: "no chest pain", "I do not have any chest pain". */
const NEGATION_WINDOW = 4;
const NEGATORS = /^(?:no|not|never|without|denies|denied|deny|nor|neither|none)$|n't$/;
/** Words that start a new statement: "no fever and a stiff neck" still has the stiff neck. */
const CLAUSE_WORDS = /^(?:but|and|or|although|though|however|yet|now|then|so|because|except)$/;
/** Punctuation that closes a clause (a point between digits is a decimal, not a stop). */
const CLAUSE_MARKS = /[.!?;,:\n()]/;

interface Flat {
  text: string;
  /** Offsets in `text` where a clause begins. */
  clauses: number[];
}

/** Lower case, straight apostrophes, punctuation as single spaces, clause starts remembered. */
function flatten(raw: string): Flat {
  const lower = asMeant(raw.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'"));
  let text = '';
  const clauses = [0];
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i] ?? ' ';
    const decimal = ch === '.' && /\d/.test(lower[i - 1] ?? '') && /\d/.test(lower[i + 1] ?? '');
    if (/[\p{L}\p{N}'-]/u.test(ch) || decimal) {
      text += ch;
      continue;
    }
    if (CLAUSE_MARKS.test(ch) && clauses[clauses.length - 1] !== text.length) clauses.push(text.length);
    if (text.length > 0 && !text.endsWith(' ')) text += ' ';
  }
  return { text, clauses };
}

function negated(flat: Flat, at: number): boolean {
  let start = 0;
  for (const c of flat.clauses) if (c <= at) start = c;
  const before = flat.text.slice(start, at).trim().split(' ').filter(Boolean);
  for (let i = before.length - 1, seen = 0; i >= 0 && seen < NEGATION_WINDOW; i--, seen++) {
    const w = before[i] ?? '';
    if (CLAUSE_WORDS.test(w)) return false;
    // "I'm not sure whether his face drooped" is doubt, not denial; "I can't stop vomiting blood"
    // and "I can't help thinking about suicide" affirm what follows.
    if (NEGATORS.test(w) && !/^(?:sure|certain|stop|help)$/.test(before[i + 1] ?? '')) return true;
  }
  return false;
}

const globalOf = new Map<RegExp, RegExp>();
function global(pattern: RegExp): RegExp {
  let g = globalOf.get(pattern);
  if (!g) globalOf.set(pattern, (g = new RegExp(pattern.source, `${pattern.flags}g`)));
  return g;
}

function affirmed(flat: Flat, pattern: RegExp): boolean {
  for (const m of flat.text.matchAll(global(pattern))) if (!negated(flat, m.index)) return true;
  return false;
}

function raised(flat: Flat, rule: UrgentSignRule): boolean {
  if (rule.unless?.test(flat.text)) return false;
  return rule.when.some((all) => all.every((p) => affirmed(flat, p)));
}

/** The red flags `text` describes, most serious first; null when there are none. */
export function assessUrgency(text: string, contacts: TriageContacts = NO_CONTACTS): Urgency | null {
  if (!text.trim()) return null;
  const flat = flatten(text);
  const signs = URGENT_SIGNS.filter((r) => raised(flat, r)).map(({ id, level, label }) => ({ id, level, label }));
  if (signs.length === 0) return null;
  signs.sort((a, b) => rank(a.level) - rank(b.level));
  const level = signs[0]?.level ?? 'urgent';
  return { level, advice: urgencyAdvice(level, contacts, signs.map((s) => s.id)), signs };
}

function rank(level: UrgencyLevel): number {
  return level === 'emergency' ? 0 : 1;
}
