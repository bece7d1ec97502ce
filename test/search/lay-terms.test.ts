import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MedicalSearchIndex } from '../../src/search/medical-index.js';
import { rewriteLayTerms } from '../../src/search/query/lay-terms.js';
import type { SearchDoc } from '../../src/search/types.js';
import { anIndexOf, aTrustedDoc } from '../support/builders.js';

describe('everyday phrases', () => {
  it('replaces a complaint written in everyday words with the name the archive uses', () => {
    const cases: [string, string][] = [
      ['Ringing in my ears after a concert', 'tinnitus after a concert'],
      ['I sprained my ankle', 'I ankle sprain'],
      ['stung by a bee yesterday', 'stung by a bee (insect bites and stings) yesterday'],
      ['got stung by a wasp', 'got stung by a wasp (wasp sting)'],
      ['red itchy welts', 'red itchy welts (hives)'],
      ['ringworm on my scalp', 'ringworm on my scalp (tinea capitis)'],
      ['planters wart on my foot', 'plantar warts on my foot'],
      ['bald spots in my beard', 'bald spots (alopecia areata) in my beard'],
      ['do hay fever shots work', 'do allergy shots work'],
      ['my hair has been thinning', 'my hair loss'],
      ['on chemo for a month', 'on chemotherapy for a month'],
      ['is it carpal tunnel?', 'is it carpal tunnel syndrome?'],
      ['broke my collar bone', 'broken collarbone'],
      ['hair loss from chemo', 'hair loss (coping with cancer - hair loss) from chemotherapy'],
      ['side effects of hydrocortisone cream', 'side effects of hydrocortisone cream (topical)'],
      ['timolol eye drops', 'timolol eye drops (ophthalmic)'],
      ['my pee burns', 'painful urination'],
      ['runny poop for a week', 'diarrhea for a week'],
      ['I get up 4 times a night to pee', 'I urinating more at night'],
      // Waking to pee is no insomnia but the reason itself.
      ['I wake up at night to pee', 'I urinating more at night'],
      ['hart attack signs', 'heart attack signs'],
      ['my asthma puffer', 'my asthma inhaler'],
      ['water pills for heart failure', 'water pills (diuretics) for heart failure'],
      ['dry mouth during radiation', 'dry mouth (dry mouth during cancer treatment) during radiation'],
      ['sores in my mouth on chemotherapy', 'sores in my mouth (oral mucositis) on chemotherapy'],
      ['My ears keep ringing', 'tinnitus'],
      ['I have trouble falling asleep', 'I have insomnia'],
      ['I can’t sleep at night', 'I insomnia at night'],
      ['pins and needles in both hands', 'numbness and tingling in both hands'],
      ['He keeps throwing up', 'He keeps vomiting'],
      ['blood in the urine of a child', 'hematuria of a child'],
      ['It burns when I pee', 'It painful urination'],
      ['Why is my heart racing?', 'Why is heart palpitations?'],
      ['Why am I always tired?', 'Why am I always fatigue?'],
      ['I missed my period', 'I secondary amenorrhea'],
      ['my period is late but I am not pregnant', 'secondary amenorrhea but I am not pregnant'],
      ['tooth pain when drinking cold water', 'toothache when drinking cold water'],
      ['I rolled my ankle', 'I ankle sprain'],
      ['low sex drive after the baby', 'low sexual desire after the baby'],
      ['my son swallowed a coin', 'my son swallowed a foreign body'],
      ['my pee is dark brown', 'urine abnormal color brown'],
      ['white spots on my nails', 'nail abnormalities (leukonychia)'],
      ['I can’t stop worrying', 'I anxiety'],
      ['Dad has trouble remembering things', 'Dad has memory loss'],
      ['what if my thyroid is low', 'what if hypothyroidism'],
      ['sun burnt shoulders', 'sunburn shoulders'],
      ['my shoulder hurts when I lift my arm', 'shoulder pain when I lift my arm'],
      ['My left knee is sore after running', 'knee pain after running'],
      ['my lower back is killing me', 'low back pain'],
      ['sore muscles after the gym', 'muscle aches after the gym'],
      ['my stomach hurts after I eat', 'abdominal pain after I eat'],
      ['pain under my left rib', 'ribcage pain'],
      ['my toddler has a high temperature', 'my toddler fever'],
      ['I hit my head on a shelf', 'I head injury on a shelf'],
      ['I stepped on a rusty nail', 'I puncture wound'],
      ['earwax build up', 'ear wax build up'],
      ['my poop is black', 'my tarry stools'],
      ['I feel down all the time', 'I depressed all the time'],
      ['my daughter is cutting herself', 'my daughter is self-harm'],
      ['my heart skips a beat', 'heart palpitations'],
      ['I got bitten by a cat', 'I got animal bite'],
      ['I still havent fall pregnant', 'I infertility'],
      ['trying to fall pregnant', 'trying to get pregnant'],
      ['the best way to lose weight after 50', 'the best weight control after 50'],
      ['medications for losing this weight', 'medications for weight loss'],
      ['my dad keeps losing weight', 'my dad unintentional weight loss'],
      ['my baby is not gaining weight', 'my failure to thrive'],
      ['What causes blood pressure to rise at night?', 'What causes high blood pressure at night?'],
      ['why does my BP spike in the morning', 'why does high blood pressure in the morning'],
      ['my sugar levels drop at night', 'my low blood sugar at night'],
      ['my son put a bead up his nose', 'my son put a bead up his nose (foreign body in the nose)'],
      ['I stuck a q-tip up my ear', 'I stuck a q-tip up my ear (foreign body in the ear)'],
      ['a cotton swab stuck in the ear', 'a cotton swab stuck in the ear (foreign body in the ear)'],
      ['a bug flew into my ear', 'foreign body in the ear'],
      ['I got something in my eye', 'I got foreign object in the eye'],
      ['a growth on the side of my neck', 'a growth on the side of my neck (neck lump)'],
      ['a lump in my left breast', 'a breast lump'],
      ['my teeth are sensitive to cold', 'my toothache to cold'],
      ['sensitive teeth', 'toothache'],
      ['should he get the pneumonia shot', 'should he get the pneumococcal vaccine'],
      ['does the shingles shot hurt', 'does the shingles vaccine hurt'],
      ['what are the side effects of the flu shot', 'what are the side effects of the flu shot (influenza vaccine, inactivated or recombinant)'],
      ['I missed a birth control pill', 'I missed a birth control pill (estrogen and progestin (oral contraceptives))'],
      ['can I take antibiotics while on the pill', 'can I take antibiotics while on the pill (estrogen and progestin (oral contraceptives))'],
      ['my baby spits up after every feed', 'my baby spits up (spitting up - self-care) after every feed'],
      ['daycare says HFMD is going around', 'daycare says hand-foot-mouth disease is going around'],
      ['iron pills make me constipated', 'iron pills (ferrous sulfate) make me constipated'],
      ['are probiotics safe', 'are probiotics (lactobacillus) safe'],
      ['does glucosamine help', 'does glucosamine sulfate help'],
      ['when do they take the tonsils out', 'when do they tonsillectomy'],
      ['is she starting puberty too early', 'is she precocious puberty'],
      ['he has a weak stream and trouble starting to pee', 'he has a urination difficulty with flow and urination difficulty with flow'],
      ['a lump on my testicle', 'a testicle lump'],
      ['a lump under my right armpit', 'a armpit lump'],
      ['the room is spinning', 'vertigo'],
      ['my hands go numb at night', 'my numbness and tingling at night'],
      ['my fingers turn white in the cold', 'my raynaud phenomenon in the cold'],
      ['my toenail is thick and yellow', 'my nail abnormalities'],
      ['bumps on the back of my arms', 'keratosis pilaris'],
      ['I have not pooped in five days', 'I constipation in five days'],
      ['my urine smells strong', 'urine odor strong'],
      ['I leak when I cough', 'I stress urinary incontinence'],
      ['my period is very heavy', 'heavy uterine bleeding'],
      ['I hear voices', 'I hallucinations'],
      ['I feel cold all the time', 'I cold intolerance'],
      ['my toddler is not talking yet', 'my speech and language delay in children'],
      ['my son has a lisp', 'my son has a lisp (speech disorder)'],
      ['what are the survival rates for liver cancer', 'what are the outlook (prognosis) for liver cancer'],
      ['I took too many sleeping pills', 'I overdose of sleeping pills'],
      ['can stress make my hair fall out', 'can stress make my hair loss'],
      ['why are my hands shaking', 'why are my tremor'],
      ['my jaw clicks when I chew', 'my TMJ disorders when I chew'],
      ['my tongue has a white coating', 'my tongue problems'],
      ['white film on my tongue', 'tongue problems'],
      ['a burn from boiling water', 'a burns'],
      ['I scalded my arm', 'I burns my arm'],
      ['why do my legs cramp at night', 'why do my muscle cramps at night'],
      ['cramps in my calves', 'muscle cramps'],
      ['my daughter has not started her period yet', 'my daughter primary amenorrhea yet'],
      ['she hasn’t had her first period', 'she primary amenorrhea'],
      ['I have not had a period in 3 months', 'I secondary amenorrhea'],
      ['a cyst on my left ovary', 'a ovarian cysts'],
      ['ringing in my left ear', 'tinnitus'],
      ['symptoms of magnesium deficiency', 'symptoms of low magnesium level'],
      ['my potassium level is a bit low', 'my low potassium level'],
      ['is low sodium dangerous', 'is low sodium level dangerous'],
      ['potassium is too high', 'high potassium level'],
      ['why are his platelets so low', 'why are his thrombocytopenia'],
      ['I have a low platelet count', 'I have a thrombocytopenia'],
      ['what causes a low blood count', 'what causes a low blood count (anemia)'],
      ['my hemoglobin is low at 9', 'my hemoglobin is low (anemia) at 9'],
      ['low white blood cell count after chemo', 'low white blood cell count after chemotherapy'],
      ['my dad had heat stroke', 'my dad had heat emergencies'],
      ['my calcium is high', 'my hypercalcemia'],
      ['his big toe is red and swollen', 'his big toe is red and swollen (gout)'],
      ['is hand, foot and mouth contagious', 'is hand, foot and mouth (hand-foot-mouth disease) contagious'],
      ['my son has sickle cell trait', 'my son has sickle cell (sickle cell disease) trait'],
      ['a sickle cell test', 'a sickle cell test'],
      ['should I get the BRCA test', 'should I get the BRCA (BRCA1 BRCA2) test'],
      ['stomach pain, could it be an ulcer', 'abdominal pain, could it be an ulcer (peptic ulcer)'],
      ['an ulcer on my leg', 'an ulcer on my leg'],
      ['can thyroid problems cause hair loss', 'can thyroid diseases cause hair loss'],
      ['my big toe is red and swollen since I stubbed it', 'my big toe is red and swollen since I stubbed it'],
      ['baby had a fever for 3 days then a rash', 'baby had a fever for 3 days then a rash (roseola)'],
      ['I had a fever for 3 days then a rash', 'I had a fever for 3 days then a rash'],
      ['throbbing headache on one side with nausea', 'throbbing headache (migraine) on one side with nausea'],
      ['throbbing headache on one side', 'throbbing headache on one side'],
      ['itchy rash behind her knees', 'itchy rash behind her knees (atopic dermatitis)'],
      ['his cholesterol is too high', 'his high blood cholesterol'],
      ['what happens if you take too much vitamin D', 'what happens if you hypervitaminosis d'],
      ['I have low b12', 'I have B12 deficiency'],
      ['sugar in my pee', 'sugar in my pee (glucose urine test)'],
      ['my brother has high iron', 'my brother has high iron (hemochromatosis)'],
      ['I keep getting water infections', 'I keep getting urinary tract infection'],
      ['too much iron in my diet', 'too much iron in my diet'],
      ['is sunstroke dangerous', 'is heat emergencies dangerous'],
      ['what causes protein in my urine', 'what causes proteinuria'],
      ['foamy urine in the morning', 'proteinuria in the morning'],
      ['I wake up with a numb arm', 'I wake up with a numbness and tingling'],
      ['my fingers are often numb', 'my numbness and tingling'],
      ['one of my pupils is bigger than the other', 'anisocoria than the other'],
      ['his pupils are different sizes', 'his anisocoria'],
      ['my stomach growls all the time', 'my abdominal sounds all the time'],
      ['I feel full after only a few bites', 'I satiety - early'],
      ['I can hear my heartbeat in my left ear', 'I can tinnitus'],
      ['I found a tick on my leg', 'I found a tick bite'],
      ['how do I pull a tick out of my arm', 'how do I pull a tick bite'],
      ['a tick embedded in his scalp', 'a tick bite'],
      ['does slapped cheek rash itch', 'does fifth disease itch'],
      ['How do I know if I have a UTI?', 'How do I know if I have a urinary tract infection?'],
      ['recurrent UTIs in women', 'recurrent urinary tract infection in women'],
      ['do i have a uti', 'do i have a urinary tract infection'],
      ['Is there a cure for peanut allergy?', 'Is there a cure for peanut allergy (food allergy)?'],
      ['my son is allergic to eggs', 'my son is allergic to eggs (food allergy)'],
      ['I am allergic to penicillin', 'I am allergic to penicillin (drug allergies)'],
      ['what should I do if I think I broke my toe', 'what should I do if I think I broken toe'],
      ['he cracked a tooth on a nut', 'he broken tooth on a nut'],
      ['my kid swallowed a penny', 'my kid swallowed a foreign body'],
      ['Can stress stop my period?', 'Can stress secondary amenorrhea?'],
      ['Why am I so thirsty all the time?', 'Why am I excessive thirst all the time?'],
      ['my thyroid is enlarged', 'my goiter'],
      ['my toddler will not go to bed', 'my toddler will not go to bed (bedtime habits)'],
      ['Can you get an STD from kissing?', 'Can you get an sexually transmitted diseases from kissing?'],
      ['How often should men get a prostate exam?', 'How often should men get a prostate exam (prostate cancer screening)?'],
      ['Why do my joints ache when it rains?', 'Why do joint pain when it rains?'],
      ['Why is my period late?', 'Why secondary amenorrhea?'],
      ['What are the early signs of pregnancy?', 'What are the early signs of pregnancy (pregnancy test)?'],
      ['how can I tell if I’m pregnant', "how can I tell if I'm pregnant (pregnancy test)"],
      ['could I be pregnant', 'could I be pregnant (pregnancy test)'],
      ['What foods should I avoid while pregnant?', 'What foods (pregnancy and nutrition) should I avoid while pregnant?'],
      ['can I eat sushi during pregnancy', 'can I eat (pregnancy and nutrition) sushi during pregnancy'],
      ['Can you outgrow a penicillin allergy?', 'Can you outgrow a penicillin allergy (drug allergies)?'],
      ['an allergic reaction to amoxicillin', 'an allergic reaction to amoxicillin (drug allergies)'],
      ['sulfa drug allergy', 'sulfa drug allergy (drug allergies)'],
      // The allergy only describes the patient: the question is about something else.
      ['an alternative for otitis media in an adult who is allergic to penicillin', 'an alternative for otitis media in an adult who is allergic to penicillin'],
      ['prophylaxis for a patient with allergy to penicillin', 'prophylaxis for a patient with allergy to penicillin'],
      ['Is Keflex right for her (allergic to penicillin and sulfa)?', 'Is Keflex (cephalexin) right for her (allergic to penicillin and sulfa)?'],
      ['Is fish oil good for your heart?', 'Is fish oil (omega-3 fatty acids) good for your heart?'],
      ['a fish oil allergy', 'a fish oil allergy'],
      ['Is bipolar hereditary?', 'Is bipolar disorder hereditary?'],
      ['my husband is bipolar', 'my husband is bipolar disorder'],
      // Already the archive's name, or a named kind of it.
      ['bipolar disorder in teens', 'bipolar disorder in teens'],
      ['bipolar 2 symptoms', 'bipolar 2 symptoms'],
      ['bipolar depression', 'bipolar depression'],
      ['How do I know if my child needs glasses?', 'How do I know if my child refractive errors?'],
      ['Can men get breast cancer?', 'Can male breast cancer?'],
      ['signs of breast cancer in men', 'signs of male breast cancer'],
      ['a glass of water', 'a glass of water'],
      ['What are the treatments for blindness?', 'What are the treatments for loss of vision?'],
      ['am I going blind', 'am I loss of vision'],
      ['she is losing her eyesight', 'she is loss of vision'],
      ['sudden vision loss in one eye', 'sudden loss of vision in one eye'],
      // Named kinds of blindness are pages of their own.
      ['is color blindness inherited', 'is color blindness inherited'],
      ['night blindness and vitamin A', 'night blindness and vitamin A'],
      ['river blindness', 'river blindness'],
      ['a blind spot in my eye', 'a blind spot in my eye'],
      ['What is the treatment for a hole in the lung?', 'What is the treatment for collapsed lung?'],
      ['he has a punctured lung', 'he has collapsed lung'],
      ['a hole in the heart', 'a hole in the heart'],
      ['Why does my ear feel full after flying?', 'Why does flying and blocked ears?'],
      ['my ears are still blocked after a long flight', 'flying and blocked ears'],
      ["my ear won't pop after the plane landed", 'flying and blocked ears landed'],
      ['my ear hurts after flying', 'ear barotrauma'],
      ['left ear hurts after scuba diving', 'ear barotrauma'],
      ['how to treat airplane ear', 'how to treat ear barotrauma'],
      // The flight alone, or an earache with no pressure change, is not read.
      ['can I fly with an ear infection', 'can I fly with an ear infection'],
      ['my ear hurts after swimming', 'earache after swimming'],
      ['recovery after wisdom teeth removal', 'recovery after wisdom teeth (impacted tooth) removal'],
      ['my liver enzymes are elevated', 'my liver enzymes (ALT) are elevated'],
      ['Is it safe to fly while pregnant?', 'Is it safe to pregnancy and travel?'],
      ['flying during pregnancy', 'pregnancy and travel'],
      ['Can you be allergic to the sun?', 'Can you be polymorphous light eruption?'],
      // Pregnant, then a flight told apart: the questions may be about anything.
      ['I am pregnant and my flight was delayed', 'I am pregnant and my flight was delayed'],
      ['my nose wont stop bleeding', 'nosebleed'],
      ['bleeding from my nose every morning', 'nosebleed every morning'],
      ['a barking cough at night', 'a barking cough (croup) at night'],
      ['cloudy urine', 'cloudy urine (urine abnormal color)'],
      ['foamy urine', 'proteinuria'],
      ['why is my urine so foamy', 'why is proteinuria'],
      ['can you be allergic to the cold?', 'can you be cold urticaria?'],
      ['is it normal to lose hair after pregnancy', 'is it normal to hair loss after pregnancy'],
      ['why do I wake up at 3am every night', 'why do I wake up at 3am every night (insomnia)'],
      [
        'I keep waking up in the middle of the night and can’t get back to sleep',
        "I keep waking up in the middle of the night and can't get back to sleep (insomnia)",
      ],
      ['what causes yellow teeth', 'what causes tooth - abnormal colors'],
      ['why does my heart beat fast after eating', 'why does heart palpitations after eating'],
      ['symptoms of low iron in women', 'symptoms of low iron (iron deficiency) in women'],
      ['when should a baby start walking?', 'when should a baby start walking (developmental milestones)?'],
      ['side effects of too much caffeine', 'side effects of too much caffeine (caffeine overdose)'],
      ['how do I know if I need stitches', 'how do I know if I need laceration sutures'],
      ['why is my face red and hot', 'why is flushing and hot'],
      ['my cheeks turn red when I drink wine', 'flushing when I drink wine'],
      ['my baby has white patches in his mouth', 'my baby has oral thrush'],
      ['what causes white spots on the tonsils', 'what causes tonsillitis'],
      ['my throat has white spots', 'my tonsillitis'],
      ['why is there blood when I wipe', 'why is there bloody stools'],
      ['why does my stomach make noises', 'why does my abdominal sounds'],
      ['how do you know if your appendix burst', 'how do you know if your appendicitis'],
      ['how long does a stomach bug last', 'how long does a stomach flu last'],
      ['what are the signs of alcoholism', 'what are the signs of alcoholism (alcohol use disorder)'],
      ['what causes a swollen testicle', 'what causes a scrotal swelling'],
      ['how often should men get checked for prostate cancer', 'how often should men prostate cancer screening'],
      ['why is my scalp so itchy and flaky', 'why is my scalp so itchy and flaky (dandruff)'],
      ['how do I stop overthinking', 'how do I stop overthinking (anxiety)'],
      ['how can I lose belly fat', 'weight control'],
      ['a burning feeling in my chest after eating spicy food', 'a heartburn after eating spicy food'],
      ['my husband snores and stops breathing at night', 'my husband snores and stops breathing at night (sleep apnea)'],
      ['a fluttering in my chest and skipped beats', 'a heart palpitations and heart palpitations'],
      ['purple veins that bulge on my legs', 'purple varicose veins on my legs'],
      ['I have hair growing on my chin', 'I have hirsutism'],
      ['when should I take my thyroid pill', 'when should I take my thyroid pill (levothyroxine)'],
      ['it feels like there is a lump in my throat', 'it globus sensation'],
      ['how do I use an inhaler correctly', 'how do I how to use an inhaler correctly'],
      ['can you get herpes from a toilet seat', 'can you get herpes (herpes simplex) from a toilet seat'],
      ['what shots do I need to travel to africa', "what shots (traveler's health) do I need to travel to africa"],
      ['do I need travel vaccines for india', "do I need travel vaccines (traveler's health) for india"],
      ['my son has lice, how do I get rid of them', 'my son has lice (head lice), how do I get rid of them'],
      ['lice in my hair', 'lice (head lice) in my hair'],
      ['how do I know if my water broke', 'how do I know if am I in labor, rupture of membranes'],
      ['I think my waters are leaking', 'I think am I in labor, rupture of membranes'],
      ['when should I go to the hospital for contractions', 'when should I go to the hospital for contractions (am I in labor)'],
      ['how long does postpartum bleeding last', 'how long does postpartum care last'],
      ['bleeding after giving birth', 'postpartum care'],
      ['what causes a burning sensation in the feet', 'what causes a burning foot pain'],
      ['my feet burn at night', 'burning foot pain at night'],
      ['my toddler has a cough that sounds like a bark', 'my toddler has a cough that sounds like a bark (croup)'],
      ['I feel my heart pound when I lie down', 'I feel heart palpitations when I lie down'],
      ['When I swallow I feel food sticking in my chest', 'When I swallow I swallowing problems'],
      ['food gets stuck in my throat', 'swallowing problems'],
      ['when I stand up quickly my vision goes black', 'when I stand up quickly my low blood pressure'],
      ['I see stars when I get up too fast', 'I low blood pressure when I get up too fast'],
      ['I sweat a lot from my armpits', 'I excessive sweating (hyperhidrosis) from my armpits'],
      ['My hands peel every winter', 'My hands peel (chapped hands) every winter'],
      ['in winter my heels crack', 'in winter my heels crack (dry skin)'],
      ['a red itchy rash between my toes', "a red itchy rash between my toes (athlete's foot)"],
      ['my tongue looks like a map', 'my geographic tongue'],
      ['my son has fragile x', 'my son has fragile X syndrome'],
      ['Good morning. Can I drink coffee with levothyroxine?', '. Can I drink coffee with levothyroxine?'],
      ['I am pregnant and have a cold, what can I take', 'I am pregnant and have a cold, what can I take (pregnancy and medicines)'],
      ["I'm 20 weeks pregnant and have back pain", "I'm 20 weeks pregnant and have back pain (aches and pains during pregnancy)"],
      ['my wife is 30 weeks pregnant and constipated', 'my wife is 30 weeks pregnant and constipated (common symptoms during pregnancy)'],
      ['can I get a flu shot while pregnant', 'can I get a flu shot (influenza vaccine, inactivated or recombinant) (pregnancy and the flu) while pregnant'],
      ['back pain while pregnant', 'back pain (aches and pains during pregnancy) while pregnant'],
      ['can I take antibiotics while pregnant', 'can I take antibiotics (pregnancy and medicines) while pregnant'],
      ['can pregnant women eat cheese', 'can pregnant women eat (pregnancy and nutrition) cheese'],
      ['can you live a normal life with one kidney', 'can you live a normal life solitary kidney'],
      ['I donated a kidney, what should I avoid', 'I solitary kidney, what should I avoid'],
      ['my lower lip has a small blister', 'my lower lip has a small blister (cold sore)'],
      ['my feet have been burning, I am not diabetic', 'my burning foot pain, I am not diabetic'],
      ['I am going on a safari. Which vaccines do I need?', "I am going on a safari. Which vaccines (traveler's health) do I need?"],
      ['I gave birth 3 weeks ago and I am still bleeding', 'I gave birth 3 weeks ago and I am postpartum care'],
      ['a cough with yellow mucus', 'a cough with mucus'],
      ['green or yellow phlegm', 'phlegm'],
      ['can I have a glass of wine on amoxicillin', 'can I have a glass of wine (alcohol) on amoxicillin'],
      ['is it safe to drink beer while taking ibuprofen', 'is it safe to drink beer (alcohol) while taking ibuprofen'],
      ['I feel dizzy when I turn my head', 'I feel dizzy (benign positional vertigo) when I turn my head'],
      ['when I roll over in bed the room spins', 'when I roll over in bed vertigo (benign positional vertigo)'],
      ['Falling asleep at the wheel is dangerous', 'drowsiness at the wheel is dangerous'],
      ['he falls asleep in meetings', 'he drowsiness in meetings'],
      ['I fell asleep on my arm and it is numb', 'I asleep on my arm and it is numb'],
      ['I feel burned out at work', 'I feel stress at work'],
      ['my legs feel creepy crawly at night', 'restless legs syndrome at night'],
      ['an urge to move my legs', 'an restless legs syndrome'],
      // Misspelt beyond the spelling repair's reach, or nearer another name than the meant one.
      ['what causes migranes', 'what causes migraine'],
      ['exema on my hands', 'eczema on my hands'],
      ['hemroids after giving birth', 'hemorrhoids after giving birth'],
      ['prostrate cancer symptoms', 'prostate cancer symptoms'],
      ['cirosis of the liver', 'cirrhosis of the liver'],
      ['osteoperosis treatment', 'osteoporosis treatment'],
      ["my mum has alzhiemers", "my mum has alzheimer's"],
      ['is herpies contagous', 'is herpes (herpes simplex) contagious'],
      ['symtoms of lupus', 'symptoms of lupus'],
      ['side affects of lisinopril', 'side effects of lisinopril'],
      ['side efects of amlodipine', 'side effects of amlodipine'],
      ['can I crush my pills', 'can I taking medicines'],
      ["she can't swallow pills, can I crush them", "she can't swallow pills, can I taking medicines"],
      ['early signs of kidney damage from diabetes', 'early signs of kidney disease from diabetes'],
      ['I have stage 3 kidney disease', 'I have chronic kidney disease'],
      ["I can't smell anything since covid", 'I smell - impaired since covid'],
      ['I hold my phone farther away to read', 'I hold my phone farther away (presbyopia) to read'],
      ['my son has tubes in his ears', 'my son has ear tube insertion'],
      ['white spots on the back of my throat', 'tonsillitis'],
      ['glocoma drops', 'glaucoma drops'],
      ['should she have her tonsils removed', 'tonsillectomy'],
      ['what happens if hep C is not treated', 'what happens if hepatitis c is not treated'],
      ['could this be c diff', 'could this be clostridium difficile infections'],
      ['my son has staring spells at school', 'my son has staring spells (absence seizure) at school'],
      ['I get the spins', 'I dizziness'],
      ['my legs feel tingly and crawly at night', 'restless legs syndrome at night'],
      ['he got hit in the head with a ball', 'he got head injury with a ball'],
      ['my baby had a fever after her 2 month shots', 'my baby had a fever after her 2 month shots (babies and shots)'],
      ['I had my wisdom teeth pulled', 'I had my wisdom teeth pulled (tooth extraction)'],
      ['burning pain after shingles', 'burning pain after shingles (postherpetic neuralgia)'],
      ['dad has CKD stage 4', 'dad has chronic kidney disease'],
      ['my doctor says my blood pressure is 150/95', 'my doctor says high blood pressure'],
      ['my bp was 160 over 100 at the pharmacy', 'high blood pressure at the pharmacy'],
      ['my blood pressure runs about 85/50', 'low blood pressure'],
      ['how do I know if my inhaler is empty', 'how do I know if my inhaler is empty (how to use an inhaler)'],
      // Periods that stop at the age they end are the menopause; earlier, a missed period.
      ["I'm 52 and my periods stopped a year ago", "I'm 52 and my periods stopped (menopause) a year ago"],
      ['I am 25 and my periods stopped 3 months ago', 'I am 25 and secondary amenorrhea 3 months ago'],
      ['my period stopped after 5 days', 'my period stopped after 5 days'],
      // Months of trying are infertility; trying alone is not.
      ['we have been trying to get pregnant for 18 months', 'we have been trying to get pregnant for 18 months (infertility)'],
      ['we are trying to get pregnant, which vitamins?', 'we are trying to get pregnant, which vitamins?'],
      ['can I get preggo after having my tubes tied', 'can I get pregnant after having my tubal ligation'],
      ['my milk supply is dropping', 'my milk supply (breastfeeding) is dropping'],
      ['my breast is red and hot while breastfeeding', 'my breast is red (breast infection) and hot while breastfeeding'],
      ['my breast is red and hot', 'my breast is red and hot'],
      ['can i drink coffee when im pregnant', 'can i drink (pregnancy and nutrition) coffee when im pregnant'],
      ['I spilled boiling water on my arm', 'I burns on my arm'],
    ];
    for (const [raw, want] of cases) assert.equal(rewriteLayTerms(raw).text, want, raw);
  });

  it('lists what it replaced, and leaves other text as typed', () => {
    const r = rewriteLayTerms('Is Lisinopril safe with acid reflux?');
    assert.equal(r.text, 'Is Lisinopril safe with gastroesophageal reflux disease?');
    assert.deepEqual(r.rewrites, [{ from: 'acid reflux', to: 'gastroesophageal reflux disease' }]);
    // The same words outside the phrase, or a phrase inside a longer word, stay.
    for (const raw of [
      'I fell and my ear is red',
      // The pill's leaflet only for what a leaflet tells; how it works is the overview's.
      'how do birth control pills work',
      'she is on the pill',
      // A thing burnt out is no burnout.
      'the bulb in my lamp burned out',
      // A probiotic named, or glucosamine's form told, is left as typed.
      'probiotics with lactobacillus acidophilus',
      'glucosamine hydrochloride',
      // A side effect spelt right stays as written.
      'a side effect of the side-effects',
      // A part hurts only after a possessive; "sore" in names of other things stays.
      'when I came back hurts',
      'a cold sore on my lip',
      // Not low mood: a place, or a direction.
      'I feel down there',
      'pain I feel down my leg',
      'what is the temperature of the room',
      // A clock's tick and a ticked box are no tick bite; a bite told of is left as told.
      'I was bitten by a tick',
      'I found a tick on my dog',
      'what makes my watch tick',
      'tick the box that applies',
      // An allergy to something neither eaten nor a medicine, and "uti" inside another word, stay.
      'a latex allergy',
      // "Broke" of anything but a body part.
      'I broke out in hives',
      'my fever broke last night',
      'allergic to cats',
      'Utica, New York',
      'Sleep apnea in MEN',
      'a pinstripe needle',
      // "Tired" means fatigue, but not in "tired of" or of the eyes.
      'I am sick and tired of taking pills',
      'my eyes are so tired',
      'tired eyes after screen work',
      // Only low or slow thyroid is read as hypothyroidism: "thyroid is high" could mean either.
      'my thyroid is high',
      // A low thyroid-stimulating hormone points the other way (an overactive thyroid).
      'a low thyroid stimulating hormone',
      'low thyroid-stimulating hormone (TSH)',
      // Medicine and things that belong in an ear or nose are not foreign bodies.
      'I put drops in my ears',
      'she sprays saline up her nose',
      'I put my hearing aids in my ears',
      'blood pressure medication',
      'a growth hormone test',
      'I feel cold',
      'my sugar intake',
      'I did not lose weight after the baby',
      // A locked jaw may be dislocated, or tetanus; a black or hairy tongue has its own page.
      'my jaw locked',
      'a black hairy tongue',
      'stomach cramps',
      'I hurt my hands',
      // Periods that started late, or a period missing for a while without "first", are not primary amenorrhea.
      'she did not start her period until 14',
      'she has never had a period',
      // A diet or food low in a salt is not a low level in the blood.
      'a low sodium diet for heart failure',
      'low potassium foods for kidney disease',
      'a low platelet-rich plasma dose',
      // Numbness of the mind, or the pupils of a school; a stomach that is full after a big meal.
      'I feel numb since my mother died',
      'the pupils in my class',
      'I feel full after a big dinner',
      // Pregnancy with no question of whether one is and no complaint read in it; food told, not asked; lighter periods.
      'symptoms of anemia in pregnancy',
      'the food I ate yesterday made me sick',
      'how do I stop my period from being so heavy',
      // Thirst that is gone is the other page; the gland alone is the thyroid's page.
      'I am never thirsty',
      'thyroid blood test',
      // The rare syndrome the archive also files under "STD", asked by name.
      'Is spondylothoracic dysostosis (STD) inherited?',
      // A cold medicine is no allergy to the cold; waking for a reason asks about the reason.
      'I am allergic to cold medicine',
      'I wake up at night to check on the baby',
      'I wake up in the night gasping for air',
      'my baby wakes up every night',
      // The page's own name, and iron in food.
      'Anemia caused by low iron - children',
      'a low iron diet',
      'yellow fever',
      // A child's walk told, not asked when it starts.
      'my son started walking with a limp',
      // Stitches after an operation are the surgical wound's; a stitch in the side is no cut.
      'how to care for stitches after a c-section',
      'I get a stitch in my side when I run',
      // A red face with spots or a rash is a skin complaint; a white coating on the tongue has its own rule.
      'my face is red and has pimples',
      'a red rash on my face and cheeks',
      'white patches on my skin',
      // Blood on wiping told with a period or urine is not from the bowel; the archive's own names stay as typed.
      'blood on toilet paper after my period',
      'blood when I wipe after I pee',
      'stomach flu',
      'Bloody stools',
      'What is (are) Alcoholism - resources ?',
      'Alcoholism and Alcohol Abuse',
      // Weight lost unasked is the other page.
      'why am I losing weight',
      // A burning chest with no meal, acid or lying down named may be the heart's: left to the pain rules.
      'burning pain in my chest when I walk up stairs',
      // Breathing that stopped for another reason than sleep.
      'he stopped breathing after choking on food',
      // A boy's first beard is no complaint; a swollen vein may be a clot, not a varicose vein.
      'my son has chin hair at 12',
      'a swollen vein in my calf that hurts',
      // A lump found in the neck is no feeling in the throat.
      'I found a lump in my throat area',
      // Herpes named with its kind, or shingles; lice named where they are; shots with no journey.
      'what is genital herpes',
      'herpes zoster and shingles',
      'is herpes zoster contagious',
      'pubic lice on my son',
      'how do you get lice',
      'what shots do I need at 50',
      // Water that is no one's waters; contractions of a muscle or of the heart.
      'the water pipe broke',
      'premature ventricular contractions',
      'muscle contractions in my leg at night',
      'bleeding after a tooth extraction',
      // Burning feet in a diabetic are the diabetes pages' question; a burn on the foot is a burn.
      'I have diabetes and burning feet',
      'I burned my foot on hot sand',
      // A fever named yellow; bleeding told after a birth but of the gums; wine as a food colour.
      'what are the symptoms of yellow fever',
      'I had my baby in May and now my gums are bleeding',
      'a red wine stain on the skin',
      'I feel dizzy when I stand up',
      // Dark sight with no standing; peeling fingers told with no winter or dryness; a burn's blister.
      'my vision goes black in one eye',
      'my fingers are peeling',
      'a blister on my lip from hot coffee',
      'I sweat when I exercise',
      'fragile X-associated tremor/ataxia syndrome',
      'a stone in one kidney',
      // Stage 5 is the end stage, which has its own page; a reading most call normal, or borderline.
      'stage 5 kidney disease',
      // Staring told of no child or seizure; one vaccine named for a baby; a hep test.
      'he stares into space when he is bored at work',
      'my baby had the rotavirus vaccine',
      'a hep B virus DNA test',
      'a HEPA filter for my allergies',
      'my blood pressure is 120/80',
      'his blood pressure was 125/85',
      'One kidney seems larger than the other on this newborn',
      // A complaint with no pregnancy now: not pregnant, or wanting to be; the page's own name.
      'I am not pregnant but have back pain',
      'can I get pregnant while I have a yeast infection',
      'What is (are) Aches and pains during pregnancy ?',
      'what can I take for a cold',
      // Sweating at night has causes of its own (the Sweating page's), not those of hyperhidrosis.
      'why do I sweat so much at night',
      // The archive's own spellings of names a misspelling is near.
      'visceral larva migrans',
      'edema of the legs',
      'osteopetrosis in a child',
      'a brain hemorrhage',
      // Crushing of anything but a medicine, and a medicine named, which finds its own leaflet.
      'the truck crushed it',
      'is it ok to crush metformin tablets',
      // Kidney damage from a blow is the archive's injury page.
      'kidney damage after a car accident',
      // Named already, or the operation rather than the syndrome.
      'welts and hives',
      'carpal tunnel release',
      'a bald spot on the crown',
      // A complaint of cancer treatment only where the treatment is named.
      'hair loss after a baby',
      'dry mouth at night',
      // Creams one eats or shaves with, and a form already named.
      'can I eat ice cream',
      'shaving cream in my eye',
      'hydrocortisone topical cream',
      // A welt where a tick bit is no hives.
      'red welts where the tick bit me',
    ]) {
      assert.deepEqual(rewriteLayTerms(raw), { text: raw, rewrites: [] }, raw);
    }
  });
});

