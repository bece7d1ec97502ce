import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FocusLexicon, joinAt, nameTerm } from '../../src/search/query/focus.js';
import { detectQuestionTypes, readQuestionTypes } from '../../src/search/query/qtype.js';
import { QUESTION_WORDS, repairQuestionWords } from '../../src/search/query/question-words.js';
import { SpellFixer } from '../../src/search/query/spell.js';
import { WordCase } from '../../src/search/query/word-case.js';
import { understand } from '../../src/search/query/understand.js';
import { analyze, casedWords } from '../../src/search/text/analyze.js';

const lexicon = (): FocusLexicon => {
  const l = new FocusLexicon();
  for (const f of ['Tay-Sachs disease', 'Polycystic kidney disease', 'Kidney', 'Diabetes', 'High blood pressure']) l.add(f);
  return l;
};
const none = (): boolean => false;
const recognise = (l: FocusLexicon, text: string) => l.recognise(l.spell.fixText(text, none));

describe('focus recognition', () => {
  it('prefers the longest phrase and finds several foci', () => {
    const found = recognise(lexicon(), 'My son has Tay Sachs diseases and polycystic kidney disease');
    assert.deepEqual(found.map((f) => f.phrase), ['Tay-Sachs disease', 'Polycystic kidney disease']);
  });

  it('repairs a one-letter misspelling of a focus word', () => {
    assert.deepEqual(recognise(lexicon(), 'is polycistic kidney disease curable').map((f) => f.phrase), ['Polycystic kidney disease']);
    assert.deepEqual(recognise(lexicon(), 'diabetis diet').map((f) => f.phrase), ['Diabetes']);
  });

  it('reads a name written apart as the one word the names use, unless the two begin a name', () => {
    const l = new FocusLexicon();
    for (const f of ['Clubfoot', 'Clubbing', 'Hay fever', 'Hayfever syndrome']) l.add(f);
    const ws = ['baby', 'born', 'with', 'club', 'foot'];
    assert.deepEqual(l.splitNames(ws), [3]);
    assert.deepEqual(joinAt(ws, l.splitNames(ws)), ['baby', 'born', 'with', 'clubfoot']);
    assert.deepEqual(l.splitNames(['hay', 'fever', 'in', 'spring']), []);
    assert.deepEqual(l.recognise(joinAt(ws, l.splitNames(ws)).join(' ')).map((f) => f.phrase), ['Clubfoot']);
  });

  it('keeps stop words in phrases and takes short capitals as exact acronyms', () => {
    const l = new FocusLexicon();
    for (const f of ['Time out', 'CAS', 'AGS', 'Kidney disease']) l.add(f);
    assert.deepEqual(recognise(l, 'it takes time; I ca not, my age is 40').map((f) => f.phrase), []);
    assert.deepEqual(recognise(l, 'a time out for CAS and kidney diseases').map((f) => f.phrase), ['Time out', 'CAS', 'Kidney disease']);
  });

  it('marks a name told apart only by a letter or "down", words the analyser drops', () => {
    const l = new FocusLexicon();
    for (const f of ['Down syndrome', 'Vitamin D', "Women's health", 'Kidney disease', 'Hepatitis A']) l.add(f);
    const marked = recognise(l, "down syndrome, vitamin d, women's health, kidney disease and hepatitis a").map((f) => [f.phrase, f.namedByStopWord]);
    assert.deepEqual(marked, [['Down syndrome', true], ['Vitamin D', true], ["Women's health", false], ['Kidney disease', false], ['Hepatitis A', true]]);
  });

  it('marks a letter the analyser drops though it is no stop word ("C", "B", "K")', () => {
    const l = new FocusLexicon();
    for (const f of ['Hepatitis C', 'Hepatitis B Vaccine', 'Vitamin K', 'Type 2 diabetes']) l.add(f);
    const marked = recognise(l, 'hepatitis c, the hepatitis b vaccine, vitamin k and type 2 diabetes').map((f) => [f.phrase, f.namedByStopWord]);
    assert.deepEqual(marked, [['Hepatitis C', true], ['Hepatitis B Vaccine', true], ['Vitamin K', true], ['Type 2 diabetes', false]]);
  });

  it('gives such a name one term of its own, which no word of a text can be', () => {
    assert.equal(nameTerm('Hepatitis C'), '#hepatiti c');
    assert.equal(nameTerm('hepatitis  C'), nameTerm('Hepatitis C'));
    assert.notEqual(nameTerm('Hepatitis B'), nameTerm('Hepatitis C'));
    assert.equal(nameTerm('Down Syndrome'), '#down syndrom');
    assert.equal(nameTerm('Kidney disease'), null);
    assert.equal(nameTerm('C'), null);
    assert.ok(!analyze('#hepatiti c, Hepatitis C').some((t) => t.startsWith('#')));
  });

  it('needs capitals for a short name the archive mostly writes as an ordinary word', () => {
    const l = new FocusLexicon();
    for (const f of ['MEN', 'ChILD', 'ADHD', 'Obesity']) l.add(f);
    // The archive writes "men" and "child" as words, "ADHD" in capitals.
    l.learnCase('men and women. A child with ChILD. Most men… ADHD in a child; ADHD (MEN 1).');
    const found = (text: string): string[] => l.recognise(l.spell.fixText(text, none), casedWords(text)).map((f) => f.phrase);
    assert.deepEqual(found('Where can I get help for an obese child? Men too'), ['Obesity']);
    assert.deepEqual(found('Is ChILD curable? What is MEN type 2?'), ['ChILD', 'MEN']);
    assert.deepEqual(found('my son has adhd'), ['ADHD']);
    // Capitals say nothing in a question typed in capitals.
    assert.deepEqual(found('HELP FOR MEN WITH ADHD'), ['ADHD']);
    // Without the words as typed, only names the archive does not use as ordinary words match.
    assert.deepEqual(l.recognise('men with adhd').map((f) => f.phrase), ['ADHD']);
  });

  it('counts only short words written all in lower case or all in capitals', () => {
    const wc = new WordCase();
    wc.learn('arms ARMS arms Arms armsful 42 AIDS aids AIDS');
    assert.equal(wc.ordinary('arms'), true);
    assert.equal(wc.ordinary('aids'), false);
    assert.equal(wc.ordinary('armsful'), false, 'longer than a short name: not counted');
    assert.equal(wc.ordinary('42'), false);
    const back = WordCase.fromSnapshot(wc.toSnapshot());
    assert.deepEqual(back.toSnapshot(), wc.toSnapshot());
  });

  it('finds nothing in a question without a known focus', () => {
    assert.deepEqual(recognise(lexicon(), 'what should I eat for breakfast'), []);
  });
});

