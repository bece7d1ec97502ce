import type { LayRewrite } from './lay-terms.js';

/**
 * Street names of drugs that are everyday words. MedQuAD lists "Crack", "Blow", "Flake" and
 * "Snow" as synonyms of Cocaine, "Junk" and "Horse" of Heroin, "Weed" and "Pot" of Marijuana,
 * "Ice", "Glass" and "Crystal" of Methamphetamine. As focus names they made "junk food" a heroin
 * question, "blow my nose" and "dry and cracked skin" cocaine questions, "crystals in my urine" a
 * methamphetamine one. So the index does not file a drug's page under these words
 * (`isStreetNameOf`), and a query uses one as the drug's name only where it speaks of taking
 * the drug ("smoking weed", "crack addiction"): `rewriteStreetNames` puts the drug's name in.
 * Names that are no everyday word ("ganja", "meth", "skag") stay ordinary synonyms.
 */
const STREET_NAMES: Readonly<Record<string, string>> = {
  blow: 'cocaine', c: 'cocaine', coke: 'cocaine', crack: 'cocaine', flake: 'cocaine', snow: 'cocaine',
  h: 'heroin', horse: 'heroin', junk: 'heroin', smack: 'heroin',
  grass: 'marijuana', hash: 'marijuana', pot: 'marijuana', weed: 'marijuana', 'mary jane': 'marijuana',
  chalk: 'methamphetamine', crystal: 'methamphetamine', glass: 'methamphetamine', ice: 'methamphetamine',
  speed: 'methamphetamine', tina: 'methamphetamine',
};

/** Is `synonym` a street name of the drug the page is about (its main focus names the drug)? */
export function isStreetNameOf(synonym: string, mainFocus: string): boolean {
  const drug = STREET_NAMES[synonym.trim().toLowerCase()];
  // "POT" (primary orthostatic tremor) is a synonym too, of a page about no drug.
  return drug !== undefined && mainFocus.toLowerCase().includes(drug);
}

// Single letters ("vitamin C", "H. pylori") are never read as street names in a query.
const WORDS = Object.keys(STREET_NAMES).filter((w) => w.length > 1).join('|');
const TAKING = '(?:smok(?:e|es|ed|ing)|snort(?:s|ed|ing)?|inject(?:s|ed|ing)?|shoot(?:s|ing)? up|addicted to|hooked on|high on|overdos(?:e|es|ed|ing) on|withdrawal from)';
// "Using ice" may be for a sprain ("using ice and heat", "using ice on it"): after these verbs the name
// must end its sentence ("my son is using ice.").
const USING = '(?:using|uses|used|doing|does|did)';
const CLAUSE_END = String.raw`(?=\s*(?:[.;!?]|$))`;
const AFTER = '(?:addiction|addict|addicts|abuse|user|users|withdrawal|overdose|smoking|smoker|smokers|drug tests?|stays? in (?:your|my|his|her|the|their|a) (?:system|body|urine|blood))';
const BEFORE_NAME = new RegExp(
  `\\b(${TAKING} (?:(?:some|a little|a lot of|too much|the) )?)(${WORDS})\\b|\\b(${USING} )(${WORDS})\\b${CLAUSE_END}`,
  'gi',
);
const AFTER_NAME = new RegExp(`\\b(${WORDS})( ${AFTER})\\b`, 'gi');

/** The query with each street name spoken of as a drug taken replaced by the drug's name. */
export function rewriteStreetNames(raw: string): LayRewrite {
  const rewrites: { from: string; to: string }[] = [];
  const drugOf = (name: string): string => STREET_NAMES[name.toLowerCase()] ?? name;
  let text = raw.replace(BEFORE_NAME, (_m, taking: string | undefined, name: string | undefined, using: string | undefined, used: string | undefined) => {
    const [verb, word] = taking !== undefined && name !== undefined ? [taking, name] : [using ?? '', used ?? ''];
    rewrites.push({ from: word, to: drugOf(word) });
    return `${verb}${drugOf(word)}`;
  });
  text = text.replace(AFTER_NAME, (_m, name: string, after: string) => {
    rewrites.push({ from: name, to: drugOf(name) });
    return `${drugOf(name)}${after}`;
  });
  return { text, rewrites };
}
