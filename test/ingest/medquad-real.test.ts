import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { MedquadDocument } from '../../src/ingest/medquad/index.js';
import { parse, qa } from '../support/medquad.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const medquadDir = path.resolve(repoRoot, '..', 'shared', 'data', 'medquad');

test('the real MedQuAD: every file parses into 47,457 uniquely-identified QA pairs', (t) => {
  if (!existsSync(medquadDir)) {
    t.skip('../shared/data/medquad is absent');
    return;
  }
  const files = readdirSync(medquadDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(path.join(medquadDir, folder.name))
        .filter((name) => name.endsWith('.xml'))
        .map((name) => path.join(medquadDir, folder.name, name)),
    );
  const texts = files.map((file) => readFileSync(file, 'utf8'));

  const started = performance.now();
  const docs = new Map<string, MedquadDocument>();
  files.forEach((file, index) => {
    const relative = path.relative(medquadDir, file).split(path.sep).join('/');
    docs.set(relative, parse(texts[index] ?? '', file));
  });
  const parseMs = performance.now() - started;
  t.diagnostic(`parsed ${files.length} files in ${Math.round(parseMs)} ms`);

  const all = [...docs.values()];
  const qas = all.flatMap((d) => d.qas);
  assert.equal(files.length, 11274);
  assert.equal(qas.length, 47457);
  assert.equal(new Set(qas.map((q) => q.id)).size, 47457);
  assert.equal(new Set(all.map((d) => d.topic.id)).size, 11274);
  assert.equal(new Set(all.map((d) => d.topic.slug)).size, 11274);

  const get = (relative: string): MedquadDocument => {
    const doc = docs.get(relative);
    assert.ok(doc, relative);
    return doc;
  };
  /** Each pair as [id, question type, question], the columns the expected tables below list. */
  const pairs = (doc: ReturnType<typeof get>): string[][] => doc.qas.map((q) => [q.id, q.questionType, q.question]);

  const polycythemia = get('1_CancerGov_QA/0000013_2_1.xml');
  assert.equal(polycythemia.topic.id, 'CancerGov_0000013_2_1');
  assert.equal(polycythemia.topic.title, 'Polycythemia Vera');
  assert.deepEqual(polycythemia.topic.concept?.cuis, ['C0032463']);
  assert.deepEqual(
    pairs(polycythemia),
    [
      ['CancerGov_0000013_2_1_Sec1', 'information', 'What is (are) Polycythemia Vera ?'],
      ['CancerGov_0000013_2_1_Sec2', 'symptoms', 'What are the symptoms of Polycythemia Vera ?'],
      ['CancerGov_0000013_2_1_Sec3', 'exams and tests', 'How to diagnose Polycythemia Vera ?'],
      ['CancerGov_0000013_2_1_Sec4', 'treatment', 'What are the treatments for Polycythemia Vera ?'],
    ],
  );
  assert.match(qa(polycythemia, 1).answer, /^Key Points\n/);
  assert.equal(get('1_CancerGov_QA/0000013_2.xml').topic.id, 'CancerGov_0000013_2');
  assert.equal(get('1_CancerGov_QA/0000013_2.xml').topic.title, 'Chronic Myeloproliferative Neoplasms');

  const lipid = get('6_NINDS_QA/0000182.xml');
  assert.equal(lipid.topic.title, 'Lipid Storage Diseases');
  assert.equal(lipid.topic.source.url, 'http://www.ninds.nih.gov/disorders/lipid_storage_diseases/lipid_storage_diseases.htm');
  assert.deepEqual(lipid.topic.concept?.cuis, []);
  assert.equal(lipid.topic.concept?.semanticGroup, null);
  assert.deepEqual(
    pairs(lipid),
    [
      ['NINDS_0000182_Sec1', 'information', 'what are lipid storage diseases?'],
      ['NINDS_0000182_Sec2', 'treatment', 'is there any treatment for Lipid Storage Diseases ?'],
      ['NINDS_0000182_Sec3', 'outlook', 'what is the prognosis for Lipid Storage Diseases ?'],
      ['NINDS_0000182_Sec4', 'research', 'what research is being done for Lipid Storage Diseases ?'],
    ],
  );

  const taeniasis = get('9_CDC_QA/0000397.xml');
  assert.equal(taeniasis.topic.id, 'CDC_0000397');
  assert.equal(taeniasis.topic.title, 'Parasites - Taeniasis');
  assert.equal(taeniasis.topic.source.url, 'http://www.cdc.gov/parasites/taeniasis/');
  assert.deepEqual(
    taeniasis.qas.map((q) => [q.id, q.questionType]),
    [
      ['CDC_0000397_Sec1', 'information'],
      ['CDC_0000397_Sec2', 'susceptibility'],
      ['CDC_0000397_Sec3', 'exams and tests'],
      ['CDC_0000397_Sec4', 'treatment'],
      ['CDC_0000397_Sec5', 'prevention'],
    ],
  );
  assert.equal(qa(taeniasis, 3).question, 'How to diagnose Parasites - Taeniasis ?');
  assert.match(qa(taeniasis, 2).answer, /Persons who don't eat raw or undercooked beef or pork/);

  const trials = get('10_MPlus_ADAM_QA/0000001.xml');
  assert.equal(trials.qas.length, 5);
  assert.ok(trials.qas.every((q) => q.answer === ''));
  assert.equal(qa(trials, 4).id, 'ADAM_0000001_Sec4');
  assert.equal(qa(trials, 4).questionType, 'research');
  assert.deepEqual(trials.topic.concept?.synonyms, ['Intervention study']);
  assert.equal(trials.topic.concept?.category, 'Disease');

  assert.deepEqual(get('2_GARD_QA/0006190.xml').topic.concept?.synonyms, [
    'Nonphotosensitive trichothiodystrophy',
    'TTDN1',
    'Trichothiodystrophy',
    'IBIDS syndrome',
  ]);
  assert.match(qa(get('2_GARD_QA/0000034.xml'), 3).answer, /low serum copper \(<10 ug\/dL\), low serum iron \(< 45 ug\/dL\)/);
  assert.match(qa(get('2_GARD_QA/0001717.xml'), 2).answer, /book=gene&part=hyper-card/);
  assert.deepEqual(get('5_NIDDK_QA/0000056.xml').qas, []);
  assert.equal(qa(get('12_MPlusHerbsSupplements_QA/0000001.xml'), 1).id, 'MPlusHerbsSuppls_0000001_Sec1');

  const byPrefix = new Map<string, number>();
  for (const q of qas) {
    const prefix = q.id.slice(0, q.id.indexOf('_'));
    byPrefix.set(prefix, (byPrefix.get(prefix) ?? 0) + 1);
  }
  // Pair counts per folder, as `grep -ci '<qapair \|<pair '` gives them.
  assert.deepEqual(Object.fromEntries([...byPrefix].sort(([a], [b]) => a.localeCompare(b, 'en'))), {
    ADAM: 17348,
    CancerGov: 729,
    CDC: 270,
    GARD: 5394,
    GHR: 5430,
    MPlusDrugs: 12889,
    MPlusHealthTopics: 981,
    MPlusHerbsSuppls: 792,
    NHLBI: 559,
    NIDDK: 1192,
    NIHSeniorHealth: 769,
    NINDS: 1104,
  });
});
