/**
 * Question-type detection from cue words, mapped onto MedQuAD's qtype labels so that answers
 * of the asked-for kind can be preferred. Reads the raw text: the cues are mostly question
 * words and verbs that the analyser drops or stems. A question may ask several things.
 */
const CUES: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\b(treat(s|ed|ing|ment|ments)?|cure[sd]?|curing|therap(y|ies)|remed(y|ies)|heal(ed|ing)?|get rid of|manag(e|ing|ement)|surgery|operation)\b/, ['treatment']],
  [/\b(caus(e|es|ed|ing)|why (do|does|did|am|is|are)|reasons?|trigger(s|ed)?|lead to)\b/, ['causes']],
  [/\b(symptoms?|signs?|feel(s|ing)?|pain(ful)?|hurts?)\b/, ['symptoms']],
  [/\b(diagnos(e|ed|is|tic)|tests?|testing|exams?|examination|screen(ing)?|detect(ed)?|results?|levels?)\b/, ['exams and tests']],
  [/\b(prevent(ed|ing|ion)?|avoid(ed|ing)?|protect|vaccin(e|es|ation))\b/, ['prevention']],
  [/\b(prognosis|outlook|life expectancy|surviv(e|al)|recover(y)?|go away|curable|fatal|die|dying|long term)\b/, ['outlook']],
  [/\b(risks?|who gets|susceptib(le|ility)|chances?)\b/, ['susceptibility']],
  [/\b(inherit(ed|ance)?|heredit(ary|y)|pass(ed)? (it )?(on|down)|runs? in (the |my )?famil(y|ies)|carrier)\b/, ['inheritance']],
  [/\b(genes?|genetic|mutations?|chromosomes?|dna)\b/, ['genetic changes']],
  [/\b(how (common|many|rare)|prevalence|incidence|frequency)\b/, ['frequency']],
  [/\b(side ?effects?|adverse|reactions?|allerg(y|ic))\b/, ['side effects', 'severe reaction']],
  [/\b(dos(e|es|age|ing)|how much|how many (mg|pills|tablets)|mg|milligrams?|how (to|do i|should i) take)\b/, ['usage', 'dose']],
  [/\b(stor(e|age|ing)|expir(e|ed|ation)|temperature|dispos(e|al)|refrigerat(e|or))\b/, ['storage and disposal']],
  [/\b(interact(s|ion|ions)?|together with|combin(e|ed|ing)|mix(ed|ing)?|alcohol|with other (drugs|medications))\b/, ['interactions with medications', 'precautions']],
  [/\b(overdose|too much|took (two|extra|double))\b/, ['emergency or overdose']],
  [/\b(miss(ed)?|forg(o|e)t) (a |my )?(dose|pill)\b/, ['forget a dose']],
  [/\b(brand|generic|manufactur(er|ed))\b/, ['brand names', 'brand names of combination products']],
  [/\b(used for|use(d)? to treat|prescribed for|indications?|what is it for)\b/, ['indication']],
  [/\b(complications?|lead to|damage)\b/, ['complications']],
  [/\b(contraindicat(ed|ion)|safe (to|for|during)|pregnan(t|cy)|breast ?feed(ing)?)\b/, ['precautions', 'contraindication']],
  [/\b(eat|diet(ary)?|food|foods|drink)\b/, ['dietary']],
  [/\b(clinical trials?|research|studies|study)\b/, ['research']],
  [/\b(support groups?|organi[sz]ations?)\b/, ['support groups']],
  [/\b(how does (it|this) work|mechanism)\b/, ['how does it work']],
  [/\b(stages?|staging)\b/, ['stages']],
  [/\b(what (is|are)|information|tell me about|explain|mean(s|ing)?|define|definition)\b/, ['information']],
];

/**
 * MedQuAD qtypes the text asks about, without repeats, in the order of the cue table: the table
 * is a priority (a question mentioning treatment and symptoms usually asks for treatment).
 * Ordering by where the cue appears in the text instead scored worse on the tuning sets
 * (objective 0.7045 against 0.7206, bench/liveqa-tune.ts).
 */
export function detectQuestionTypes(text: string): string[] {
  const lower = text.toLowerCase().slice(0, 4000);
  const out: string[] = [];
  for (const [re, types] of CUES) if (re.test(lower)) for (const t of types) if (!out.includes(t)) out.push(t);
  return out;
}
