import { porterStem } from './porter.js';

/**
 * Words people write that the archive (American, clinical) writes otherwise, and that Porter's
 * rules cannot bring together: adjectives in -y ("itchy" stems to "itchi", "itching" to "itch"),
 * irregular forms ("swollen" / "swelling"), and British spellings ("tumour", "diarrhoea":
 * MedQuAD has none). Each maps to the word the archive uses; the stemmer then treats both alike,
 * on the document and the query side, so inflections follow ("tumours" → "tumor").
 *
 * Only words whose everyday sense is the base word's: "runny" (nose) and "stuffy" are left
 * alone, because "run" and "stuff" would match unrelated text.
 */
const EVERYDAY: Readonly<Record<string, string>> = {
  // Symptom adjectives in -y and similar.
  achy: 'ache', bloody: 'blood', bony: 'bone', bumpy: 'bump', crusty: 'crust', flaky: 'flake',
  foamy: 'foam', gassy: 'gas', greasy: 'grease', hairy: 'hair', itchy: 'itch', leaky: 'leak',
  lumpy: 'lump', noisy: 'noise', oily: 'oil', pimply: 'pimple', rashy: 'rash', salty: 'salt',
  scaly: 'scale', shaky: 'shake', sleepy: 'sleep', smelly: 'smell', spicy: 'spice', sugary: 'sugar',
  sweaty: 'sweat', thirsty: 'thirst', tingly: 'tingle', watery: 'water', wheezy: 'wheeze',
  feverish: 'fever', nauseous: 'nausea', nauseated: 'nausea', swollen: 'swelling', burnt: 'burn',
  anxious: 'anxiety', blurry: 'blurred',
  // Everyday words for stool and urine, and short forms ("what's a normal temp for a baby").
  poo: 'stool', poop: 'stool', pee: 'urine', temp: 'temperature', temps: 'temperature', meds: 'medicines',
  stung: 'sting',
  // British spellings.
  anaemia: 'anemia', anaemic: 'anemic', anaesthesia: 'anesthesia', anaesthetic: 'anesthetic',
  behaviour: 'behavior', coeliac: 'celiac', colour: 'color', diarrhoea: 'diarrhea', dyspnoea: 'dyspnea',
  foetal: 'fetal', foetus: 'fetus', gynaecologist: 'gynecologist', gynaecology: 'gynecology',
  haematoma: 'hematoma', haematuria: 'hematuria', haemoglobin: 'hemoglobin', haemophilia: 'hemophilia',
  haemorrhage: 'hemorrhage', haemorrhoids: 'hemorrhoids', hyperglycaemia: 'hyperglycemia',
  hypoglycaemia: 'hypoglycemia', ischaemia: 'ischemia', ischaemic: 'ischemic', leukaemia: 'leukemia',
  oedema: 'edema', oesophageal: 'esophageal', oesophagus: 'esophagus', oestrogen: 'estrogen',
  orthopaedic: 'orthopedic', paediatric: 'pediatric', paediatrician: 'pediatrician',
  septicaemia: 'septicemia', tumour: 'tumor',
  // British drug names.
  frusemide: 'furosemide', lignocaine: 'lidocaine', paracetamol: 'acetaminophen', salbutamol: 'albuterol',
};

/** Porter stem of an everyday form → Porter stem of the archive's word. */
const BY_STEM: ReadonlyMap<string, string> = new Map(Object.entries(EVERYDAY).map(([w, base]) => [porterStem(w), porterStem(base)]));

/** The stem the archive would use for a word already Porter-stemmed. */
export function archiveStem(stemmed: string): string {
  return BY_STEM.get(stemmed) ?? stemmed;
}
