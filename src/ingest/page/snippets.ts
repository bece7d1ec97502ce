/**
 * Turns a page of loose statements into one topic and its numbered snippets. Such a page has no
 * title line, so the topic's name is worked out from the statements themselves.
 */

import { faqTopicId } from '../../domain/identity.js';
import type { KnowledgeSnippet, Topic } from '../../domain/topic.js';
import type { ImportItem, SourceFile } from '../types.js';
import type { PageLine } from './lines.js';
import { faqTopic } from './related.js';

export function snippetItem(lines: readonly PageLine[], file: SourceFile): ImportItem {
  const texts = lines.map((line) => line.text);
  // With no usable words (none at all, or none a slug can spell), the file is the only name left.
  const inferred = inferSubject(texts);
  const title = inferred && faqTopicId(inferred, null) ? inferred : fileStem(file.name);
  const topic: Topic = faqTopic(title, null);
  const snippets: KnowledgeSnippet[] = texts.map((text, i) => ({
    topicId: topic.id,
    sourceFile: file.name,
    position: i + 1,
    text,
  }));
  return { kind: 'snippets', topic, sourceFile: file.name, snippets };
}

function fileStem(name: string): string {
  return name.replace(/\.[^.]*$/, '') || name;
}

/*
 * Enough stop words to keep function words out of the fallback phrase count; the phrase must
 * be a content phrase such as "facial nerve", not "can be".
 */
const STOP_WORDS = new Set(
  (
    'a about after again all also an and any are as at be because been before being both but by can ' +
    'cause caused causes could did do does doing due during each even for from had has have having he her ' +
    'here him his how however if in into is it its itself just may might more most much must no not of ' +
    'off often on once one only or other our out over own same she should so some such than that the ' +
    'their them then there these they this those through to too under until up very was we were what ' +
    'when where which while who why will with would you your yours usually sometimes many several'
  ).split(' '),
);

/** A subject opened by one of these words is a back-reference ("This is a…"), not a name. */
const NOT_A_SUBJECT = new Set(['this', 'that', 'it', 'there', 'these', 'those', 'what', 'which', 'who', 'here', 'he', 'she', 'they', 'one', 'each', 'such']);

const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'for', 'to', 'with', 'by', 'at']);

// "X is a/an/the …": up to five words before the verb, so long clauses are not taken as names.
const DEFINITION = /^(?:(?:a|an|the)\s+)?((?:[\p{L}][\p{L}\p{N}'-]*\s+){0,4}[\p{L}][\p{L}\p{N}'-]*)\s+(?:is|are)\s+(?:a|an|the)\s/iu;

const WORD = /[\p{L}][\p{L}'-]*/gu;

/** The page's subject, title-cased ("Hemifacial Spasm"), or null when no content words occur. */
export function inferSubject(lines: readonly string[]): string | null {
  const sentences = lines.flatMap(splitSentences);
  const subject = definedSubject(sentences) ?? frequentPhrase(sentences);
  return subject ? titleCase(subject) : null;
}

/** The subject of the first definitional sentence. */
export function definedSubject(sentences: readonly string[]): string | null {
  for (const sentence of sentences) {
    const subject = DEFINITION.exec(sentence)?.[1];
    if (!subject) continue;
    const words = subject.toLowerCase().split(/\s+/);
    if (NOT_A_SUBJECT.has(words[0] ?? '') || words.every((w) => STOP_WORDS.has(w))) continue;
    return subject;
  }
  return null;
}

/** The most frequent pair of adjacent content words; the earliest wins a tie. */
export function frequentPhrase(sentences: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    const words = (sentence.match(WORD) ?? []).map((w) => w.toLowerCase());
    for (let i = 1; i < words.length; i += 1) {
      const [first, second] = [words[i - 1] ?? '', words[i] ?? ''];
      if (STOP_WORDS.has(first) || STOP_WORDS.has(second)) continue;
      const phrase = `${first} ${second}`;
      counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [phrase, count] of counts) {
    if (count > bestCount) [best, bestCount] = [phrase, count];
  }
  return best;
}

export function titleCase(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && MINOR_WORDS.has(lower)) return lower;
      // Only the first letter changes, so acronyms such as "ALS" survive.
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
}

function splitSentences(line: string): string[] {
  return line
    .split(/(?<=[.?!])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
