import type { LayRewrite } from './lay-terms.js';
import { LEAFLET_TYPES } from './medicine-forms.js';

/**
 * Brand names of common medicines, and international names, with the generic name MedQuAD files
 * the drug under. MedlinePlus's drug pages in MedQuAD are named by the generic name only and their
 * answers (where brand names are listed) are left out of the archive, so "side effects of Zoloft"
 * shared no word with the Sertraline pages and found Steps to take before you get pregnant. The
 * query keeps the brand (a consultation or an encyclopedia page may use it: "Taking warfarin
 * (Coumadin)") and gains the generic name after it.
 *
 * Only brands that are no everyday word or common first name are listed ("Soma", "Ella", "Bayer"
 * are not). A brand sold for several mixtures names what it mostly means in the US.
 */
const BRANDS: Readonly<Record<string, string>> = {
  // Pain, fever, inflammation.
  tylenol: 'acetaminophen', paracetamol: 'acetaminophen', panadol: 'acetaminophen',
  advil: 'ibuprofen', motrin: 'ibuprofen', nurofen: 'ibuprofen', aleve: 'naproxen', naprosyn: 'naproxen',
  excedrin: 'acetaminophen, aspirin, and caffeine', fioricet: 'acetaminophen, butalbital, and caffeine',
  celebrex: 'celecoxib', mobic: 'meloxicam', voltaren: 'diclofenac', toradol: 'ketorolac', indocin: 'indomethacin',
  ultram: 'tramadol', percocet: 'oxycodone and acetaminophen', oxycontin: 'oxycodone', vicodin: 'hydrocodone and acetaminophen',
  norco: 'hydrocodone and acetaminophen', lortab: 'hydrocodone and acetaminophen', suboxone: 'buprenorphine and naloxone',
  narcan: 'naloxone', flexeril: 'cyclobenzaprine', zanaflex: 'tizanidine', robaxin: 'methocarbamol', lioresal: 'baclofen',
  imitrex: 'sumatriptan', maxalt: 'rizatriptan', neurontin: 'gabapentin', lyrica: 'pregabalin',
  // Allergy, cold, cough, asthma.
  benadryl: 'diphenhydramine', claritin: 'loratadine', zyrtec: 'cetirizine', allegra: 'fexofenadine', xyzal: 'levocetirizine',
  clarinex: 'desloratadine', sudafed: 'pseudoephedrine', mucinex: 'guaifenesin', afrin: 'oxymetazoline', flonase: 'fluticasone',
  nasacort: 'triamcinolone', rhinocort: 'budesonide', singulair: 'montelukast', ventolin: 'albuterol', proventil: 'albuterol',
  proair: 'albuterol', salbutamol: 'albuterol', advair: 'fluticasone and salmeterol', symbicort: 'budesonide and formoterol',
  tessalon: 'benzonatate', atarax: 'hydroxyzine', vistaril: 'hydroxyzine', epipen: 'epinephrine',
  // Stomach and bowel.
  prilosec: 'omeprazole', nexium: 'esomeprazole', protonix: 'pantoprazole', prevacid: 'lansoprazole', pepcid: 'famotidine',
  zantac: 'ranitidine', tums: 'calcium carbonate', pepto: 'bismuth subsalicylate', 'pepto-bismol': 'bismuth subsalicylate',
  imodium: 'loperamide', miralax: 'polyethylene glycol 3350', dulcolax: 'bisacodyl', colace: 'docusate', senokot: 'senna',
  'gas-x': 'simethicone', zofran: 'ondansetron', phenergan: 'promethazine', reglan: 'metoclopramide',
  compazine: 'prochlorperazine', dramamine: 'dimenhydrinate', antivert: 'meclizine', bentyl: 'dicyclomine',
  // Heart, blood pressure, cholesterol, blood thinners.
  lipitor: 'atorvastatin', crestor: 'rosuvastatin', zocor: 'simvastatin', pravachol: 'pravastatin', zetia: 'ezetimibe',
  norvasc: 'amlodipine', zestril: 'lisinopril', prinivil: 'lisinopril', cozaar: 'losartan', diovan: 'valsartan',
  entresto: 'valsartan and sacubitril', lopressor: 'metoprolol', toprol: 'metoprolol', tenormin: 'atenolol', coreg: 'carvedilol',
  inderal: 'propranolol', lasix: 'furosemide', aldactone: 'spironolactone', microzide: 'hydrochlorothiazide',
  coumadin: 'warfarin', jantoven: 'warfarin', eliquis: 'apixaban', xarelto: 'rivaroxaban', pradaxa: 'dabigatran', plavix: 'clopidogrel',
  // Diabetes and thyroid.
  glucophage: 'metformin', januvia: 'sitagliptin', jardiance: 'empagliflozin', farxiga: 'dapagliflozin', invokana: 'canagliflozin',
  victoza: 'liraglutide', saxenda: 'liraglutide', ozempic: 'semaglutide', wegovy: 'semaglutide', trulicity: 'dulaglutide',
  byetta: 'exenatide', lantus: 'insulin glargine', basaglar: 'insulin glargine', toujeo: 'insulin glargine',
  humalog: 'insulin lispro', novolog: 'insulin aspart', levemir: 'insulin detemir', tresiba: 'insulin degludec',
  glucotrol: 'glipizide', amaryl: 'glimepiride', actos: 'pioglitazone',
  synthroid: 'levothyroxine', levoxyl: 'levothyroxine', unithroid: 'levothyroxine', euthyrox: 'levothyroxine',
  // Mood, sleep, attention, memory, seizures.
  zoloft: 'sertraline', prozac: 'fluoxetine', lexapro: 'escitalopram', celexa: 'citalopram', paxil: 'paroxetine',
  effexor: 'venlafaxine', cymbalta: 'duloxetine', wellbutrin: 'bupropion', zyban: 'bupropion', desyrel: 'trazodone',
  remeron: 'mirtazapine', elavil: 'amitriptyline', pamelor: 'nortriptyline', buspar: 'buspirone', xanax: 'alprazolam',
  klonopin: 'clonazepam', ativan: 'lorazepam', valium: 'diazepam', restoril: 'temazepam', ambien: 'zolpidem',
  lunesta: 'eszopiclone', belsomra: 'suvorexant', rozerem: 'ramelteon', unisom: 'doxylamine', seroquel: 'quetiapine',
  abilify: 'aripiprazole', risperdal: 'risperidone', zyprexa: 'olanzapine', haldol: 'haloperidol', lithobid: 'lithium',
  lamictal: 'lamotrigine', topamax: 'topiramate', keppra: 'levetiracetam', dilantin: 'phenytoin', tegretol: 'carbamazepine',
  trileptal: 'oxcarbazepine', depakote: 'valproic acid', adderall: 'dextroamphetamine and amphetamine',
  ritalin: 'methylphenidate', concerta: 'methylphenidate', vyvanse: 'lisdexamfetamine', strattera: 'atomoxetine',
  intuniv: 'guanfacine', provigil: 'modafinil', nuvigil: 'armodafinil', aricept: 'donepezil', namenda: 'memantine',
  requip: 'ropinirole', mirapex: 'pramipexole', chantix: 'varenicline', nicorette: 'nicotine gum',
  nicoderm: 'nicotine transdermal patch', antabuse: 'disulfiram', vivitrol: 'naltrexone',
  // Infections.
  valtrex: 'valacyclovir', zovirax: 'acyclovir', diflucan: 'fluconazole', lamisil: 'terbinafine', tamiflu: 'oseltamivir',
  macrobid: 'nitrofurantoin', macrodantin: 'nitrofurantoin', flagyl: 'metronidazole', bactrim: 'sulfamethoxazole and trimethoprim',
  septra: 'sulfamethoxazole and trimethoprim', cipro: 'ciprofloxacin', levaquin: 'levofloxacin', zithromax: 'azithromycin',
  'z-pak': 'azithromycin', zpak: 'azithromycin', augmentin: 'amoxicillin and clavulanic acid', keflex: 'cephalexin',
  cleocin: 'clindamycin', vibramycin: 'doxycycline', bactroban: 'mupirocin', stromectol: 'ivermectin',
  lotrimin: 'clotrimazole', monistat: 'miconazole', elimite: 'permethrin',
  // Skin, hair, bones, joints, immunity.
  accutane: 'isotretinoin', 'retin-a': 'tretinoin', rogaine: 'minoxidil', zyloprim: 'allopurinol', colcrys: 'colchicine',
  plaquenil: 'hydroxychloroquine', humira: 'adalimumab', enbrel: 'etanercept', trexall: 'methotrexate', fosamax: 'alendronate',
  evista: 'raloxifene', prograf: 'tacrolimus', neoral: 'cyclosporine', sandimmune: 'cyclosporine', deltasone: 'prednisone',
  kenalog: 'triamcinolone', cortef: 'hydrocortisone',
  // Urology, sexual and reproductive health, hormones, cancer.
  flomax: 'tamsulosin', proscar: 'finasteride', propecia: 'finasteride', viagra: 'sildenafil', revatio: 'sildenafil',
  cialis: 'tadalafil', ditropan: 'oxybutynin', detrol: 'tolterodine', myrbetriq: 'mirabegron', clomid: 'clomiphene',
  femara: 'letrozole', arimidex: 'anastrozole', nolvadex: 'tamoxifen', provera: 'medroxyprogesterone',
  'depo-provera': 'medroxyprogesterone', 'plan b': 'levonorgestrel', mirena: 'levonorgestrel intrauterine system',
  nuvaring: 'ethinyl estradiol and etonogestrel vaginal ring',
};

