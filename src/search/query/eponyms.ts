/**
 * A disease named after a person is mostly called by the name alone: "my dad has Parkinson's",
 * "is Crohn's hereditary", "Hashimoto's diet". The archive files them as "Parkinson disease",
 * "Crohn disease", "Hashimoto's syndrome", so the bare name named no focus, and in "memory problems,
 * is it Alzheimer's?" or "Huntington's and pregnancy" the other focus took the boost.
 *
 * A capitalised name in the possessive, not followed by the noun already, gets the noun that makes
 * it a focus of the archive ("Parkinson's" → "Parkinson's disease", or "Parkinson disease" where
 * the archive has only that): the first of disease, syndrome, palsy, phenomenon whose name is a
 * focus key. The capital and the possessive keep everyday words out ("my mom's", "the liver's");
 * an "'s" that stands for "is" or "has" before a participle ("Heart's racing", "Bell's been
 * ringing") is no possessive. Followed by its noun, the name loses the possessive where the archive
 * writes it without ("Addison's disease" → "Addison disease"). The result has the shape of a
 * lay-term rewrite, which it follows.
 */

import type { LayRewrite } from './lay-terms.js';

const NOUNS = ['disease', 'syndrome', 'palsy', 'phenomenon'] as const;
const POSSESSIVE = /\b(\p{Lu}\p{Ll}{2,})(?:['’]s|s['’])/gu;
const NOUN_AFTER = /^\s+(?:disease|syndrome|palsy|phenomenon|disorder|sign|lymphoma|ulcer|tumou?r|sarcoma|cyst|contracture|neuroma)\b/i;
const NOT_POSSESSIVE = /^\s+(?:\S+ing|\S+ed|been|not|going|got|gotten|a|an|the)\b/i;

/**
 * Names people mostly write in lower case or without the apostrophe: "my mom has alzheimers",
 * "crohns flare", "dad's parkinsons". Only names that are no everyday word: a possessive in lower
 * case is mostly one ("the heart's valves" would read as Heart disease).
 */
const WRITTEN_PLAIN = /\b(alzheimer|parkinson|crohn|huntington|addison|cushing|meniere|raynaud|hashimoto|asperger|tourette|hodgkin|sjogren)(?:['’]s|s['’]?)(?!\p{L})/giu;

/** `isFocus`: whether a phrase is a focus name of the archive (compared as the lexicon compares). */
export function nameEponyms(text: string, isFocus: (phrase: string) => boolean): LayRewrite {
  const rewrites: { from: string; to: string }[] = [];
  // `possessive` is the name as the archive would write it: "Parkinson's", "Graves'".
  const complete = (whole: string, name: string, possessive: string, after: string): string => {
    // A name spelt like a short name of the archive ("Child's classification", CHILD syndrome) is
    // somebody else's: the clinician means Child-Pugh.
    if (NOT_POSSESSIVE.test(after) || isFocus(name.toUpperCase())) return whole;
    const noun = NOUN_AFTER.exec(after)?.[0].trim();
    if (noun) {
      // "Addison's disease" where the archive has only "Addison disease": the possessive goes.
      if (isFocus(`${possessive} ${noun}`) || !isFocus(`${name} ${noun}`)) return whole;
      rewrites.push({ from: `${whole} ${noun}`, to: `${name} ${noun}` });
      return name;
    }
    // Written as the archive writes that name, or the focus scan would not meet it.
    const to = NOUNS.flatMap((n) => [`${possessive} ${n}`, `${name} ${n}`]).find(isFocus);
    if (!to) return whole;
    rewrites.push({ from: whole, to });
    return to;
  };
  const out = text
    .replace(POSSESSIVE, (whole: string, name: string, offset: number) => complete(whole, name, whole, text.slice(offset + whole.length)))
    .replace(WRITTEN_PLAIN, (whole: string, lower: string, offset: number, all: string) => {
      const name = `${lower.charAt(0).toUpperCase()}${lower.slice(1).toLowerCase()}`;
      return complete(whole, name, `${name}'s`, all.slice(offset + whole.length));
    });
  return { text: out, rewrites };
}

/** A person's name in a page name: a capital, then at least two more letters, one of them lower case. */
const PERSON = /^\p{Lu}\p{L}{2,}$/u;
const HYPHENED = /^(\S+(?:-\S+)+)\s+(?:disease|syndrome|palsy|phenomenon)$/iu;

/**
 * A page named after two or more people is also filed under their names alone: "Charcot-Marie-Tooth
 * disease" under "Charcot-Marie-Tooth", as the parents of a child with it write. Only such names, each
 * part capitalised as a person's, so "Post-splenectomy syndrome" stays out: "splenectomy" alone
 * would name it.
 */
export function eponymShortNames(name: string): string[] {
  const m = HYPHENED.exec(name.trim());
  const short = m?.[1];
  if (!short) return [];
  const parts = short.split('-');
  return parts.every((p) => PERSON.test(p) && /\p{Ll}/u.test(p)) ? [short] : [];
}
