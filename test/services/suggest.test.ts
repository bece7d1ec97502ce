import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ImportService } from '../../src/services/import-service.js';
import { SearchService } from '../../src/services/search-service.js';
import { tempDir, tempStore } from '../support/tmp.js';

/** A MedQuAD-format document with one pair; several sources ask the same question. */
const doc = (id: string, source: string, focus: string, qtype: string, question: string, answer: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<Document id="${id}" source="${source}" url="https://example.org/${id}">
<Focus>${focus}</Focus>
<QAPairs><QAPair pid="1"><Question qid="${id}-1" qtype="${qtype}">${question}</Question><Answer>${answer}</Answer></QAPair></QAPairs>
</Document>`;

test('suggestions complete the word being typed and show a question asked by several sources once', async () => {
  const dir = tempDir();
  const files = {
    'a.xml': doc('0000201', 'NHLBI', 'Shingles', 'symptoms', 'What are the symptoms of Shingles ?', 'A painful, blistering rash on one side of the body.'),
    'b.xml': doc('0000202', 'MPlusHealthTopics', 'Shingles', 'symptoms', 'What are the symptoms of Shingles ?', 'Pain, then a rash of blisters that scab over.'),
    'c.xml': doc('0000203', 'NIHSeniorHealth', 'Shingles', 'prevention', 'How to prevent Shingles ?', 'A vaccine lowers the chance of getting shingles.'),
    'd.xml': doc('0000204', 'GARD', 'Somatic symptom disorder', 'symptoms', 'What are the symptoms of Somatic symptom disorder ?', 'Distress about symptoms.'),
  };
  for (const [name, xml] of Object.entries(files)) writeFileSync(join(dir, name), xml);
  const { store } = tempStore();
  const report = await new ImportService(store).importPaths(Object.keys(files).map((n) => join(dir, n)), { format: 'auto' });
  assert.deepEqual(report.failures, []);
  const search = await SearchService.open(store);

  // Titles are shown as readableQuestion shows them: no space before the mark.
  const titles = (await search.suggest('symptoms of shin', 6)).items.map((s) => s.title);
  assert.equal(titles[0], 'What are the symptoms of Shingles?');
  assert.equal(titles.filter((t) => t === 'What are the symptoms of Shingles?').length, 1);
  assert.ok(titles.includes('How to prevent Shingles?'));
  // A trailing space ends the word: "shin" is then matched as it stands, and matches nothing.
  const finished = (await search.suggest('symptoms of shin ', 6)).items.map((s) => s.title);
  assert.equal(finished[0], 'What are the symptoms of Somatic symptom disorder?');
  // The search page itself still lists every source's answer.
  const page = await search.search({ q: 'symptoms of shingles', page: 1, limit: 10 });
  assert.equal(page.results.filter((r) => r.title.text === 'What are the symptoms of Shingles?').length, 2);
});