describe('an everyday phrase typed with a misspelling', () => {
  it('is read after spelling repair, and the misspellings table before it', () => {
    const seen: string[] = [];
    const repair = (text: string): string => {
      seen.push(text);
      return text.replace(/\balergic\b/g, 'allergic').replace(/\bpenicilin\b/g, 'penicillin');
    };
    assert.deepEqual(rewriteLayTerms('alergic to penicilin rash').rewrites, []);
    assert.deepEqual(rewriteLayTerms('alergic to penicilin rash', repair).rewrites, [{ from: 'allergic to penicillin', to: 'drug allergies' }]);
    // The table's own spelling mends come first: repair never sees "migrane".
    rewriteLayTerms('migrane and alergic to penicilin', repair);
    assert.equal(seen.at(-1), 'migraine and alergic to penicilin');
    // Repaired words with no phrase among them still reach the readers after it.
    assert.equal(rewriteLayTerms('my penicilin pills', repair).text, 'my penicillin pills');
  });
});

describe('an everyday phrase in a search', () => {
  const docs: SearchDoc[] = [
    aTrustedDoc('FALL1', 'What is (are) Falls?', 'Falls are common in older adults; falling can break a hip.', 'Falls', 'information'),
    aTrustedDoc('INS1', 'What is (are) Insomnia?', 'Insomnia is trouble falling asleep or staying asleep.', 'Insomnia', 'information'),
    aTrustedDoc('PIN1', 'What is (are) Pin care?', 'Pins hold broken bones in place; keep the pin sites clean.', 'Pin care', 'information'),
    aTrustedDoc('NUM1', 'What is (are) Numbness and tingling?', 'Numbness and tingling are abnormal sensations felt anywhere in the body, often in the hands.', 'Numbness and tingling', 'information'),
    aTrustedDoc('TIRE1', 'What is (are) Michelin tire baby syndrome?', 'Babies are born with folds of skin like the rings of a tire.', 'Michelin tire baby syndrome', 'information'),
    aTrustedDoc('FAT1', 'What is (are) Fatigue?', 'Fatigue is a feeling of weariness, tiredness, or lack of energy.', 'Fatigue', 'information'),
    aTrustedDoc('INF1', 'What is (are) Infertility?', 'Infertility means a couple cannot get pregnant after a year of trying.', 'Infertility', 'information'),
    aTrustedDoc('XMG1', 'What are the symptoms of X-linked magnesium deficiency with Epstein-Barr virus infection and neoplasia ?', 'Low magnesium in cells, lasting infections and lymphoma.', 'X-linked magnesium deficiency with Epstein-Barr virus infection and neoplasia', 'symptoms'),
    aTrustedDoc('GTT1', 'What is (are) Glucose tolerance test - non-pregnant ?', 'The test checks how the body moves sugar from the blood; avoid food before it.', 'Glucose tolerance test - non-pregnant', 'information'),
    aTrustedDoc('PNUT', 'Do you have information about Pregnancy and Nutrition', 'When you are expecting, eating healthy meals matters; some fish and soft cheeses are best left out.', 'Pregnancy and Nutrition', 'information'),
    aTrustedDoc('LMG3', 'What are the symptoms of Low magnesium level ?', 'Cramps, twitching and an abnormal heart rhythm.', 'Low magnesium level', 'symptoms'),
  ];
  const build = (useLayTerms: boolean): MedicalSearchIndex => anIndexOf(docs, { useLayTerms });

  it('finds the condition the phrase means, where its words alone find another', () => {
    const plain = build(false);
    const lay = build(true);
    assert.equal(plain.search('trouble falling asleep', { limit: 1 })[0]?.id, 'FALL1');
    assert.equal(lay.search('trouble falling asleep', { limit: 1 })[0]?.id, 'INS1');
    assert.equal(plain.search('pins and needles in my hands', { limit: 1 })[0]?.id, 'PIN1');
    assert.equal(lay.search('pins and needles in my hands', { limit: 1 })[0]?.id, 'NUM1');
    assert.deepEqual(lay.explain('pins and needles in my hands', 'NUM1').query.rewrites, ['pins and needles → numbness and tingling']);
    // Porter stems "tired" to "tire".
    assert.equal(plain.search('why am I always tired', { limit: 1 })[0]?.id, 'TIRE1');
    assert.equal(lay.search('why am I always tired', { limit: 1 })[0]?.id, 'FAT1');
    // "Fall pregnant" is the British "get pregnant"; Porter meets Falls.
    assert.equal(plain.search('I still havent fall pregnant', { limit: 1 })[0]?.id, 'FALL1');
    assert.equal(lay.search('I still havent fall pregnant', { limit: 1 })[0]?.id, 'INF1');
    // A rare disease's long name holds the everyday words; the everyday condition is a low level.
    assert.equal(plain.search('symptoms of magnesium deficiency', { limit: 1 })[0]?.id, 'XMG1');
    assert.equal(lay.search('symptoms of magnesium deficiency', { limit: 1 })[0]?.id, 'LMG3');
    // "Pregnant" and "pregnancy" stem apart: the words alone meet a test for the non-pregnant.
    assert.equal(plain.search('What foods should I avoid while pregnant?', { limit: 1 })[0]?.id, 'GTT1');
    assert.equal(lay.search('What foods should I avoid while pregnant?', { limit: 1 })[0]?.id, 'PNUT');
  });
});
