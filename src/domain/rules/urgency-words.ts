/**
 * How people in a hurry write the words the urgent signs read: contractions without their
 * apostrophe ("cant breathe", "wont stop") and the commonest misspellings of the signs' own words
 * ("unconcious", "siezure", "pian"). Each is mapped, word for word, to the spelling the patterns
 * in `urgency-signs.ts` are written in, before any of them runs. Only words that mean nothing else
 * are here, and "wont", a word of its own, is read as "won't", as it almost always means.
 */
const AS_MEANT: Readonly<Record<string, string>> = {
  // Contractions typed without the apostrophe.
  cant: "can't", wont: "won't", couldnt: "couldn't", dont: "don't", doesnt: "doesn't", didnt: "didn't", isnt: "isn't",
  wasnt: "wasn't", arent: "aren't", havent: "haven't", hasnt: "hasn't", wouldnt: "wouldn't", im: "i'm",
  ive: "i've", hes: "he's", shes: "she's", theyre: "they're",
  // The signs' own words, misspelt.
  pian: 'pain', pians: 'pains', unconcious: 'unconscious', unconsious: 'unconscious', unconcsious: 'unconscious',
  siezure: 'seizure', siezures: 'seizures', seisure: 'seizure', seizue: 'seizure', suicde: 'suicide',
  sucide: 'suicide', suiside: 'suicide', suicidel: 'suicidal', sucidal: 'suicidal', temprature: 'temperature',
  tempreture: 'temperature', headach: 'headache', bleading: 'bleeding', breating: 'breathing',
  vomitting: 'vomiting', overdoze: 'overdose',
};

/** `lower` (lower-cased, straight apostrophes) with each word written as the patterns expect. */
export function asMeant(lower: string): string {
  return lower.replace(/[\p{L}']+/gu, (w) => AS_MEANT[w] ?? w);
}
