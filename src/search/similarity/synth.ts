/**
 * Constructed hard pairs. The MEDIQA training negatives are random questions, so word overlap
 * alone separates them; a model trained only on them learns "shares words ⇒ entails". Consumer
 * pairs are different: the wrong FAQs are mostly about the SAME disease with another question type,
 * or the same type about another disease. We build such pairs from MedQuAD: a consumer-style
 * question (subject line, a narrative sentence, one or two requests in varied wording) about a
 * document's focus, paired with that document's FAQ of a requested type (entails), its FAQs of
 * other types (does not), and same-type FAQs of other documents (does not).
 */

import type { QType } from './qtype.js';
import { Rng } from './rng.js';

/** A MedQuAD question as training reads it (the corpus reader lives with the training script). */
export interface CorpusQuestion {
  docId: string;
  focus: string;
  /** MedQuAD's own label ("treatment", "symptoms", …); '' when missing. */
  qtype: string;
  question: string;
}

export interface LabelledPair {
  chq: string;
  faq: string;
  label: boolean;
}

type Need = QType | 'info';

/** MedQuAD qtype → the type vocabulary of qtype.ts. Unlisted qtypes are not used. */
const FROM_MEDQUAD: Record<string, Need> = {
  information: 'info',
  treatment: 'treatment',
  causes: 'cause',
  symptoms: 'symptoms',
  'exams and tests': 'diagnosis',
  outlook: 'prognosis',
  prevention: 'prevention',
  susceptibility: 'susceptibility',
  frequency: 'susceptibility',
  inheritance: 'genetics',
  'genetic changes': 'genetics',
  'side effects': 'sideEffects',
  complications: 'sideEffects',
  dose: 'dosage',
  usage: 'dosage',
  'when to contact a medical professional': 'provider',
  'support groups': 'resources',
  research: 'research',
};

/** Consumer wordings per need ({f} = focus). Several avoid the FAQ's own words on purpose. */
const ASK: Record<Need, string[]> = {
  info: ['I would like more information about {f}.', 'Please tell me about {f}.', 'What is {f}?', 'Can you send me info on {f}?', 'I want to know about {f}.', 'what exactly is {f}'],
  treatment: ['{f} is ruining my life. I do not know where to turn.', 'I have {f}. Please advise.', 'What is the best treatment for {f}?', 'Is there any cure for {f}?', 'What medication can help with {f}?', 'How can I get rid of {f}?', 'What can I do about my {f}?', 'Are there any therapies for {f}?', 'how to heal {f} fast', 'is there anything that helps {f}'],
  cause: ['What causes {f}?', 'Why do people get {f}?', 'How did I get {f}?', 'What is the reason for {f}?', 'Can stress cause {f}?', 'why would someone develop {f}'],
  symptoms: ['What are the signs of {f}?', 'What symptoms does {f} have?', 'How do I know if I have {f}, what does it feel like?', 'is pain a symptom of {f}'],
  diagnosis: ['How is {f} diagnosed?', 'Is there a test for {f}?', 'Can {f} be detected with a blood test?', 'How can I find out if it is {f}?'],
  prognosis: ['What is the life expectancy with {f}?', 'Will {f} go away?', 'Can you recover from {f}?', 'Does {f} get worse over time?', 'what is the outlook for {f}'],
  prevention: ['How can I prevent {f}?', 'How to avoid getting {f}?', 'Is there a vaccine against {f}?', 'what can I do so I never get {f} again'],
  susceptibility: ['Who is at risk of {f}?', 'How common is {f}?', 'Is {f} contagious?', 'who gets {f}'],
  genetics: ['Is {f} inherited?', 'Will my children get {f} from me, is it genetic?', 'Does {f} run in families?'],
  sideEffects: ['What are the side effects of {f}?', 'Is {f} safe?', 'Can {f} be harmful?', 'what problems can {f} lead to'],
  dosage: ['How much {f} should I take?', 'What is the right dose of {f}?', 'how do I take {f}'],
  provider: ['What kind of doctor treats {f}?', 'Should I see a doctor for {f}?', 'when should I go to the hospital for {f}'],
  resources: ['Are there support groups for {f}?', 'Where can I find other people with {f}?'],
  research: ['Is there any new research on {f}?', 'Are there clinical trials for {f}?', 'what are the latest studies on {f}'],
  association: [],
  interaction: [],
};

const STORY = ['My mother has {f}.', 'I was diagnosed with {f} last year.', 'I am 45 and have had {f} for 3 years.', 'My son has {f} and we are worried.', 'I think I have {f}.', 'Hello, I have a question.', 'I have been suffering a lot lately.', ''];

/** A consumer-style misspelling: one letter dropped or two swapped inside a long word. */
function misspell(text: string, rng: Rng): string {
  return text.replace(/[a-z]{7,}/i, (w) => {
    const i = 2 + rng.int(w.length - 4);
    return rng.next() < 0.5 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2);
  });
}

function consumerFocus(focus: string, rng: Rng): string {
  let f = focus.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (rng.next() < 0.6) f = f.toLowerCase();
  if (rng.next() < 0.2) f = misspell(f, rng);
  return f;
}

export function buildHardPairs(questions: readonly CorpusQuestion[], count: number, seed: number): LabelledPair[] {
  const rng = new Rng(seed);
  const byDoc = new Map<string, { focus: string; faqs: Map<Need, string> }>();
  const byNeed = new Map<Need, string[]>();
  for (const q of questions) {
    const need = FROM_MEDQUAD[q.qtype];
    if (!need || !q.focus) continue;
    const doc = byDoc.get(q.docId) ?? { focus: q.focus, faqs: new Map<Need, string>() };
    if (!doc.faqs.has(need)) doc.faqs.set(need, q.question);
    byDoc.set(q.docId, doc);
    byNeed.set(need, [...(byNeed.get(need) ?? []), q.question]);
  }
  const docs = [...byDoc.values()].filter((d) => d.faqs.size >= 3);
  const out: LabelledPair[] = [];
  for (let n = 0; n < count; n++) {
    const doc = rng.pick(docs);
    const needs = [...doc.faqs.keys()].filter((k) => ASK[k].length > 0);
    // Consumers ask about treatment far more than anything else (≈ a third of CHQs).
    const first = needs.includes('treatment') && rng.next() < 0.3 ? 'treatment' : rng.pick(needs);
    const asked = new Set<Need>([first]);
    if (rng.next() < 0.25) asked.add(rng.pick(needs));
    const f = consumerFocus(doc.focus, rng);
    const other = rng.pick(docs).focus;
    const parts: string[] = [];
    if (rng.next() < 0.5) parts.push(`${f}.`);
    parts.push(rng.pick(STORY).replace('{f}', f));
    // A side topic the consumer mentions but does not ask about.
    if (rng.next() < 0.2) parts.push(`I also have ${other.toLowerCase()}.`);
    for (const need of asked) parts.push(rng.pick(ASK[need]).replace('{f}', f));
    const chq = parts.filter(Boolean).join(' ');
    for (const need of asked) {
      const faq = doc.faqs.get(need);
      if (faq) out.push({ chq, faq, label: true });
    }
    const wrongType = [...doc.faqs.entries()].filter(([k]) => !asked.has(k));
    if (wrongType.length) out.push({ chq, faq: rng.pick(wrongType)[1], label: false });
    if (wrongType.length > 1 && rng.next() < 0.5) out.push({ chq, faq: rng.pick(wrongType)[1], label: false });
    const sameType = byNeed.get(rng.pick([...asked])) ?? [];
    if (sameType.length) out.push({ chq, faq: rng.pick(sameType), label: false });
  }
  return out;
}
