// Tuning set D: short, clean, summary-like questions made from MedQuAD itself (never from LiveQA).
// Each held-out MedQuAD pair of set A (same index, same relevance) is asked again the way a
// person or a summariser would ask it briefly: "How is X treated?", "Is X hereditary?", "X side
// effects", with the focus or one of its synonyms, sometimes lower-cased. Templates are fixed per
// MedQuAD qtype and picked in turn; qtypes with no natural short form ("other information",
// "considerations") get no case. A second, disjoint template bank (the odd-numbered variants) lets
// a rule written against one wording be checked on another.
import type { SearchDoc } from '../src/search/types.js';
import type { Case } from './liveqa-tune-sets.js';

const T: Record<string, readonly string[]> = {
  information: ['What is X?', 'X', 'Tell me about X.', 'X information', 'What does X mean?', 'Can you explain X?'],
  symptoms: ['What are the symptoms of X?', 'X symptoms', 'What are the signs of X?', 'How do I know if I have X?', 'What does X feel like?', 'signs of X'],
  treatment: ['How is X treated?', 'Is there a cure for X?', 'X treatment options', 'What is the best therapy for X?', 'How to manage X?', 'What medication helps X?'],
  causes: ['What causes X?', 'Why do people get X?', 'X causes', 'What is the cause of X?', 'What leads to X?', 'reason for X'],
  outlook: ['What is the prognosis for X?', 'What is the life expectancy with X?', 'Can you recover from X?', 'X outlook', 'Is X fatal?', 'Will X go away?'],
  'exams and tests': ['How is X diagnosed?', 'How do you test for X?', 'What tests detect X?', 'X diagnosis', 'Diagnosing X', 'How can a doctor tell if I have X?'],
  inheritance: ['Is X hereditary?', 'Is X inherited?', 'Can X be passed on to children?', 'Does X run in families?', 'X inheritance pattern', 'Can I pass X to my kids?'],
  'genetic changes': ['What gene causes X?', 'Is X genetic?', 'What mutation causes X?', 'X genetics', 'Which genes are involved in X?', 'genetic cause of X'],
  frequency: ['How common is X?', 'How many people have X?', 'How rare is X?', 'X prevalence', 'How often does X occur?', 'Is X common?'],
  prevention: ['How can X be prevented?', 'How to avoid X?', 'X prevention', 'Can I prevent X?', 'Ways to prevent X', 'How do I protect myself from X?'],
  susceptibility: ['Who gets X?', 'Who is at risk of X?', 'X risk factors', 'Am I at risk for X?', 'Who is likely to get X?', 'risk of X'],
  complications: ['What are the complications of X?', 'Can X cause other problems?', 'X complications', 'What problems can X lead to?', 'Long term effects of X', 'complications from X'],
  'side effects': ['What are the side effects of X?', 'X side effects', 'Does X have adverse effects?', 'Is X harmful?', 'Adverse reactions to X', 'What problems can X cause?'],
  usage: ['How do I take X?', 'How should X be used?', 'X dosage', 'How often should I take X?', 'Directions for taking X', 'how to use X'],
  indication: ['What is X used for?', 'Why is X prescribed?', 'What does X treat?', 'X uses', 'Who should take X?', 'What is X for?'],
  'storage and disposal': ['How should I store X?', 'How do I dispose of X?', 'X storage', 'Does X need to be refrigerated?', 'Storing X', 'Does X expire?'],
  'emergency or overdose': ['What if I take too much X?', 'X overdose', 'What happens if you overdose on X?', 'Symptoms of X overdose', 'I took too much X', 'X poisoning'],
  'forget a dose': ['What if I miss a dose of X?', 'I forgot to take my X', 'Missed dose of X', 'What to do if I forget X?', 'forgot X dose', 'skipped a dose of X'],
  'brand names': ['What are the brand names of X?', 'X brand names', 'What is X sold as?', 'Other names for X', 'trade names of X', 'X brands'],
  dietary: ['What foods should I avoid with X?', 'X diet restrictions', 'Can I eat anything while on X?', 'X and food', 'Dietary instructions for X', 'what to eat with X'],
  precautions: ['Is X safe during pregnancy?', 'X precautions', 'Who should not take X?', 'What should I tell my doctor before taking X?', 'Is X safe?', 'X warnings'],
  'when to contact a medical professional': ['When should I see a doctor for X?', 'When to call a doctor about X?', 'Is X an emergency?', 'Should I see a doctor for X?', 'When is X serious?', 'X when to worry'],
  research: ['Are there clinical trials for X?', 'X research', 'What research is being done on X?', 'New studies on X', 'X clinical trials', 'latest research on X'],
  'support groups': ['Where can I find support for X?', 'X support groups', 'Support for people with X', 'X organizations', 'Where can I get help with X?', 'X patient groups'],
};

/** Short rewrites of the held-out pairs behind `cases` (set A: same order, same relevance). */
export function shortSet(docs: SearchDoc[], heldIds: string[], cases: Case[], bank: 0 | 1 = 0): Case[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const out: Case[] = [];
  heldIds.forEach((id, i) => {
    const d = byId.get(id);
    const c = cases[i];
    const pool = d?.questionType ? T[d.questionType] : undefined;
    if (!d || !c || !pool) return;
    const names = [d.focus[0], ...d.synonyms].filter((n): n is string => !!n && n.length < 60);
    const name = names[(i >> 1) % names.length] ?? '';
    if (!name) return;
    const variant = 2 * ((i >> 2) % 3) + bank;
    const tpl = pool[variant] ?? pool[0] ?? 'X';
    const x = i % 3 === 0 ? name.toLowerCase() : name;
    out.push({ query: tpl.replace('X', x), relevant: c.relevant, related: c.related });
  });
  return out;
}
