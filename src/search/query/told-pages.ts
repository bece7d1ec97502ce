import type { FocusAliases } from './aliases.js';
import { DietPages } from './diet-pages.js';
import type { FocusLexicon, FocusMatch } from './focus.js';
import { Poisonings } from './poisonings.js';

/**
 * Pages a question names without saying their names: a condition's diet page ("what should I eat
 * with kidney disease") and a substance's poisoning page ("he swallowed antifreeze").
 */
export class ToldPages {
  private readonly diet: DietPages;
  private readonly poisonings: Poisonings;

  constructor(lexicon: FocusLexicon, aliases: FocusAliases) {
    this.diet = new DietPages(lexicon);
    this.poisonings = new Poisonings(lexicon, aliases);
  }

  /**
   * Adds the pages to `q.foci`; returns the words their names share that the question does not
   * say ("diet", "poisoning"), for the lexical query and the re-rank.
   */
  add(
    q: { text: string; foci: FocusMatch[]; types: readonly string[] },
    p: { dietPages: boolean; poisonings: boolean },
    isMedicine: (key: number) => boolean,
  ): string[] {
    const words: string[] = [];
    if (p.dietPages && this.diet.add(q.foci, q.types, isMedicine)) words.push('diet');
    const poisoning = p.poisonings ? this.poisonings.add(q.text, q.foci) : null;
    if (poisoning) words.push(poisoning);
    return words;
  }
}
