import { createHash } from 'node:crypto';
import { brandTable } from '../query/brand-names.js';
import { analyseFaq } from '../similarity/features.js';
import type { RqeModel } from '../similarity/model.js';
import { analyze, words } from '../text/analyze.js';
import { STOP_WORDS } from '../text/stopwords.js';
import type { MedicalIndexParams } from '../params.js';

/**
 * Fingerprints written into a snapshot's header and compared before its body is read: the
 * parameters, the re-rank model and the text analysis the index was built with. Any difference
 * means the stored postings or candidate analyses are not what this process would build.
 */

/** JSON with object keys sorted, so equal values always give equal text. */
export function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${stableStringify(x)}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export function paramsFingerprint(params: MedicalIndexParams): string {
  return sha256(stableStringify(params));
}

const modelPrints = new WeakMap<RqeModel, string>();

/**
 * Hash of what the re-rank reads of the model: features, vectors and the regression. The
 * threshold and margin serve `askdoc similarity` only, so retuning them leaves saved indexes
 * valid. 'none' without a re-rank.
 */
export function modelFingerprint(model: RqeModel | null): string {
  if (!model) return 'none';
  let print = modelPrints.get(model);
  if (print === undefined) {
    const { features, groups, logistic, vectors } = model.toJson();
    print = sha256(stableStringify({ features, groups, logistic, vectors }));
    modelPrints.set(model, print);
  }
  return print;
}

/** Exercises word splitting, accent folding, stop words, stemming and the re-rank's question analysis. */
const PROBE = [
  'What are the treatments for Noonan syndrome? Héllo doctor, my baby’s rashes keep itching since 2 days.',
  'How to diagnose Tay-Sachs disease [ Tay-Sachs ]? Is CAS inherited, and what causes generalised seizures?',
  'Do you have information about connective tissue disorders, hypertension and kidney stones?',
  'Itchy, swollen ankles and diarrhoea: is it a tumour, or thyroiditis?',
  'What other information should I know about Baclofen Oral ? What should I do if I forget a dose of it?',
  'What are the brand names of combination products of Atorvastatin ? Are there safety concerns or special precautions about Ibuprofen ?',
];
let analysisPrint: string | null = null;

/**
 * Catches a change of the analysis code (stemmer, stop words, the re-rank's FAQ analysis, the brand
 * names leaflets are filed under) that nobody remembered to mark by bumping SNAPSHOT_VERSION. It
 * is a probe, not a proof.
 */
export function analysisFingerprint(): string {
  if (analysisPrint === null) {
    const out = PROBE.map((text) => {
      const faq = analyseFaq(text);
      return [words(text), analyze(text), faq.stems, faq.focus, faq.form, [...faq.types.types], faq.types.info];
    });
    analysisPrint = sha256(JSON.stringify([out, [...STOP_WORDS], brandTable()]));
  }
  return analysisPrint;
}