describe('spelling repair', () => {
  const fixer = (...vocabulary: string[]): SpellFixer => {
    const s = new SpellFixer();
    for (const w of vocabulary) s.addWord(w);
    return s;
  };
  /** Each typed word against what repair should make of it (null: left as typed). */
  const corrections = (s: SpellFixer, want: Record<string, string | null>): void => {
    for (const [typed, fixed] of Object.entries(want)) assert.equal(s.correct(typed), fixed, typed);
  };

  it('corrects insertions, deletions and substitutions of one letter, and leaves short words alone', () => {
    corrections(fixer('metformin', 'ibuprofen'), { metformine: 'metformin', ibuprofn: 'ibuprofen', ibuprofan: 'ibuprofen', metformin: null, cat: null });
  });

  it('takes a swap of neighbouring letters as one edit, and two edits that delete alike only in long words', () => {
    // "those" and "horse" both lose a letter to "hose", "advice" and "device" both give "dvice";
    // a long word may take two edits of that kind.
    corrections(fixer('receive', 'horse', 'device', 'supranuclear'), { recieve: 'receive', supernuclear: 'supranuclear', those: null, advice: null });
  });

  it('mends names spelt as they sound, before a letter-level near miss, and not in short words', () => {
    const s = fixer('hydrocephalus', 'neuritis', 'nephritis', 'cystitis', 'thalassemia', 'sachet', 'esterase');
    corrections(s, {
      hydrocefalus: 'hydrocephalus', // ph written f: two letters off, the same sound
      nefritis: 'nephritis', // one letter from neuritis, but it sounds as nephritis
      sistitis: 'cystitis',
      talasemia: 'thalassemia', // one sound from it
      sackett: null, // sounds as sachet, but a five-sound key is too short to trust
      estrace: null, // one sound from esterase, but too short for a near miss
    });
  });

  it('takes the commonest of several words one edit away, and the first found without counts', () => {
    // "sickel" is a substitution from "bickel" and a swap from "sickle"; "artheritis" one letter
    // more than "arthritis" or "arteritis".
    const s = fixer('bickel', 'sickle', 'arteritis', 'arthritis');
    const uses: Record<string, number> = { bickel: 2, sickle: 40, arteritis: 5, arthritis: 300 };
    const commonness = (w: string): number => uses[w] ?? 0;
    assert.equal(s.correct('sickel', commonness), 'sickle');
    assert.equal(s.correct('artheritis', commonness), 'arthritis');
    assert.equal(s.correct('sickel'), 'bickel');
    assert.equal(s.fixText('sickel cell crisis', () => false, commonness), 'sickle cell crisis');
  });

  it('never corrects a stop word, which the index does not know only because it drops it', () => {
    const s = fixer('could', 'wound', 'diabetes');
    const nothingIndexed = (): boolean => false;
    assert.equal(s.fixText('Would it be found with diabetis', nothingIndexed), 'would it be found with diabetes');
  });

  it('never corrects a common English word the archive happens not to use', () => {
    const s = fixer('stool', 'runny', 'yellow', 'diabetes');
    const nothingIndexed = (): boolean => false;
    // One edit from a name each, and each meant as typed.
    corrections(s, { stood: 'stool', funny: 'runny', fellow: 'yellow' });
    assert.equal(s.fixText('he stood up and felt funny, a fellow patient said diabetis', nothingIndexed), 'he stood up and felt funny a fellow patient said diabetes');
  });

  it('repairs misspelt question words where they stand, so the type cues read them', () => {
    const onlyKnown = (term: string): boolean => ['lupu', 'kidnei', 'stone', 'erect'].includes(term);
    assert.equal(repairQuestionWords('What are the symptons of Lupus? Is it heriditary?', onlyKnown), 'What are the symptoms of Lupus? Is it hereditary?');
    const pairs: [string, string][] = [['symptons of lupus', 'symptoms of lupus'], ['what casues kidney stones', 'what causes kidney stones'], ['how is lupus diagnoised', 'how is lupus diagnosed']];
    for (const [typed, meant] of pairs) {
      assert.notDeepEqual(detectQuestionTypes(typed), detectQuestionTypes(meant), typed);
      assert.deepEqual(detectQuestionTypes(repairQuestionWords(typed, onlyKnown)), detectQuestionTypes(meant), typed);
    }
    // One edit at most ("erection" is two from "reaction"), and never a word the index knows.
    const nothingKnown = (): boolean => false;
    assert.equal(repairQuestionWords('trouble with erection', nothingKnown), 'trouble with erection');
    assert.equal(repairQuestionWords('symptons', (t) => t === 'sympton'), 'symptons');
  });

  it('takes a question word the archive misspells once or twice for a typo all the same', () => {
    const lexicon = new FocusLexicon();
    const typeOf = (freq: number): string[] => understand('sympotms of lupus', lexicon, (t) => (t === 'sympotm' ? freq : 0)).types;
    assert.ok(typeOf(1).includes('symptoms'));
    assert.ok(!typeOf(40).includes('symptoms'));
  });

  it('lists only words the type cues read as a question type on their own', () => {
    for (const w of QUESTION_WORDS) assert.ok(readQuestionTypes(w).types.length > 0, w);
  });
});

