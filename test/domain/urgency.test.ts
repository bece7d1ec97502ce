import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assessUrgency, urgencyAdvice } from '../../src/domain/rules/urgency.js';
import { URGENT_SIGNS } from '../../src/domain/rules/urgency-signs.js';

const ids = (text: string): string[] => assessUrgency(text)?.signs.map((s) => s.id) ?? [];

/** For every sign: descriptions that must raise it, and near misses that must not. */
const CASES: Record<string, { raise: string[]; not: string[] }> = {
  'heart-attack': {
    raise: ['my chest hurts and I am sweating and clammy', 'his chest feels tight like someone sitting on it and it goes down his left arm', 
      'Crushing chest pain for twenty minutes, what should I do?',
      'I have chest pain that spreads down my left arm',
      'Pressure in my chest and I am sweating a lot',
      'My dad has chest tightness, it is going up into his jaw',
      'chest pain and pain in my left arm',
      "I think I'm having a heart attack",
      'my chest pain is crushing and I feel sick',
      'pain in chest radiating to jaw',
      'my father is clutching his chest and cannot talk',
      'heavy pressure on my chest like someone sitting on it',
      'I have chest pain and my left arm is numb',
      "sudden pain in my chest and I feel like I'm going to pass out",
    ],
    not: ['What causes chest pain?', 'Is chest pain always a heart attack?', 'What are my chances of having a heart attack at 45?', 'Chest pain when I press on my ribs after a cough', 'my arm is numb when I wake up'],
  },
  stroke: {
    raise: [
      "My father's face drooped and his arm went weak for a few minutes",
      'Her speech is slurred since this morning',
      'Suddenly I felt numbness down my left arm and face',
      'Worst headache of my life, came on in seconds',
      'I suddenly lost the vision in one eye',
      'I think my mum is having a stroke',
      "he can't lift his right arm and his speech is weird",
      "my wife can't speak properly all of a sudden",
    ],
    not: [
      'What are the warning signs of a stroke?',
      'Numb, tingling fingers that wake me up at night',
      'Headache every afternoon at work',
      "I can't lift my arm above my shoulder after the gym",
      'can you speak properly after a stroke',
    ],
  },
  breathing: {
    raise: [
      "My son can't breathe after a bee sting",
      'She is gasping for air',
      'His lips are turning blue',
      'my husband is not breathing',
      'he stopped breathing and is blue',
      "I'm having trouble breathing right now",
      'short of breath even at rest',
      'my baby is turning blue',
      'she can barely breathe',
      "I am wheezing badly and my inhaler isn't helping",
      'my baby is breathing really fast and sucking in under her ribs',
      'my friend is turning blue and not breathing',
      "my son is wheezing and can't finish a sentence",
      "my daughter's lips have gone a grey colour",
      "I swallowed a fish bone and now I can't swallow or breathe properly",
    ],
    not: [
      'Does asthma cause shortness of breath when running?',
      'Can I breathe through a mask while jogging?',
      // Pauses in sleep are sleep apnoea's; breathlessness on effort is for the usual doctor.
      'my husband stops breathing in his sleep and snores',
      'he stopped breathing for a few seconds while asleep',
      'I get short of breath climbing stairs',
      'my fingers turn blue in the cold',
      "my inhaler isn't working, how do I clean it",
      'I am not breathing through my nose at night',
    ],
  },
  'allergic-swelling': {
    raise: [
      'After eating peanuts my throat is swelling',
      'Swollen tongue and itchy rash after the new pill',
      'my lips are swelling up after a bee sting',
      'my throat feels like it is closing after shrimp',
      "I think I'm having an allergic reaction, my throat feels tight",
      'I was stung by a bee and now my whole body is covered in hives and I feel faint',
    ],
    not: ['Swollen ankles in the evening', 'Sore throat for three days', 'Every time I eat shellfish my lips swell and I get itchy', 'swollen lips from the cold', "my throat feels tight when I'm anxious", 'my son was stung by a bee, it is red and itchy'],
  },
  unresponsive: {
    raise: [
      'My grandmother is unresponsive on the floor',
      "I can't wake him up after he took his pills",
      "my baby is floppy and won't feed",
      "my husband collapsed and isn't responding",
      'he collapsed a minute ago',
      'my wife fainted and is not waking up',
      "my mum is lying on the floor and won't respond",
      'he is not reacting',
    ],
    not: ['I wake up at 4 am every night', 'Why do I feel unrefreshed when I wake up?', 'what is an unconscious bias', 'my toddler is walking with a limp', "my infection isn't responding to antibiotics", 'what is a collapsed lung', 'eczema not responding to hydrocortisone cream', "he didn't respond at all to clonazepam", 'my son is not responding to antibiotics'],
  },
  seizure: {
    raise: ["my wife is having a fit and it's been going on for about 6 minutes", "My daughter's seizure won't stop", 'a fit lasting more than five minutes', 'He just had his first seizure at 40', 'my wife is having a seizure right now', 'she has been fitting for over 5 minutes', 'a seizure for 10 minutes', "my husband had a fit and it's been going on for 10 minutes"],
    not: ['How is epilepsy treated?', 'Can seizures be caused by low sugar?', 'how long can a seizure last', 'I stay fit by walking for 30 minutes', 'what to do when someone is having a seizure', 'my back is seizing up after lifting boxes'],
  },
  'head-injury': {
    raise: [
      'my son hit his head and has vomited twice',
      'I fell and hit my head and passed out for a minute',
      'he was knocked out playing rugby',
      'the baby fell off the changing table and is very drowsy',
      "my son fell off his bike, hit his head and doesn't remember what happened",
      'he banged his head and has been puking',
      'my toddler fell off the bed and threw up twice',
    ],
    not: [
      'my toddler fell off the bed and hit his head, he seems fine',
      'can a head injury cause vomiting later',
      'he hit his head but did not vomit',
      'the sleeping pill knocked me out',
      'my baby fell asleep and is very drowsy',
    ],
  },
  'eye-chemical': {
    raise: ['got bleach in my eye', 'my son splashed drain cleaner into his eyes'],
    not: ['are there chemicals in my eye drops', 'bleach smell makes my eyes water'],
  },
  'heavy-bleeding': {
    raise: ['The cut on my hand is bleeding and will not stop', 'I threw up blood this morning', 'He is bleeding heavily from the nose', "he won't stop bleeding from the head", "I cut my hand with a knife and it's spurting blood", 'I vomited what looks like coffee grounds', 'my nose has been bleeding for over an hour', 'blood everywhere after I fell through a glass door'],
    not: ['Heavy bleeding during my periods every month', 'Gums bleed a little when I brush', 'I had a lot of blood tests', 'my nose bled for 5 minutes'],
  },
  'self-harm': {
    raise: ['i dont want to be here anymore', 'I want to kill myself', 'I have been thinking about suicide lately', 'Sometimes I want to die', "I don't want to live anymore", 'I wish I was dead', "I'm going to end it all tonight", 'I keep thinking about ending my life', 'we found my brother cutting his wrists', "I don't see the point in living anymore", "I'm going to jump off a bridge"],
    not: ['How do I look after myself after surgery?', 'Can I cut my own hair with eczema?', "she doesn't want to live in a nursing home", 'I want to live longer, what should I eat', 'what is the plan to end the pandemic', 'there is no point in going to the gym'],
  },
  poisoning: {
    raise: ['took about 30 paracetamol tablets a few hours ago', 'my toddler swallowed one of those little button batteries', 
      'My toddler swallowed a button battery',
      'I think I took too many sleeping pills',
      'paracetamol overdose',
      'my toddler drank some cough syrup',
      'My 3 year old got into my blood pressure pills',
      'my friend took a whole bottle of pills',
      'my toddler drank dishwasher liquid',
      "I've taken all my antidepressants at once",
      'my toddler ate some of my blood pressure tablets',
      'I just took a bottle of sleeping tablets',
    ],
    not: ['doing a school project on drug overdoses, what are the warning signs', 
      'How many sleeping pills can I take per week?',
      'can you overdose on vitamin C',
      'my son swallowed a piece of gum',
      'I have taken all my antibiotics as prescribed',
      'Is bleach safe for cleaning a baby bottle?',
      // A child taking medicine as given, or unable to swallow it, is no poisoning.
      'My son takes his asthma pills every morning',
      "my daughter can't swallow tablets, can I crush them?",
    ],
  },
  meningitis: {
    raise: [
      'Stiff neck and a high fever since last night',
      'a stiff neck and a high temp since this morning',
      'a rash that does not fade under a glass',
      "severe headache and a stiff neck, and I can't look at the light",
      'my son has a stiff neck and a rash on his legs',
      "my baby's soft spot is bulging and she has a fever",
      "my teenage son has a rash that doesn't go away when I press it and a fever",
      'my baby has a temperature and a blotchy rash',
      'my child has a purple rash that looks like bruises and a fever',
    ],
    not: [
      'Stiff neck from sleeping badly',
      'Fever after the flu jab',
      'my eyes are sensitive to light after the eye exam',
      'a rash on my neck',
      'Is it ever normal to have a bulging fontanelle in an infant?',
      'I have a purple bruise on my leg after bumping it',
    ],
  },
  testicle: {
    raise: ['my 14 yo woke up with really bad pain in his testicle', 'Sudden severe pain in my testicle while playing football', 'my testicle is swollen and very painful since this morning', 'My son has a swollen painful testicle since yesterday'],
    not: ['Dull ache in the scrotum for months', 'my testicle is swollen but not painful'],
  },
  'infant-fever': {
    raise: ['My 3 week old baby has a fever of 38', 'Newborn with a high temperature', "my baby's temperature is 39 and she is 6 weeks old", "my 8 week old feels hot and won't feed"],
    not: ['My 4 year old has a fever', 'My baby is 8 months old and has a fever', 'my baby is 6 weeks old and has a cold but no fever'],
  },
  'child-seizure': {
    raise: ['my 2 year old daughter has a fever of 39 and she had a seizure that lasted one minute', 'Our baby just had a fit and is sleepy now'],
    not: ['my son has epilepsy and had a seizure at school', 'can a child outgrow seizures'],
  },
  retina: {
    raise: ['I have a lot of floaters in my right eye suddenly and flashes of light', 'a dark curtain came down over the vision in my left eye', 'I suddenly see lots of black dots in my eye', 'i keep seeing flashes of light in the corner of my eye'],
    not: ['what causes eye floaters', 'I see flashing lights before a migraine', 'I sometimes see floaters when I look at the sky', 'what causes flashes of light in the eye', 'I keep seeing flashes of light before my migraines start'],
  },
  'high-sugar-signs': {
    raise: ['My 15 year old has been very tired, thirsty and losing weight for a month', 'peeing a lot and I lost weight without trying'],
    not: ['I am always thirsty in summer', 'how can I lose weight'],
  },
  'morning-headache': {
    raise: ['my 12 year old son has had headaches every morning for two weeks and sometimes vomits', 'I wake up with a headache and throw up'],
    not: ['why do I wake up with a headache every morning', 'headache and vomiting after too much wine'],
  },
  'fall-injury': {
    raise: ["My grandmother fell and now she can't stand up", 'my dad slipped in the shower and cannot put weight on his leg', 'after her fall her leg looks shorter and turned out', 'my elderly father fell and his hip is sticking out'],
    not: ['I fell off my bike last week and my wrist hurts', "I am afraid of falling asleep and I can't walk far", 'how can I stop my elderly father from falling'],
  },
  'very-high-blood-pressure': {
    raise: ['I took my blood pressure at the pharmacy and it was 180 over 110. I feel fine.', 'is 185/100 a dangerous blood pressure', 'my blood pressure was 200 this morning', 'blood pressure 130/125'],
    not: ['my bp is 150/95 is that high', 'my blood pressure is 120/80', 'blood pressure medicine 200 mg', 'my pulse is 190 over the last hour'],
  },
  'infant-dehydration': {
    raise: ["my baby's soft spot looks sunken", 'My 6 month old has had no wet diapers since this morning'],
    not: ['When does the soft spot on a baby close?', 'how many wet diapers should a newborn have a day', 'my husband has not had a drink since Monday'],
  },
  pregnancy: {
    raise: ['im 30 weeks and the baby hasnt moved at all today', 
      'I am 10 weeks pregnant and bleeding',
      'Pregnant with severe stomach pain',
      'The baby is moving less than usual today',
      'I am 28 weeks pregnant and my feet and hands are very swollen. I also have a headache.',
      '32 weeks pregnant, my face looks puffy this morning',
      'I am pregnant and my vision is blurry since yesterday',
      // Waters breaking, whether or not "pregnant" is said.
      'my water broke at 33 weeks',
      "I'm pregnant and my waters have gone green",
    ],
    not: [
      'Can I get pregnant while breastfeeding?',
      'Bleeding gums, is it vitamin C?',
      // Swollen ankles alone are common late in pregnancy; swelling of no face or hand is no sign.
      'I am 35 weeks pregnant and my ankles are swollen by the evening',
      'Can I eat puffed rice cakes while pregnant?',
      'the water pipe broke in the bathroom',
    ],
  },
  'diabetes-emergency': {
    raise: [
      'my husband is diabetic and is shaky, sweaty and confused',
      "my mum's sugar is 2.5 and she is very drowsy",
      'my diabetic son is vomiting and his breath smells fruity',
      'blood sugar reading 45 this morning',
      'my type 1 daughter is throwing up and breathing fast',
    ],
    not: ['can diabetes cause confusion', 'my type 1 diabetes is well controlled', 'my blood sugar is 5.6 in the morning, is that ok', 'my fasting glucose was 110', 'glucose 2 hours after eating'],
  },
  sepsis: {
    raise: ['my mom is 80 and has been more confused the last two days and has a fever', 'high fever and his skin looks mottled'],
    not: ['can a uti cause confusion in the elderly', 'I have a mild fever and feel a bit tired', 'I get confused about which tablets to take'],
  },
  'heat-or-cold': {
    raise: ["I have been in the sun all day and now I'm confused and not sweating", 'my dad was outside in the snow and is shivering and confused', 'my dad has bad sunburn and is confused and vomiting'],
    not: ['can the heat make you tired', 'I love swimming in cold water', 'the sunburn on my back is peeling'],
  },
  'tearing-pain': {
    raise: ['sudden tearing pain in my back going through to my chest'],
    not: ['my eyes keep tearing and my back is sore', 'tearing pain when passing stool'],
  },
  'leg-clot': {
    raise: ["my leg is swollen and now I'm short of breath and coughing", 'painful calf and chest pain since this morning'],
    not: ['my legs are swollen at the end of the day', 'I have had leg pain for years'],
  },
  'eye-pain': {
    raise: ['sudden severe pain in my eye and my vision is blurry with halos'],
    not: ['my eyes hurt when I read too long', 'sudden blurry vision after reading'],
  },
  drowning: {
    raise: ['my son nearly drowned in the pool and keeps coughing', 'we pulled her out of the pool, she seems fine now'],
    not: ['how do I teach my child to swim safely', 'I feel like I am drowning in work'],
  },
  'snake-bite': {
    raise: ['I was bitten by a snake', 'a rattlesnake bit my dog and then me'],
    not: ['what should I do if bitten by a snake', 'are snakes in Ireland dangerous'],
  },
  'spine-injury': {
    raise: ["I can't feel my legs after a fall", 'he dived into the shallow end and cannot move his arms'],
    not: ['my back hurts after a fall last year', "I can't feel my toes when it is cold"],
  },
  'sudden-confusion': {
    raise: ["my grandmother is suddenly very confused and can't recognise us", 'my mom is confused and forgetful suddenly'],
    not: ['what is delirium', 'is it normal for my grandmother to forget names'],
  },
  'bile-vomit': {
    raise: ['my baby has been vomiting green bile', 'my toddler threw up green this morning', 'my baby is puking green stuff'],
    not: ['my baby spits up white milk after feeds', 'my son ate green jelly and threw up'],
  },
  abdomen: {
    raise: ['really bad pain low down on the right side of my tummy, getting worse, and a fever', 'he is throwing up green stuff and hasnt pooped or passed wind for 2 days', 'my belly is hard as a board and the pain is unbearable', 'sudden severe stomach pain, I can hardly stand'],
    not: ['pain on the right side of my stomach after eating fatty food', 'I have not pooped for 3 days, what can I take', 'my stomach hurts after eating spicy food', 'what causes abdominal pain'],
  },
  priapism: {
    raise: ["my erection won't go away after 5 hours", 'an erection for 6 hours after an injection'],
    not: ['how long should an erection last', 'erection problems for 4 years'],
  },
  'electric-shock': {
    raise: ['I was electrocuted at work and my hand is burnt', 'my son got an electric shock from a socket'],
    not: ['shooting pain like an electric shock down my leg', 'is electric shock therapy safe for depression'],
  },
  'animal-bite': {
    raise: ["a dog bit my son's face and it's deep", 'I was bitten by a bat while camping'],
    not: ['my dog bit my shoe', 'my cat scratched my arm'],
  },
  'racing-heart': {
    raise: ['my heart is racing like 180 and i feel like im gonna black out', 'heart pounding and my chest hurts'],
    not: ['my heart races when I drink coffee', 'What should I do with this man who has had a negative extensive workup for palpitations and chest pain?'],
  },
  'eye-injury': {
    raise: ['i got a bit of metal in my eye while grinding and now i cant see properly'],
    not: ['how do I get an eyelash out of my eye', 'I got metal in my eye years ago and it healed fine'],
  },
  'birth-bleeding': {
    raise: ['just had my baby a week ago and I am soaking through a pad every hour with big clots'],
    not: ['how much bleeding is normal after giving birth'],
  },
  'sudden-deafness': {
    raise: ['sudden hearing loss in one ear overnight', "I woke up and can't hear out of my left ear", 'I lost my hearing in one ear suddenly yesterday'],
    not: ['i suddenly lost the sight in my left eye', 'what causes sudden hearing loss', 'my hearing has gotten worse over the years', 'my dad is losing his hearing'],
  },
  'deep-wound': {
    raise: ["there's a deep cut on my arm and I can see fat", 'the gash on his knee is gaping'],
    not: ['I got a blood test and the nurse said I have deep veins', 'a small cut on my finger'],
  },
  burn: {
    raise: ['a small burn on my hand that has blistered and gone white', 'I burned my arm badly with boiling water and the skin is peeling off', 'hot oil splashed on my hand'],
    not: ['a small burn on my hand from the oven tray, red and a bit sore', 'burning pain in my hands at night', 'burning when I pee', 'I have heartburn every night'],
  },
  'black-stools': {
    raise: ['Black, sticky stools after a week of painkillers', 'Coughing up blood after a cold', 'blood in my stool and I feel dizzy', 'bloody diarrhea and I fainted'],
    not: ['Dark green stools after eating spinach', 'What is the blood test for anaemia?', 'I have had bloody stools in the past, is it cancer?', 'why do I get dizzy when I stand up'],
  },
};

