import type { DocTable } from './doc-table.js';
import type { MedicalIndexParams } from './params.js';
import type { UnderstoodQuery } from './query/understand.js';

/** The query-understanding boosts MedicalSearchIndex adds to the normalised BM25F score. */

/**
 * Focus key → specificity in [0, 1]: the name's rarest term's idf over `focusIdfRef`, so a
 * generic name ("Pain", "Medicines") earns little of the focus boosts. A name told apart by a
 * word the analyser drops ("Down syndrome", "Vitamin D") has only generic terms left; with
 * `p.nameIdf` it is weighed by how few documents are about it (`nameIdf`) instead, if higher.
 */
export function focusWeights(q: UnderstoodQuery, p: MedicalIndexParams, idfOf: (term: string) => number, nameIdf: (key: number) => number): Map<number, number> {
  const out = new Map<number, number>();
  for (const f of q.foci) {
    let idf = p.nameIdf && f.namedByStopWord ? nameIdf(f.key) : 0;
    for (const t of f.terms) idf = Math.max(idf, idfOf(t));
    const w = Math.min(1, idf / p.focusIdfRef);
    out.set(f.key, Math.max(out.get(f.key) ?? 0, w));
  }
  return out;
}

/**
 * Which foci earn the focus-and-type boost with which types. Usually every named focus with the
 * asked type; in "Can high blood pressure cause headaches?" the cause (`notTypeFoci`) earns it
 * only with its symptoms or complications (is a headache one of them?), the effect only with its
 * causes, and the cause's own causes page is marked down by as much.
 */
export interface FocusTypePlan {
  /** Focus weights that earn the boost with the asked types. */
  focus: Map<number, number>;
  /** Type codes the cause named in a "causes" question earns the boost with, and its weight. */
  causeTypes: number[];
  causeFocus: Map<number, number>;
  /** Stand-ins that earn the boost only for a focus with no page of the asked type (`ABSENT_STAND_INS`). */
  absent?: AbsentStandIn;
}

interface AbsentStandIn {
  /** Codes of the asked type and its kin: a focus with a page of any of these has its answer. */
  asked: number[];
  standIns: number[];
}

const CAUSE_TYPES = ['symptoms', 'complications'];

/**
 * Stand-ins for a type that only some foci have pages of. MedQuAD answers "is it inherited?" only
 * for genetic conditions (GHR and GARD pages); "Is bipolar disorder hereditary?" or "Is asthma
 * genetic?" found the overview, while the causes page ("tends to run in families") and who is at
 * risk ("a family history of asthma") answer it. Unlike `STAND_INS`, a document can have both
 * (GHR's "genetic changes" sits beside causes-free inheritance pages, NHLBI's risk beside causes),
 * so the stand-in counts only where no page about that focus is of the asked kind.
 */
const ABSENT_STAND_INS: readonly { asked: readonly string[]; standIns: readonly string[] }[] = [
  { asked: ['inheritance', 'genetic changes'], standIns: ['causes', 'susceptibility'] },
  // GHR tells the cause of a genetic condition as its genetic changes; many have no causes page.
  { asked: ['causes'], standIns: ['genetic changes'] },
  // Many pages tell what an illness leads to only in its outlook ("Sleep Apnea" has no complications page).
  { asked: ['complications'], standIns: ['outlook'] },
  // Many conditions have no prevention page; their treatments page tells the medicines that prevent attacks.
  { asked: ['prevention'], standIns: ['treatment'] },
  // A condition's diet is part of its treatment (phenylketonuria, celiac disease).
  { asked: ['dietary'], standIns: ['treatment'] },
];

function absentStandIn(q: UnderstoodQuery, p: MedicalIndexParams, typeCodes: ReadonlyMap<string, number>): AbsentStandIn | undefined {
  if (!p.absentStandIns || !p.useType || q.types.length === 0) return undefined;
  const first = q.types.slice(0, askedCount(q, p));
  const rule = ABSENT_STAND_INS.find((r) => first.some((t) => r.asked.includes(t)));
  if (!rule) return undefined;
  const codes = (names: readonly string[]): number[] => names.flatMap((t) => typeCodes.get(t) ?? []);
  const standIns = codes(rule.standIns).filter((c) => !codes(first).includes(c));
  return standIns.length > 0 ? { asked: codes(rule.asked), standIns } : undefined;
}

export function focusTypePlan(q: UnderstoodQuery, p: MedicalIndexParams, focus: Map<number, number>, typeCodes: ReadonlyMap<string, number>): FocusTypePlan {
  const absent = absentStandIn(q, p, typeCodes);
  const not = q.notTypeFoci;
  if (!not || not.size === 0) return { focus, causeTypes: [], causeFocus: focus, absent };
  return {
    focus: new Map([...focus].filter(([k]) => !not.has(k))),
    causeTypes: CAUSE_TYPES.flatMap((t) => typeCodes.get(t) ?? []),
    causeFocus: new Map([...focus].filter(([k]) => not.has(k))),
    absent,
  };
}