// Longest names first, so "Depo-Provera" is read before "Provera".
const NAMES = Object.keys(BRANDS)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/-/g, '[- ]?'))
  .join('|');
// A brand is a whole word: not inside another word, nor followed by a hyphen or an apostrophe.
const BRAND = new RegExp(`(?<![\\p{L}\\p{N}'-])(${NAMES})(?![\\p{L}\\p{N}]|-\\p{L})`, 'giu');

const keyOf = (name: string): string => {
  const k = name.toLowerCase();
  return BRANDS[k] !== undefined ? k : Object.keys(BRANDS).find((b) => b.replace(/[- ]/g, '') === k.replace(/[- ]/g, '')) ?? k;
};

/** The query with the generic name added after each brand name it uses, unless the query names it. */
export function rewriteBrandNames(raw: string): LayRewrite {
  const rewrites: { from: string; to: string }[] = [];
  const lower = raw.toLowerCase();
  const text = raw.replace(BRAND, (from: string) => {
    const generic = BRANDS[keyOf(from)];
    // "Topiramate (Topamax)": the generic name is there already.
    if (generic === undefined || lower.includes(generic)) return from;
    rewrites.push({ from, to: generic });
    return `${from} (${generic})`;
  });
  return { text, rewrites };
}

/** Generic name (lower case) → the brands in the table that stand for it. */
const BY_GENERIC: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [brand, generic] of Object.entries(BRANDS)) m.set(generic, [...(m.get(generic) ?? []), brand]);
  return m;
})();

/**
 * The brand names of a medicine leaflet, given the names it is filed under ("Diphenhydramine",
 * "Metronidazole Oral" and its plain "Metronidazole"). MedQuAD keeps each leaflet's question
 * "What are the brand names of X?" but leaves its answer out, so "Benadryl" reached only the
 * encyclopedia's overdose page, whose synonyms list it, and "is Benadryl safe while pregnant" found
 * Diphenhydramine overdose before the leaflet's precautions.
 */
export function leafletBrands(names: readonly string[], questionType: string | null): string[] {
  if (questionType === null || !LEAFLET_TYPES.has(questionType)) return [];
  const out = new Set<string>();
  // A brand of several words or a hyphen ("Gas-X", "Plan B") would file the leaflet under "gas" or "plan".
  for (const n of names) for (const b of BY_GENERIC.get(n.trim().toLowerCase()) ?? []) if (/^\p{L}+$/u.test(b)) out.add(b);
  return [...out];
}

/** The table as pairs: leaflets' focus fields hold it, so a saved index's fingerprint does too. */
export function brandTable(): readonly (readonly [string, string])[] {
  return Object.entries(BRANDS);
}
