/**
 * One-word focus names that a query word reaches in another sense. The focus lexicon compares
 * stems, so "dark spots on my face" named Spotting (a synonym of Vaginal bleeding between
 * periods), "wisdom teeth" Teething, "what tests" Testes, "later" Lateral, "medical" Medications
 * (Medicines), a burning feeling Burns, boiling water Boils, a nursing mother Nurses, drinking
 * coffee Drinking, an inhaler Inhalants, a stress test Stress, "my thyroid" the medicine Thyroid,
 * and "my feet are always cold" Common cold. Each entry says when a word at that focus key does not name the focus; the word
 * still counts as a word of the lexical query.
 * (Short names spelt like everyday words, HIT or PET, are `WordCase`'s job.)
 */

export interface WordInContext {
  /** The word in lower case, as the lexicon's scan reads it. */
  word: string;
  prev: string;
  next: string;
}

/** "Cold" as a temperature, not the illness: cold feet, feeling cold, cold water. */
const COLD_THING =
  /^(?:hands?|feet|foot|fingers?|toes?|arms?|legs?|skin|nose|ears?|body|water|weather|air|drinks?|food|compress(?:es)?|packs?|turkey|sweats?|temperatures?|sensitivity|intolerance|exposure|climate|showers?|baths?|rooms?|places?|days?|nights?|winters?|months?|season|sores?)$/;
const COLD_STATE =
  /^(?:feel|feels|feeling|felt|so|too|very|always|really|extremely|get|gets|getting|is|are|was|were|turn|turns|turned|turning|become|becomes|stay|stays|keep|keeps|how|ice|icy|freezing)$/;

const TORN_PART =
  /^(?:cuff|meniscus|menisci|meniscal|ligament|ligaments|tendon|tendons|muscle|muscles|acl|mcl|pcl|labral|labrum|hamstring|cartilage|retinal|anal|perineal|vaginal|skin|partial|full|complete|small|bad)$/;

const GUARDS: ReadonlyMap<string, (w: WordInContext) => boolean> = new Map<string, (w: WordInContext) => boolean>([
  ['spot', (w) => w.word !== 'spotting'],
  // Porter joins "teething" to "teeth": "my wisdom teeth" named Teething.
  ['teeth', (w) => w.word !== 'teething'],
  // Liver enzymes are a blood test's result, not the general page Enzyme.
  ['enzym', (w) => w.prev === 'liver'],
  ['test', (w) => !/^test(?:e|i)s$/.test(w.word)],
  ['later', (w) => w.word === 'later'],
  // Parents are people; only "parenting" names the page on raising children.
  ['parent', (w) => w.word !== 'parenting'],
  // A torn cuff, meniscus or ligament is no Tears (crying): "rotator cuff tear".
  ['tear', (w) => TORN_PART.test(w.prev) || (w.word === 'tear' && /^(?:in|of)$/.test(w.next))],
  // A stress test (of the heart) or stress fracture (of a bone) is no Stress.
  ['stress', (w) => /^(?:tests?|testing|echo\w*|fractures?|incontinence|urinary)$/.test(w.next)],
  ['medic', (w) => /^medical(?:ly)?$/.test(w.word)],
  ['burn', (w) => w.word === 'burning'],
  // Boiling water scalds; it is no boil of the skin.
  ['boil', (w) => w.word === 'boiling'],
  // A nursing mother breastfeeds: "sore nipples from nursing" named Nurses.
  ['nurs', (w) => w.word === 'nursing'],
  // Drinking coffee or water is no drinking of alcohol.
  ['drink', (w) => /^(?:coffee|tea|water|milk|juice|soda|pop|caffeine|energy|fluids?|liquids?|smoothies?|lemonade|cola|coke|decaf)$/.test(w.next)],
  // Porter joins "inhaler" to "inhalants": "how do I use my inhaler" named Substance use - inhalants.
  ['inhal', (w) => /^inhalers?$/.test(w.word)],
  // The one-word focus Thyroid is a medicine's leaflet (desiccated thyroid): "my thyroid" is the
  // gland, and only a thyroid taken, or its tablets, is the medicine.
  ['thyroid', (w) => !/^(?:take|takes|taking|took|taken|start|started|starting|stop|stopped|stopping|quit|switched|on|armour|desiccated|natural|dried|pig)$/.test(w.prev) && !/^(?:tablets?|pills?|medicines?|medications?|meds|doses?|mg|grains?|hormones?|replacement|supplements?|extract)$/.test(w.next)],
  // "The cold" is the illness ("the cold I caught") unless a temperature word follows.
  // "Sensitive to cold", "exposure to cold": the singular after "to" is the temperature.
  ['cold', (w) => COLD_THING.test(w.next) || COLD_STATE.test(w.prev) || (w.prev === 'to' && w.word === 'cold')],
]);

/** True when the word at this one-word focus key means something else here. */
export function otherSense(key: string, w: WordInContext): boolean {
  return GUARDS.get(key)?.(w) ?? false;
}
