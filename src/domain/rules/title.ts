/**
 * Titles produced by a text generator sometimes came out as the generator's apology or refusal
 * ("I'm sorry, but it seems that") instead of a title. These rules spot such titles and, where
 * the asker's own first sentence is a question, put that question in the title's place.
 */

import type { QualityFlag } from '../consultation.js';

interface ArtifactRule {
  pattern: RegExp;
  reason: string;
}

/*
 * Matched against the start of the title only (except the AI self-reference): an asker's own
 * title may well contain "I can't" ("Why I can't sleep"), so refusals need a refusal verb too.
 */
const RULES: readonly ArtifactRule[] = [
  { pattern: /^(?:i'm|im|i am) sorry\b/i, reason: 'starts with an apology ("I\'m sorry")' },
  { pattern: /^i apologi[sz]e\b/i, reason: 'starts with an apology ("I apologize")' },
  { pattern: /^sorry,? but\b/i, reason: 'starts with an apology ("Sorry, but")' },
  { pattern: /\bas an ai\b|\bas a (?:large )?language model\b/i, reason: 'speaks as an AI model' },
  {
    pattern:
      /^i (?:cannot|can't|can not|am unable to|'m unable to|am not able to) (?:help|assist|provide|answer|comply|fulfil|fulfill|generate|create|determine|identify|access|complete|continue|give|offer|write|translate|summari[sz]e|tell)\b/i,
    reason: 'starts with a refusal ("I cannot …")',
  },
  { pattern: /^unfortunately,\s*i\b/i, reason: 'starts with a refusal ("Unfortunately, I")' },
  { pattern: /^it seems (?:that|like)\b/i, reason: 'is an "it seems that" fragment' },
  { pattern: /\b(?:that|the)\s*,?$/i, reason: 'ends mid-sentence' },
  { pattern: /,$/, reason: 'ends mid-sentence' },
];

/** Longer than this, a first sentence is a paragraph, not a title. */
const MAX_TITLE_LENGTH = 200;

const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx']);

/** Why `title` looks like a text-generation artifact, or null when it looks like a real title. */
export function titleArtifact(title: string): string | null {
  const clean = title.replace(/[’‘]/g, "'").replace(/^["'“”\s]+|["'“”\s]+$/g, '');
  if (clean === '') return 'is empty';
  return RULES.find((rule) => rule.pattern.test(clean))?.reason ?? null;
}

export function isTitleArtifact(title: string): boolean {
  return titleArtifact(title) !== null;
}

/** First sentence of the first paragraph, with its closing punctuation; abbreviations do not end it. */
export function firstSentence(text: string): string {
  const paragraph = text.trim().split('\n')[0] ?? '';
  const ends = /[.?!]+(?=\s|$)/g;
  for (let match = ends.exec(paragraph); match; match = ends.exec(paragraph)) {
    const before = paragraph.slice(0, match.index);
    const word = (/(\S+)$/.exec(before)?.[1] ?? '').toLowerCase();
    if (match[0] === '.' && ABBREVIATIONS.has(word)) continue;
    return paragraph.slice(0, match.index + match[0].length).trim();
  }
  return paragraph.trim();
}

export interface TitleReview {
  /** The title to publish: the original, or the question that replaced an artifact. */
  title: string;
  flag: QualityFlag | null;
}

/** Keeps a sound title; replaces an artifact with the question's first sentence when that is a question. */
export function reviewTitle(title: string, question: string): TitleReview {
  const reason = titleArtifact(title);
  if (reason === null) return { title, flag: null };
  const candidate = firstSentence(question);
  if (candidate.endsWith('?') && candidate.length <= MAX_TITLE_LENGTH && !isTitleArtifact(candidate)) {
    return { title: candidate, flag: { kind: 'title-repaired', detail: `original title: "${title}"` } };
  }
  return {
    title,
    flag: {
      kind: 'title-artifact',
      detail: `title ${reason}; kept because the question does not open with a question to use instead`,
    },
  };
}
