import { isCommonWord } from '../text/common-words.js';
import { stem, words } from '../text/analyze.js';
import type { FocusAliases } from './aliases.js';
import type { FocusLexicon, FocusMatch } from './focus.js';

/**
 * Pages on swallowing or breathing in a substance: "Detergent poisoning", "Antifreeze poisoning",
 * "Iron overdose", "Lead poisoning". A person tells what happened, not the page's name ("my
 * toddler swallowed dish detergent", "we were exposed to lead paint"), so the substance named
 * near such a telling is read as its poisoning page too. Only then: "detergent" alone is a
 * laundry question, and "caffeine" alone asks about caffeine.
 */
const POISON_NAME = /^(.+?),? (poisoning|overdose|intoxication(?: and overdose)?)$/i;

/** Telling that something was swallowed, breathed in, or taken beyond its dose. */
const TAKEN_IN = /\b(swallow(ed|ing|s)?|ingest(ed|ing|ion)?|ate|eaten|eating|drank|drunk|drinking|got into|licked|chewed|overdos(e|ed|es|ing)|(took|taken|had|takes?) too (much|many)|poison(ed|ing|ous)?|inhal(ed|ing)|breathed( in)?|sniff(ed|ing)|huff(ed|ing))\b/i;

/**
 * Exposure names a poisoning, not an overdose: "lead exposure" is lead poisoning, while a baby's
 * "methamphetamine exposure" before birth is no overdose.
 */
const EXPOSED = /\b(exposed to|exposures?)\b/i;

/** Substances whose pages are about something else than a thing taken in ("Food poisoning" is an infection). */
const NOT_TAKEN_IN = new Set(['food', 'blood']);

export class Poisonings {
  /** Stemmed substance → poisoning page keys. */
  private readonly bySubstance = new Map<string, number[]>();
  private maxLen = 1;
  private seen = 0;

  constructor(
    private readonly lexicon: FocusLexicon,
    private readonly aliases: FocusAliases,
  ) {}

  /** Reads names added since the last call; keys are stable for the life of the index. */
  private refresh(): void {
    for (let key = this.seen; key < this.lexicon.size; key++) {
      const m = POISON_NAME.exec(this.lexicon.phrase(key).trim());
      const ws = m?.[1] ? words(m[1]) : [];
      if (ws.length === 0 || NOT_TAKEN_IN.has(ws.join(' '))) continue;
      // A street name that is an everyday word ("ice", "speed" for Methamphetamine overdose) is
      // no substance in "the kids ate ice"; a page's main name keeps it ("Lead poisoning").
      const [only] = ws;
      if (ws.length === 1 && only && isCommonWord(only) && this.aliases.mainNames(key, 0.5).length > 0) continue;
      const k = ws.map(stem).join(' ');
      this.bySubstance.set(k, [...(this.bySubstance.get(k) ?? []), key]);
      this.maxLen = Math.max(this.maxLen, ws.length);
    }
    this.seen = this.lexicon.size;
  }

  /**
   * The poisoning pages of substances a question tells were taken in, as further foci; returns
   * the word their names share, for the lexical query and the re-rank, or null when none was added.
   */
  add(text: string, foci: FocusMatch[]): string | null {
    // Read sentence by sentence: "known DES exposure? Iodine?" tells no iodine was taken in.
    const sentences = text.split(/[.?!;\n]+/);
    if (!sentences.some((s) => TAKEN_IN.test(s) || EXPOSED.test(s))) return null;
    this.refresh();
    const have = new Set(foci.map((f) => f.key));
    let word: string | null = null;
    // Positions count the whole text's words, as every focus match's do: the splitters are no word characters.
    let offset = 0;
    for (const sentence of sentences) {
      const stems = words(sentence).map(stem);
      const takenIn = TAKEN_IN.test(sentence);
      if (takenIn || EXPOSED.test(sentence)) {
        for (let i = 0; i < stems.length; i++) {
          const n = this.longestSubstance(stems, i);
          if (n === 0) continue;
          const terms = stems.slice(i, i + n);
          for (const key of this.bySubstance.get(terms.join(' ')) ?? []) {
            const phrase = this.lexicon.phrase(key);
            const kind = POISON_NAME.exec(phrase)?.[2]?.toLowerCase().split(' ')[0] ?? null;
            if (have.has(key) || (!takenIn && kind !== 'poisoning')) continue;
            have.add(key);
            foci.push({ key, phrase, terms, start: offset + i, length: n, namedByStopWord: false });
            word ??= kind;
          }
          i += n - 1;
        }
      }
      offset += stems.length;
    }
    return word;
  }

  /** Length of the longest substance name starting at `i`, or 0. */
  private longestSubstance(stems: readonly string[], i: number): number {
    for (let n = Math.min(this.maxLen, stems.length - i); n >= 1; n--) {
      if (this.bySubstance.has(stems.slice(i, i + n).join(' '))) return n;
    }
    return 0;
  }
}