/** Boost per question-type code for this query (index = code). */
export function typeWeights(q: UnderstoodQuery, p: MedicalIndexParams, typeCodes: ReadonlyMap<string, number>): Float64Array {
  const w = new Float64Array(typeCodes.size);
  if (!p.useType) return w;
  const first = askedCount(q, p);
  q.types.forEach((t, i) => {
    const c = typeCodes.get(t);
    if (c !== undefined) w[c] = Math.max(w[c] ?? 0, i < first ? p.typeBoost : p.otherTypeBoost);
  });
  const info = typeCodes.get('information');
  if (q.types.length === 0 && info !== undefined) w[info] = p.infoBoost;
  return w;
}

/**
 * Where a page has no section of the asked type, another section answers it. A symptom or injury
 * page (ADAM's "Numbness", "Burns") has no treatment section, and its "What to do for" (MedQuAD's
 * "considerations") is what "how do I treat it" wants; MedQuAD never has both in one document
 * (1,455 ADAM pages have treatment, 362 considerations, none both). A medicine leaflet has no
 * overview: a question naming only the medicine ("what does Synthroid do") wants why it is
 * prescribed, not the leaflet's closing "other information"; the 19 vaccine leaflets that have
 * both an overview and "why get vaccinated" are answered by either. A herb or supplement has no
 * treatment section: "does glucosamine work for knee pain" is answered by how effective it is.
 */
const STAND_INS: Readonly<Record<string, readonly string[]>> = {
  treatment: ['considerations', 'how effective is it'],
  information: ['indication', 'why get vaccinated'],
};

/**
 * Codes of the types the query asks first (those of its first cue; "information" when it names
 * none) and of their stand-ins, for the focus-and-type boost; empty when type boosts are off.
 */
export function askedTypes(q: UnderstoodQuery, p: MedicalIndexParams, typeCodes: ReadonlyMap<string, number>): number[] {
  if (!p.useType || !(p.focusTypeBoost > 0)) return [];
  const first = q.types.length > 0 ? q.types.slice(0, askedCount(q, p)) : ['information'];
  const out: number[] = [];
  for (const t of first.flatMap((f) => [f, ...(STAND_INS[f] ?? [])])) {
    const c = typeCodes.get(t);
    if (c !== undefined && !out.includes(c)) out.push(c);
  }
  return out;
}

/** How many leading types the query asks first: the first cue's, or only the very first. */
function askedCount(q: UnderstoodQuery, p: MedicalIndexParams): number {
  return p.firstCueTypes ? Math.max(1, q.firstTypes ?? 1) : 1;
}

/** The largest boost any document can get for this query, to skip hopeless candidates early. */
export function maxBoostOf(p: MedicalIndexParams, focus: Map<number, number>, types: Float64Array): number {
  let maxFocus = 0;
  for (const w of focus.values()) maxFocus = Math.max(maxFocus, w);
  let maxType = 0;
  for (const w of types) maxType = Math.max(maxType, w);
  return maxFocus * (p.focusBoost + p.focusTypeBoost) + maxType;
}

/**
 * Focus boost × specificity, type boost, and — for a document that is both about a named focus
 * and of the asked type, the exact answer a short question wants — the focus-and-type boost;
 * less the list penalty for an answer that is mostly a list (it only lowers: maxBoostOf holds).
 */
export function boostOf(
  table: DocTable,
  p: MedicalIndexParams,
  focus: Map<number, number>,
  types: Float64Array,
  asked: readonly number[],
  d: number,
  plan?: FocusTypePlan,
): number {
  const keys = table.focusKeys[d] ?? [];
  let spec = 0;
  if (focus.size > 0) for (const k of keys) spec = Math.max(spec, focus.get(k) ?? 0);
  const c = table.typeCode[d] ?? -1;
  let b = p.focusBoost * spec;
  if (c >= 0) b += types[c] ?? 0;
  if (!plan || plan.focus === focus) {
    if (asked.includes(c)) b += p.focusTypeBoost * spec;
  } else {
    const by = asked.includes(c) ? plan.focus : plan.causeTypes.includes(c) ? plan.causeFocus : undefined;
    let typeSpec = 0;
    if (by) for (const k of keys) typeSpec = Math.max(typeSpec, by.get(k) ?? 0);
    // "What causes high blood pressure?" is the misreading of "Can high blood pressure cause
    // headaches?": it loses what the boost would have given it.
    let misread = 0;
    if (asked.includes(c)) for (const k of keys) misread = Math.max(misread, plan.causeFocus.get(k) ?? 0);
    b += p.focusTypeBoost * (misread > typeSpec ? typeSpec - misread : typeSpec);
  }
  const absent = plan?.absent;
  if (absent && focus.size > 0 && absent.standIns.includes(c)) {
    let standIn = 0;
    for (const k of keys) {
      const w = plan.focus.get(k) ?? 0;
      if (w > standIn && !absent.asked.some((a) => table.hasPage(k, a))) standIn = w;
    }
    b += p.focusTypeBoost * standIn;
  }
  return b - listPenaltyOf(table, p, d);
}

/** What the list penalty takes from document `d` (≥ 0). */
export function listPenaltyOf(table: DocTable, p: MedicalIndexParams, d: number): number {
  return p.listPenalty > 0 ? p.listPenalty * (1 - (table.prose[d] ?? 255) / 255) : 0;
}
