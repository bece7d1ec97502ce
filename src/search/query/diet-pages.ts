import { words } from '../text/analyze.js';
import type { FocusLexicon, FocusMatch } from './focus.js';

/**
 * Pages on eating with a condition: "Diet - chronic kidney disease", "Heart disease and diet",
 * "Diabetes type 2 - meal planning", "Celiac disease - nutritional considerations". A condition's
 * own pages have no dietary section, so "what should I eat with kidney disease?" met its overview
 * and support pages. When the question asks about diet, such a page is about its condition too.
 * Only while diet is asked: otherwise these pages would take questions about the condition itself.
 */
const DIET_FIRST = /^diet (?:-|for|and|in) (.+)$/i;
const DIET_LAST = /^(.+?) (?:and|-) (?:diet|meal planning|nutritional considerations|nutrition)$/i;

/** The condition a diet page is named for, or null for every other name. */
export function dietCondition(name: string): string | null {
  const m = DIET_FIRST.exec(name.trim()) ?? DIET_LAST.exec(name.trim());
  return m?.[1]?.trim() || null;
}

/** Condition focus key → keys of diet pages named for it, read from the lexicon's names. */
export class DietPages {
  private readonly byCondition = new Map<number, number[]>();
  private seen = 0;

  constructor(private readonly lexicon: FocusLexicon) {}

  /** Reads names added since the last call; keys are stable for the life of the index. */
  private refresh(): void {
    for (let key = this.seen; key < this.lexicon.size; key++) {
      const condition = dietCondition(this.lexicon.phrase(key));
      if (!condition) continue;
      const named = this.lexicon.recognise(condition);
      // The whole condition must be one name: "Diet and substance use recovery" names none, and
      // "traveler's diarrhea" is no diet for every diarrhea.
      const whole = named.length === 1 && named[0] && named[0].key !== key && named[0].length === words(condition).length ? named[0] : undefined;
      if (whole) this.byCondition.set(whole.key, [...(this.byCondition.get(whole.key) ?? []), key]);
    }
    this.seen = this.lexicon.size;
  }

  /**
   * The diet pages of the question's conditions, as further foci where diet is asked first or
   * second ("what foods should I avoid with gout" reads "avoid" first); true when any was added.
   */
  add(foci: FocusMatch[], types: readonly string[], isMedicine: (key: number) => boolean): boolean {
    if (!types.slice(0, 2).includes('dietary')) return false;
    this.refresh();
    const have = new Set(foci.map((f) => f.key));
    const before = foci.length;
    for (const f of [...foci]) {
      if (isMedicine(f.key)) continue;
      for (const key of this.byCondition.get(f.key) ?? []) {
        if (have.has(key)) continue;
        have.add(key);
        foci.push({ ...f, key, phrase: this.lexicon.phrase(key) });
      }
    }
    return foci.length > before;
  }
}