describe('urgent signs', () => {
  test('every sign has examples, and every example set names a real sign', () => {
    assert.deepEqual(Object.keys(CASES).sort(), URGENT_SIGNS.map((s) => s.id).sort());
  });

  for (const [id, { raise, not }] of Object.entries(CASES)) {
    test(`${id}: raised by a description of it, not by a question about it`, () => {
      for (const text of raise) assert.ok(ids(text).includes(id), `should raise ${id}: ${text}`);
      for (const text of not) assert.ok(!ids(text).includes(id), `should not raise ${id}: ${text}`);
    });
  }

  test('words typed in a hurry are read as meant: no apostrophe, a common misspelling', () => {
    for (const [typed, id] of [
      ['I cant breath', 'breathing'],
      ['she is unconcious on the floor', 'unresponsive'],
      ['thinking about suicde every day', 'self-harm'],
      ['I want to kill my self', 'self-harm'],
      ['crushing chest pian spreading to my arm', 'heart-attack'],
      ['worst headach of my life', 'stroke'],
      ['my daughters siezure wont stop', 'seizure'],
      ['my 2 week old has a temprature of 38.5', 'infant-fever'],
    ] as const) {
      assert.ok(ids(typed).includes(id), `should raise ${id}: ${typed}`);
    }
    // A missing apostrophe makes a denial too.
    assert.deepEqual(ids('I dont have chest pain that spreads to my arm'), []);
  });

  test("what cannot be stopped is affirmed, not denied: \"I can't stop vomiting blood\"", () => {
    assert.deepEqual(ids("I can't stop vomiting blood"), ['heavy-bleeding']);
    assert.deepEqual(ids("I can't stop thinking about suicide"), ['self-harm']);
    assert.deepEqual(ids("I can't help thinking about suicide"), ['self-harm']);
    assert.deepEqual(ids("I don't vomit blood"), []);
  });

  test('a denied symptom is not a sign, a doubted one still is', () => {
    assert.deepEqual(ids('I have no chest pain and I do not faint'), []);
    assert.deepEqual(ids('My chest pain does not spread to my arm'), []);
    assert.deepEqual(ids('Without any chest pain, just sweating at night'), []);
    assert.deepEqual(ids("I'm not sure whether his face drooped"), ['stroke']);
    // Negation stops at the clause: the stiff neck and the fever are both affirmed here.
    assert.deepEqual(ids('No rash, but a stiff neck and fever'), ['meningitis']);
  });

  test('the most serious level leads and picks the advice', () => {
    const u = assessUrgency('Black stools for two days and now I feel like I want to die');
    assert.equal(u?.level, 'emergency');
    assert.deepEqual(u?.signs.map((s) => s.id), ['self-harm', 'black-stools']);
    assert.equal(u?.advice, urgencyAdvice('emergency'));
    assert.match(u?.advice ?? '', /^This can be a medical emergency\. .*call your local emergency number/);
    assert.equal(assessUrgency('tarry stool since Monday')?.advice, urgencyAdvice('urgent'));
    assert.match(urgencyAdvice('urgent'), /^This needs a doctor soon\./);
  });

  test("the advice names the operator's emergency number, and the crisis line only for self-harm", () => {
    const contacts = { emergencyNumber: '000', crisisLine: 'Lifeline on 13 11 14' };
    const selfHarm = assessUrgency('I keep thinking about suicide', contacts);
    assert.match(selfHarm?.advice ?? '', /call 000 or go to the nearest emergency department/);
    assert.match(selfHarm?.advice ?? '', /you can also reach Lifeline on 13 11 14\.$/);
    const stroke = assessUrgency('her face is drooping on one side', contacts);
    assert.match(stroke?.advice ?? '', /call 000/);
    assert.doesNotMatch(stroke?.advice ?? '', /Lifeline/);
    assert.doesNotMatch(stroke?.advice ?? '', /local emergency number/);
    assert.match(assessUrgency('black tarry stools', contacts)?.advice ?? '', /and call 000 if it gets worse\.$/);
    // No sign's own wording names a number either, so a configured number is never contradicted.
    const overdose = assessUrgency('I think my son took way too many of my pills', contacts);
    assert.deepEqual(overdose?.signs.map((s) => s.id), ['poisoning']);
    assert.match(overdose?.advice ?? '', /call 000/);
    for (const sign of overdose?.signs ?? []) assert.doesNotMatch(sign.label, /emergency number|call /);
    // Without a number the advice still says what to do.
    assert.doesNotMatch(assessUrgency('I keep thinking about suicide')?.advice ?? '', /can also reach/);
  });

  test('ordinary, empty and hostile input raise nothing', () => {
    for (const text of ['', '   ', 'What is the outlook for psoriasis?', '<script>alert(1)</script>', "'; DROP TABLE users; --", '😀😀', '?!?!']) {
      assert.equal(assessUrgency(text), null, text);
    }
  });

  test('curly apostrophes and punctuation inside a phrase are read like plain ones', () => {
    assert.deepEqual(ids('He can’t breathe!!'), ['breathing']);
    assert.deepEqual(ids('stools: black... tarry'), ['black-stools']);
    assert.deepEqual(ids('fever of 100.4 in my 2-week-old'), ['infant-fever']);
  });
});
