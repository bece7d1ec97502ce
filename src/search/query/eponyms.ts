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
 * ringing") is no possessive. The result has the shape of a lay-term rewrite, which it follows.
 */

import type { LayRewrite } from './lay-terms.js';

const NOUNS = ['disease', 'syndrome', 'palsy', 'phenomenon'] as const;
const POSSESSIVE = /\b(\p{Lu}\p{Ll}{2,})(?:['’]s|s['’])/gu;
const NOUN_AFTER = /^\s+(?:disease|syndrome|palsy|phenomenon|disorder|sign|lymphoma|ulcer|tumou?r|sarcoma|cyst|contracture|neuroma)\b/i;
const NOT_POSSESSIVE = /^\s+(?:\S+ing|\S+ed|been|not|going|got|gotten|a|an|the)\b/i;

/** `isFocus`: whether a phrase is a focus name of the archive (compared as the lexicon compares). */
export function nameEponyms(text: string, isFocus: (phrase: string) => boolean): LayRewrite {
  const rewrites: { from: string; to: string }[] = [];
  const out = text.replace(POSSESSIVE, (whole: string, name: string, offset: number) => {
    const after = text.slice(offset + whole.length);
    // A name spelt like a short name of the archive ("Child's classification", CHILD syndrome) is
    // somebody else's: the clinician means Child-Pugh.
    if (NOUN_AFTER.test(after) || NOT_POSSESSIVE.test(after) || isFocus(name.toUpperCase())) return whole;
    // Written as the archive writes that name, or the focus scan would not meet it.
    const to = NOUNS.flatMap((n) => [`${whole} ${n}`, `${name} ${n}`]).find(isFocus);
    if (!to) return whole;
    rewrites.push({ from: whole, to });
    return to;
  });
  return { text: out, rewrites };
}