describe('question type', () => {
  const first = (q: string): string | undefined => detectQuestionTypes(q)[0];

  it('maps cue words to MedQuAD qtypes, first cue first', () => {
    assert.equal(detectQuestionTypes('How is Noonan syndrome treated?')[0], 'treatment');
    assert.equal(detectQuestionTypes('What causes migraines?')[0], 'causes');
    assert.ok(detectQuestionTypes('Is it hereditary? Will my kids get it?').includes('inheritance'));
    assert.equal(detectQuestionTypes('What is the usual dose of metformin')[0], 'usage');
    assert.equal(detectQuestionTypes('How should I store insulin?')[0], 'storage and disposal');
    // A missed dose asks what to do about it, before the dose itself; a missed period is no missed pill.
    assert.equal(detectQuestionTypes('What happens if I miss a dose of methotrexate?')[0], 'forget a dose');
    assert.equal(detectQuestionTypes('I forgot to take my blood pressure pill this morning')[0], 'forget a dose');
    assert.equal(detectQuestionTypes('skipped two doses of my antibiotic')[0], 'forget a dose');
    assert.ok(!detectQuestionTypes('I missed my period while on the pill').includes('forget a dose'));
    // Even when it asks what to do, which otherwise asks for a treatment.
    assert.equal(detectQuestionTypes('what should I do if I miss a dose of my birth control pill')[0], 'forget a dose');
    assert.equal(detectQuestionTypes('I forgot to take my levothyroxine, should I take it now?')[0], 'forget a dose');
    assert.equal(detectQuestionTypes('what should I do about my gout?')[0], 'treatment');
    assert.equal(detectQuestionTypes('How often can I take ibuprofen?')[0], 'usage');
    assert.equal(detectQuestionTypes('Should I take levothyroxine on an empty stomach?')[0], 'usage');
    assert.equal(detectQuestionTypes('Can I crush my metformin tablets?')[0], 'usage');
    assert.equal(detectQuestionTypes('Is there an antidote for warfarin?')[0], 'emergency or overdose');
    // Whether a child will have it asks about inheritance; a child who has it asks nothing of the kind.
    assert.equal(detectQuestionTypes('My son has fragile X syndrome, will his children have it too?')[0], 'inheritance');
    assert.equal(detectQuestionTypes('Is neurofibromatosis passed from father to son?')[0], 'inheritance');
    assert.ok(detectQuestionTypes('what are the chances our baby will have it?').includes('inheritance'));
    assert.ok(!detectQuestionTypes('My son has fragile X syndrome, what is it?').includes('inheritance'));
    assert.equal(detectQuestionTypes('How long does it take to get over pneumonia?')[0], 'outlook');
    assert.equal(detectQuestionTypes('How can I tell if my child has ADHD?')[0], 'symptoms');
    assert.equal(detectQuestionTypes('How should warfarin be stored?')[0], 'storage and disposal');
    assert.ok(detectQuestionTypes('side effects of lisinopril').includes('side effects'));
    assert.deepEqual(detectQuestionTypes('Tell me about asthma'), ['information']);
    assert.deepEqual(detectQuestionTypes('asthma'), []);
  });

  it('reads the everyday wordings of a parent or patient', () => {
    assert.equal(first('Our baby has PKU, how is it managed?'), 'treatment');
    assert.equal(first('the test came back positive, what do we do now?'), 'treatment');
    assert.equal(first('bad breath for years, anything that helps?'), 'treatment');
    assert.equal(first('I wake at 3am every night, what can help?'), 'treatment');
    assert.equal(first('knee pain, what can I take besides tylenol?'), 'treatment');
    assert.equal(first('my testicle is swollen and sore, what could it be?'), 'causes');
    assert.equal(first('How do I get tested for it?'), 'exams and tests');
    assert.equal(first('can kidney cancer be found early?'), 'exams and tests');
    assert.equal(first('he has tuberous sclerosis, what should we expect as he grows up?'), 'outlook');
    assert.equal(first('I carry a gene for it, what does that mean for my future kids?'), 'inheritance');
    assert.equal(first('Where can I find support for Prader-Willi syndrome?'), 'support groups');
    assert.equal(first('my baby has an umbilical hernia, will it close by itself?'), 'outlook');
    assert.equal(first('a hole in his heart, will it close on its own'), 'outlook');
    assert.equal(first('my son has Kawasaki disease, will his heart be ok?'), 'outlook');
    assert.equal(first('can kids outgrow a milk allergy'), 'outlook');
    assert.equal(first("undescended testicle, what happens if it doesn't come down"), 'complications');
    assert.equal(first('how is ADHD diagnosed in kids?'), 'exams and tests');
    assert.equal(first('broke my collar bone, how long does it take to heal?'), 'outlook');
    assert.equal(first('breast cancer survivor, can it come back?'), 'outlook');
    assert.equal(first('hair falling out from chemotherapy, will my hair grow back'), 'outlook');
    assert.equal(first('big toe red and swollen, what can I take?'), 'treatment');
    assert.equal(first('my dad has a-fib, does he need a blood thinner?'), 'treatment');
    assert.equal(first('fatty liver, is it serious?'), 'outlook');
    assert.equal(first('COPD, can it be reversed if I quit?'), 'outlook');
    assert.equal(first('my heart pounds when I lie down, is it dangerous?'), 'outlook');
    assert.equal(first('Is psoriasis genetic?'), 'inheritance');
    assert.equal(first('what happens if strep throat is not treated'), 'complications');
    assert.equal(first('what happens to the liver if hepatitis C is not treated?'), 'complications');
    assert.notEqual(first('toddler with a cough that won\'t go away'), 'outlook');
    assert.equal(first('will the rash go away?'), 'outlook');
    assert.equal(first('can ptsd come back years later'), 'outlook');
    assert.notEqual(first('my son tested positive for strep, how long is he contagious?'), 'exams and tests');
    assert.equal(first('what are the risks of the epidural?'), 'complications');
    assert.equal(first('he is allergic to penicillin, what antibiotic can he take?'), 'treatment');
    assert.notEqual(first('what time should I take it?'), 'treatment');
    assert.equal(first('did I get it from my parents?'), 'inheritance');
    assert.equal(first('is migraine something you get from your parents'), 'inheritance');
    assert.equal(first('my parents both have diabetes, will I get it?'), 'inheritance');
    assert.equal(first('my cousin has muscular dystrophy, does that mean I will get it?'), 'inheritance');
    assert.equal(first('we found out we are both carriers, can our child have it?'), 'inheritance');
    assert.equal(first('could we have another child with it?'), 'inheritance');
    assert.equal(first('is color blindness from your mom'), 'inheritance');
    assert.notEqual(first('is my husband a carrier of hepatitis B?'), 'inheritance');
    // A genetic test asks the test, and heredity and the gene with it.
    assert.deepEqual(detectQuestionTypes('should we do carrier screening for Tay-Sachs').slice(0, 3), ['exams and tests', 'inheritance', 'genetic changes']);
    assert.equal(first('how do I keep him from getting it?'), 'prevention');
    assert.equal(first('my legs cramp at night, what helps?'), 'treatment');
    assert.equal(first('baby born with club foot, how do they fix it?'), 'treatment');
    assert.equal(first('does caffeine make you lose calcium?'), 'causes');
    assert.equal(first('is my gout from drinking beer?'), 'causes');
    assert.equal(first('my kid has pink eye, how long is it catching?'), 'causes');
    assert.notEqual(first("I'm not catching my breath on the stairs"), 'causes');
    assert.equal(first('I keep getting cold sores, how do I stop them?'), 'prevention');
    assert.equal(first('Where can I find information and support about Prader-Willi syndrome?'), 'support groups');
    assert.equal(first('What is SMA, and is there research on new treatments?'), 'research');
    assert.equal(first('What are the latest treatments for lupus?'), 'treatment');
    assert.equal(first('What are the risks of a lumbar puncture?'), 'complications');
    // An operation had is told, not asked; one asked about stays.
    assert.equal(first('she had surgery on her back at 2 days old, will she be able to walk?'), 'outlook');
    assert.equal(first('should he have surgery for his hernia?'), 'treatment');
    assert.equal(first('since her brain surgery she has diabetes insipidus, what medicine is used for this?'), 'treatment');
    assert.deepEqual(detectQuestionTypes('when should I take her to the ER?'), ['when to contact a medical professional']);
    assert.equal(first('what are the side effects of the hpv vaccine'), 'side effects');
    assert.equal(first('is there a vaccine for lyme disease?'), 'prevention');
    assert.equal(first('should I get vaccinated against shingles?'), 'prevention');
    assert.equal(first('meningitis, is it deadly?'), 'outlook');
    assert.equal(first('she has a rash and a fever, should she be seen?'), 'when to contact a medical professional');
    assert.notEqual(first('is there a genetic test for it?'), 'inheritance');
    assert.notEqual(first('is it dangerous to take ibuprofen every day?'), 'outlook');
    assert.equal(first('heart disease runs in my family, what can I do to prevent it?'), 'prevention');
    assert.equal(first('my eyelid keeps twitching, should I be worried?'), 'when to contact a medical professional');
    assert.equal(first('he has a cough, when should I take him to the doctor?'), 'when to contact a medical professional');
    assert.ok(!detectQuestionTypes('I was treated with antibiotics, but the rash came back').includes('treatment'));
    // Treatment had is told; harm to a baby is no pain.
    assert.ok(!detectQuestionTypes('I finished treatment last year, what should I watch for').includes('treatment'));
    assert.ok(!detectQuestionTypes('will the iron pills hurt the baby').includes('symptoms'));
    assert.ok(detectQuestionTypes('my knee hurts when I run').includes('symptoms'));
    assert.ok(!detectQuestionTypes('my pain came back last week').includes('outlook'));
    assert.ok(!detectQuestionTypes('what can I take with warfarin').includes('treatment'));
    // Told, not asked: a diagnosis made in a year or a place.
    assert.ok(!detectQuestionTypes('I was diagnosed in 2019 with lupus, will it get worse?').includes('exams and tests'));
    assert.ok(!detectQuestionTypes('will the wound close on the left side').includes('outlook'));
    assert.ok(!detectQuestionTypes('what happens if I take it with food').includes('complications'));
    // None of them in words that only look alike.
    assert.ok(!detectQuestionTypes('what do I do for a living?').includes('treatment'));
    assert.ok(!detectQuestionTypes('I found a lump').includes('exams and tests'));
    // Signs already seen are told, not asked; "do I have symptoms of" still asks.
    assert.equal(first('my aunt died of ALS and my mom is showing signs, is it hereditary?'), 'inheritance');
    assert.equal(first('I have symptoms of the flu, how long will it last?'), 'outlook');
    assert.equal(first('do I have symptoms of diabetes?'), 'symptoms');
  });

  it('reads the short wordings of summarised questions', () => {
    assert.equal(first('What medication helps gout?'), 'treatment');
    assert.equal(first('What gene causes Marfan syndrome?'), 'genetic changes');
    assert.equal(first('Marfan syndrome genetics'), 'genetic changes');
    assert.equal(first('What causes Marfan syndrome?'), 'causes');
    assert.equal(first('What leads to cirrhosis?'), 'causes');
    assert.equal(first('How do I know if I have shingles?'), 'symptoms');
    assert.equal(first('Diagnosing gout'), 'exams and tests');
    assert.equal(first('Can I pass hemophilia to my kids?'), 'inheritance');
    assert.equal(first('How often does Kawasaki disease occur?'), 'frequency');
    assert.equal(first('Is psoriasis common?'), 'frequency');
    assert.equal(first('Who is likely to get glaucoma?'), 'susceptibility');
    assert.equal(first('Is codeine safe?'), 'precautions');
    assert.equal(first('When should I see a doctor for a fever?'), 'when to contact a medical professional');
    assert.equal(first('When should I go to the ER for a headache?'), 'when to contact a medical professional');
    assert.equal(first('Does a kidney stone require emergency care?'), 'when to contact a medical professional');
    assert.equal(first('When should I call 911 for an asthma attack?'), 'when to contact a medical professional');
    // Asking when to get help comes before the symptoms it names.
    assert.equal(first('What symptoms of a stroke need emergency care?'), 'when to contact a medical professional');
    // A visit already made asks nothing of the kind.
    assert.ok(!detectQuestionTypes('She was seen in the emergency room with chest pain').includes('when to contact a medical professional'));
    // The added cues stay narrow: a medication named in a side-effect question is not a treatment question.
    assert.equal(first('What are the side effects of my medication?'), 'side effects');
  });

  it('reads how people ask about medicines and infections', () => {
    assert.equal(first('is xanax addictive'), 'precautions');
    assert.equal(first('is lisinopril bad for kidneys'), 'side effects');
    assert.equal(first('can I take zyrtec every day'), 'usage');
    assert.equal(first('can I stop taking sertraline suddenly'), 'usage');
    assert.equal(first('how long does it take for prednisone to work'), 'usage');
    assert.equal(first('Can I use hydrocortisone cream on my face?'), 'usage');
    assert.equal(first('what is the best time of day to take levothyroxine'), 'usage');
    assert.equal(first('can I take ketorolac and ibuprofen together'), 'interactions with medications');
    assert.equal(first('is chickenpox contagious'), 'causes');
    assert.equal(first('can you catch strep throat from someone'), 'causes');
    assert.equal(first('can you get herpes from a toilet seat'), 'causes');
    assert.equal(first('can I get HIV from kissing'), 'causes');
    assert.equal(first('how long does omeprazole take to work'), 'usage');
    // Getting something from a source that passes no infection, and getting pregnant, ask no cause.
    assert.deepEqual(detectQuestionTypes('can you get vitamin D from the sun'), []);
    assert.notEqual(first('can you get pregnant from kissing'), 'causes');
    // Stopping a complaint is treatment, not stopping a medicine.
    assert.equal(first('how do I stop a nosebleed'), 'treatment');
    // Something felt every day is no question of taking a medicine daily.
    assert.deepEqual(detectQuestionTypes('I get headaches every day'), []);
  });

  it('counts every qtype of the first cue as asked first', () => {
    // A medicine leaflet answers "with alcohol" in its precautions section: it has no interactions one.
    assert.deepEqual(readQuestionTypes('Can I drink alcohol with metronidazole?'), {
      types: ['interactions with medications', 'precautions', 'dietary'],
      first: 2,
    });
    assert.equal(readQuestionTypes('How is Noonan syndrome treated?').first, 1);
    assert.deepEqual(readQuestionTypes('asthma'), { types: [], first: 0 });
  });

  it('does not read a diagnosis already made as a question about diagnosing', () => {
    assert.equal(first('What is the life expectancy after a diagnosis of ALS?'), 'outlook');
    assert.equal(first('I was diagnosed with lupus last year. What is the outlook?'), 'outlook');
    assert.deepEqual(detectQuestionTypes('My son was just diagnosed with asthma, will he outgrow it?'), ['outlook']);
    // Asking how a diagnosis is made still is one.
    assert.equal(first('How is lupus diagnosed?'), 'exams and tests');
    assert.equal(first('What tests diagnose lupus after a rash?'), 'exams and tests');
    // Nor is a screen one looks at a screening test.
    assert.deepEqual(detectQuestionTypes('Could my headaches come from my computer screen?'), []);
    assert.equal(first('Should I be screened for colon cancer?'), 'exams and tests');
  });

  it('reads the everyday ways of asking how to be rid of something as treatment', () => {
    const asks = [
      'How can body lice be gotten rid of?',
      'Has anyone gotten rid of toenail fungus for good?',
      'How can snoring be stopped?',
      'How can high blood pressure be lowered?',
      'How do I stop hiccups',
      'Is melatonin effective for insomnia?',
      'Is a hearing aid recommended for mild hearing loss?',
      'What medicine can stop a runny nose?',
      'My ankle is swollen, what should I do?',
    ];
    for (const q of asks) assert.equal(first(q), 'treatment', q);
    // "stopped" alone tells a story, not a request.
    assert.equal(first('The bleeding stopped yesterday; what causes nosebleeds?'), 'causes');
    // Whether a thing helps or works for a complaint asks for treatment too.
    for (const q of ['does turmeric help arthritis', 'Will surgery help?', 'Does gabapentin work for nerve pain?', 'Can yoga help with anxiety?']) {
      assert.equal(first(q), 'treatment', q);
    }
    // Not who might help, how a thing works, how long it takes, blood work, or help to prevent.
    for (const q of ['Can anyone help me understand my results?', 'How does metformin work?', 'how long does omeprazole take to work', 'Do I need a work-up for chest pain?', 'Does my kidney work properly?']) {
      assert.ok(!detectQuestionTypes(q.toLowerCase()).includes('treatment'), q);
    }
    assert.equal(first('Can diet help prevent diabetes?'), 'prevention');
    // Asking what is new asks the research; the latest treatments are still the treatments.
    assert.equal(first('is there anything new for scleroderma?'), 'research');
    assert.equal(first('What are the latest treatments for cardiac arrhythmia?'), 'treatment');
    // First aid is what to do now; a first aid kit asks nothing of the kind.
    assert.equal(first('What is the first aid for a jellyfish sting?'), 'treatment');
    assert.ok(!detectQuestionTypes('what should be in a first aid kit').includes('treatment'));
  });

  it('reads how long one lives with something, or how long it lasts, as its outlook', () => {
    for (const q of ['How long can I live with kidney failure?', 'How long does labyrinthitis last?', 'How long will my dog survive lymphoma?', "What is a person's life span with ALS?", 'long-term effects of asbestos exposure']) {
      assert.equal(first(q), 'outlook', q);
    }
    // Other durations are not the outlook.
    assert.notEqual(first('How long should I take amoxicillin?'), 'outlook');
    assert.notEqual(first('How long is the drive to the clinic?'), 'outlook');
  });

  it('reads asking which doctor or specialist to see as when to contact one, before treatment', () => {
    for (const q of ['What kind of doctor treats lupus?', 'Which doctor should I see for kidney stones?', 'Should I see a neurologist for numbness in my hands?', 'What type of specialist treats gout?', 'my son has hydrocephalus, what doctor do we need to see?', 'who should we see for his seizures?']) {
      assert.equal(first(q), 'when to contact a medical professional', q);
    }
    // A doctor who treats is no question of whom to see.
    assert.ok(!detectQuestionTypes('My doctor treats my lupus with steroids. What are the side effects?').includes('when to contact a medical professional'));
  });
});

