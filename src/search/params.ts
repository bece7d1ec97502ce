import { type Bm25fParams, DEFAULT_BM25F } from './lexical/bm25f.js';
import type { AliasParams } from './query/aliases.js';
import { DEFAULT_EXPANSION, type ExpansionParams } from './semantic/expander.js';

/** Parameters of MedicalSearchIndex (see medical-index.ts for how the stages combine). */
export interface MedicalIndexParams {
  bm25f: Bm25fParams;
  /** Added when a document's focus is one the query names, scaled by the name's specificity… */
  focusBoost: number;
  /** …which is its rarest term's idf over this reference, capped at 1 ("pain" < "noonan"). */
  focusIdfRef: number;
  /** Added when the document's qtype is the first type the query asks for… */
  typeBoost: number;
  /** …and this for the other types it asks for. */
  otherTypeBoost: number;
  /** Added to "information" answers when no type was recognised ("tell me about X"). */
  infoBoost: number;
  /** Subtracted × the share of a document's answer that is list, not prose (links, bare terms). */
  listPenalty: number;
  /** Added on top when a document has both a focus the query names and the type it asks first. */
  focusTypeBoost: number;
  /** Subtracted from a page written for children when the question speaks of no child (`query/population.ts`). */
  childPagePenalty: number;
  /** Subtracted from a page written for adults when the question is about a child. */
  adultPagePenalty: number;
  /** Query weight of the words naming whom a question is about ("my toddler") when it names a focus. */
  personWeight: number;
  /** A question asking about diet names the diet pages of its conditions too (`query/diet-pages.ts`). */
  dietPages: boolean;
  /** A substance told as swallowed or breathed in names its poisoning page too (`query/poisonings.ts`). */
  poisonings: boolean;
  /** "Can Zoloft cause chest pain?" asks for the medicine's side effects first (`query/drug-effects.ts`). */
  medicineEffects: boolean;
  /** "Can I take ketorolac with ibuprofen?" asks whether two medicines go together (`query/medicine-pairs.ts`). */
  medicinePairs: boolean;
  /** Query weight of a condition's words when a question asks whether a medicine is safe with it (`query/medicine-pairs.ts`). */
  conditionWeight: number;
  /** "Parkinson's" alone names Parkinson disease (`query/eponyms.ts`). */
  eponyms: boolean;
  /** "What foods should I avoid on warfarin?" asks the leaflet's dietary section; "grapefruit with simvastatin" how they interact (`query/medicine-use.ts`). */
  medicineUse: boolean;
  /** "Can high blood pressure cause headaches?" names the cause: its symptoms and the headaches' causes, not its own causes (`query/causal.ts`). */
  causeObject: boolean;
  /** "Side effects of chemotherapy": a page named like a question type yields to the focus it asks about (`query/cue-foci.ts`). */
  typeNamedFoci: boolean;
  /** "Is it bad to crack your knuckles?": "bad" as a judgement is no search word (`query/judgements.ts`). */
  judgementWords: boolean;
  /** A leaflet is also filed under the medicine's plain name: "Metronidazole Oral" under "metronidazole" (`query/medicine-forms.ts`). */
  medicineNames: boolean;
  /** A leaflet's focus field also holds the medicine's brand names, which MedQuAD leaves out (`query/brand-names.ts`). */
  leafletBrands: boolean;
  /** A page is also filed under its name without the bracket and, mostly, the bracketed name: "Collapsed lung (pneumothorax)" (`query/bracket-names.ts`). */
  bracketNames: boolean;
  /** A page is also filed under its name without a trailing population ("Intussusception - children") and the parts of a colon title ("Pyelonephritis: Kidney Infection") (`query/qualified-names.ts`). */
  qualifiedNames: boolean;
  /** Where no page about the focus says whether it is inherited, its causes and risk pages answer (`boosts.ts`). */
  absentStandIns: boolean;
  /** Every type of the first cue counts as asked first ("alcohol with X": interactions *or* precautions; `query/qtype.ts`). */
  firstCueTypes: boolean;
  /** A focus named by a dropped word ("Down syndrome") is as specific as its documents are few (`boosts.ts`). */
  nameIdf: boolean;
  /** Such a name is also one term of its documents' focus field and of a query naming it (`nameTerm`, `query/focus.ts`). */
  nameTerms: boolean;
  expansion: ExpansionParams;
  /** The main name's words added to a query that names a focus by a synonym (`query/aliases.ts`). */
  aliases: AliasParams;
  /** Re-rank: the best `depth` candidates get `weight` × P(query entails their question) added. */
  rerank: RerankParams;
  useFocus: boolean;
  /** Everyday phrases rewritten to the archive's names (`query/lay-terms.ts`); needs `useFocus`. */
  useLayTerms: boolean;
  useType: boolean;
  useSemantic: boolean;
  /** Needs the candidate analysis made at index time: fixed when the index is constructed. */
  useRerank: boolean;
}

export interface RerankParams {
  depth: number;
  weight: number;
}

/** Tuned by bench/liveqa-tune.ts on MedQuAD hold-out and MEDIQA 2019 (never on LiveQA). */
export const DEFAULT_PARAMS: MedicalIndexParams = {
  bm25f: DEFAULT_BM25F,
  focusBoost: 0.2,
  focusIdfRef: 7,
  typeBoost: 0.05,
  otherTypeBoost: 0,
  infoBoost: 0.05,
  focusTypeBoost: 0.2,
  listPenalty: 0.2,
  childPagePenalty: 0.1,
  adultPagePenalty: 0.1,
  personWeight: 0.25,
  dietPages: true,
  poisonings: true,
  medicineEffects: true,
  medicinePairs: true,
  conditionWeight: 0.5,
  eponyms: true,
  medicineUse: true,
  causeObject: true,
  typeNamedFoci: true,
  judgementWords: true,
  medicineNames: true,
  leafletBrands: true,
  bracketNames: true,
  qualifiedNames: true,
  absentStandIns: true,
  firstCueTypes: true,
  nameIdf: true,
  nameTerms: true,
  expansion: { ...DEFAULT_EXPANSION, minCosine: 0.3 },
  aliases: { weight: 0.25, minShare: 0.2 },
  rerank: { depth: 10, weight: 0.8 },
  useFocus: true,
  useLayTerms: true,
  useType: true,
  useSemantic: false,
  useRerank: true,
};
