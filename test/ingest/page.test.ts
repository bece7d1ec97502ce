import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Consultation } from '../../src/domain/consultation.js';
import { ImportError } from '../../src/domain/errors.js';
import { consultationId, consultationSlug } from '../../src/domain/identity.js';
import type { KnowledgeSnippet, Topic } from '../../src/domain/topic.js';
import { pageImporter } from '../../src/ingest/page/index.js';
import type { ImportItem } from '../../src/ingest/types.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'pages');
const seeds = path.resolve(repoRoot, '..', 'shared', 'seeds');

function parseText(text: string, name = 'inline.txt'): ImportItem {
  const items = pageImporter.parse({ path: name, name, text });
  assert.equal(items.length, 1, 'a page gives exactly one item');
  return items[0] as ImportItem;
}

function parseFile(dir: string, name: string): ImportItem {
  return parseText(readFileSync(path.join(dir, name), 'utf8'), name);
}

function consultationOf(item: ImportItem): { consultation: Consultation; topics: Topic[] } {
  if (item.kind !== 'consultation') assert.fail(`expected a consultation, got ${item.kind}`);
  return item;
}

function snippetsOf(item: ImportItem): { topic: Topic; sourceFile: string; snippets: KnowledgeSnippet[] } {
  if (item.kind !== 'snippets') assert.fail(`expected snippets, got ${item.kind}`);
  return item;
}

function assertImportError(text: string, message: RegExp, line: number | null): void {
  assert.throws(
    () => pageImporter.parse({ path: 'bad.txt', name: 'bad.txt', text }),
    (error: unknown) => {
      assert.ok(error instanceof ImportError, `expected ImportError, got ${String(error)}`);
      assert.match(error.message, message);
      assert.equal(error.line, line);
      return true;
    },
  );
}

describe('page importer: a full page', () => {
  const { consultation: c, topics } = consultationOf(parseFile(fixtures, 'full-page.txt'));
  const question = [
    'Hello doctor, for about three months I have had a sharp pain under my right heel.',
    'It is worst with the first steps after getting out of bed and eases after a few minutes of walking.',
    'My sister saw Dr. Lin for a similar problem and was told to stretch, but my pain has not improved.',
    'Should I get an X-ray, or is this likely to settle on its own?',
  ].join('\n');

  test('title, question and identity', () => {
    assert.equal(c.title, 'Heel pain in the morning');
    assert.equal(c.question, question);
    const id = consultationId('Mei, from Tainan', '2021-07-15', question);
    assert.equal(c.id, id);
    assert.equal(c.slug, `heel-pain-in-the-morning-${id.slice(0, 8)}`);
    assert.deepEqual(c.source, { format: 'page', file: 'full-page.txt', url: null });
    assert.equal(pageImporter.format, 'page');
  });

  test('asker line with commas in the nickname', () => {
    assert.deepEqual(c.asker, { nickname: 'Mei, from Tainan', ageRange: '40~49', sex: 'female' });
    assert.equal(c.askedOn, '2021-07-15');
  });

  test('reply: header doctor, department, re-joined lines, signature kept, affiliation', () => {
    assert.equal(c.reply.doctorName, 'Huang Meiling');
    assert.equal(c.reply.department, 'Orthopedics');
    assert.equal(c.reply.repliedOn, '2021-07-16');
    assert.equal(c.reply.affiliation, 'Riverside Medical Center');
    const lines = c.reply.text.split('\n');
    assert.equal(lines.length, 6);
    assert.equal(lines[0], 'Hello Ms. Mei,');
    assert.equal(lines[5], 'Dr. Mei-Ling Huang, Department of Orthopedics, Riverside Medical Center');
    assert.match(lines[1] ?? '', /^Pain under the heel .* sole of the foot\.$/);
  });

  test('More Info keeps paragraphs and re-joins "Dr." breaks', () => {
    assert.equal(
      c.moreInfo,
      [
        'Plantar fasciitis is one of the most common causes of heel pain in adults.',
        'Stretching the calf and the sole before getting up, wearing cushioned shoes, and replacing worn-out footwear are simple first steps.',
        'If symptoms continue, a physical therapist or a specialist such as Dr. Huang can suggest further options.',
      ].join('\n'),
    );
  });

  test('Similar Q&A entries, including a two-line question excerpt', () => {
    assert.deepEqual(c.similar, [
      {
        title: 'Heel Pain After Running: When to Rest',
        questionExcerpt:
          'I started running three times a week and now the back of my heel hurts after each run. Should I stop completely...',
        doctorName: 'Chen Yuting',
        department: 'Rehabilitation',
        replyExcerpt:
          'Hello: Pain at the back of the heel after running often comes from the Achilles tendon. Reduce your distance for a while and...',
        targetId: null,
      },
      {
        title: 'Does Standing All Day Cause Foot Pain?',
        questionExcerpt:
          'I work in a shop and stand for eight hours a day.\nBy evening both of my arches ache. Is this a sign of flat feet...',
        doctorName: 'Huang Meiling',
        department: 'Orthopedics',
        replyExcerpt:
          'Hello, long hours of standing can tire the muscles that support the arch. Supportive insoles may help.',
        targetId: null,
      },
    ]);
  });

  test('Related FAQ: department line skipped, topics in order, nested parentheses', () => {
    const expected = [
      ['heel-pain-orthopedics', 'Heel Pain', 'Orthopedics'],
      ['plantar-fasciitis-orthopedics', 'Plantar Fasciitis', 'Orthopedics'],
      ['achilles-tendinitis-rehabilitation', 'Achilles Tendinitis', 'Rehabilitation'],
      ['flat-feet-children-orthopedics', 'Flat Feet (Children)', 'Orthopedics'],
    ] as const;
    assert.deepEqual(
      topics,
      expected.map(([id, title, department]) => ({
        id,
        slug: id,
        title,
        department,
        kind: 'faq',
        concept: null,
        source: { organisation: null, url: null, file: null },
      })),
    );
    assert.deepEqual(c.topicIds, expected.map(([id]) => id));
  });

  test('a matching "Ms." greeting raises no flag', () => {
    assert.deepEqual(c.flags, []);
  });
});

describe('page importer: quality rules on pages', () => {
  test('salutation mismatch flagged; sign-off without an institution gives no affiliation', () => {
    const { consultation: c, topics } = consultationOf(parseFile(fixtures, 'salutation-mismatch.txt'));
    assert.deepEqual(c.flags, [
      { kind: 'salutation-mismatch', detail: 'reply greets "Madam" but the asker is recorded as male' },
    ]);
    assert.equal(c.asker.sex, 'male');
    assert.equal(c.reply.affiliation, null);
    assert.equal(c.reply.text.split('\n').at(-1), 'Dr. Wu, Dermatology Department, wishes you smooth skin.');
    // Optional sections absent.
    assert.equal(c.moreInfo, null);
    assert.deepEqual(c.similar, []);
    assert.deepEqual(c.topicIds, []);
    assert.deepEqual(topics, []);
  });

  test('artifact title replaced by the opening question, slug follows the new title', () => {
    const { consultation: c } = consultationOf(parseFile(fixtures, 'title-repairable.txt'));
    const title = 'Can ringing in the ears after a loud concert become permanent?';
    assert.equal(c.title, title);
    assert.equal(c.slug, consultationSlug(title, c.id));
    assert.ok(c.slug.startsWith('can-ringing-in-the-ears-'));
    // "Hello Sir" to a male asker is consistent, so the repair is the only flag.
    assert.deepEqual(c.flags, [
      { kind: 'title-repaired', detail: 'original title: "I apologize, but I cannot determine the"' },
    ]);
    assert.deepEqual(c.topicIds, ['tinnitus-otolaryngology']);
  });

  test('artifact title kept and flagged when the question does not open with a question', () => {
    const { consultation: c } = consultationOf(parseFile(fixtures, 'title-unrepairable.txt'));
    assert.equal(c.title, 'As an AI language model, I');
    assert.equal(c.flags.length, 1);
    assert.equal(c.flags[0]?.kind, 'title-artifact');
    assert.match(c.flags[0]?.detail ?? '', /AI model/);
    // An unrecognised sex word is recorded as unknown, which no greeting can contradict.
    assert.deepEqual(c.asker, { nickname: 'Kai', ageRange: '50~59', sex: 'unknown' });
  });

  test('"Mr." stranded at a line end in the question is re-joined', () => {
    const page = [
      'Knee swelling',
      'My coach, Mr.',
      'Diaz, told me to rest after my knee swelled. Is that enough?',
      'ana, 20~29 year old female. Ask Date: 2022/1/9',
      'Dr. Ko Wen reply Orthopedics',
      'Hello: rest, ice and elevation are reasonable first steps; see a clinic if it is not better in a few days.',
      'Reply Date: 2022/01/10',
    ].join('\r\n');
    const { consultation: c } = consultationOf(parseText(page));
    assert.equal(c.question, 'My coach, Mr. Diaz, told me to rest after my knee swelled. Is that enough?');
    assert.equal(c.askedOn, '2022-01-09');
    assert.deepEqual(c.flags, []);
  });
});

describe('page importer: snippet pages', () => {
  test('topic named by the first definitional sentence', () => {
    const item = snippetsOf(parseFile(fixtures, 'snippets-defined.txt'));
    assert.equal(item.topic.title, 'Cluster Headache');
    assert.equal(item.topic.id, 'cluster-headache');
    assert.equal(item.topic.slug, 'cluster-headache');
    assert.equal(item.topic.kind, 'faq');
    assert.equal(item.topic.department, null);
    assert.equal(item.sourceFile, 'snippets-defined.txt');
    assert.equal(item.snippets.length, 6);
    assert.deepEqual(item.snippets[3], {
      topicId: 'cluster-headache',
      sourceFile: 'snippets-defined.txt',
      position: 4,
      text: 'During an attack the eye may water and the nostril on the same side may run or feel blocked.',
    });
  });

  test('without a definition, the most frequent content phrase names the topic', () => {
    const item = snippetsOf(parseFile(fixtures, 'snippets-phrase.txt'));
    assert.equal(item.topic.title, 'Dry Eye');
    assert.equal(item.topic.id, 'dry-eye');
    assert.deepEqual(
      item.snippets.map((s) => s.position),
      [1, 2, 3, 4, 5],
    );
  });

  test('with no words a slug can spell, the file name names the topic', () => {
    const item = snippetsOf(parseText('頭痛很常見。\n多休息。', 'notes-7.txt'));
    assert.equal(item.topic.title, 'notes-7');
    assert.equal(item.topic.id, 'notes-7');
    assert.equal(item.snippets.length, 2);
  });
});

describe('page importer: errors', () => {
  const asker = 'bo, 30~39 year old male. Ask Date: 2020/01/02';
  const header = 'Dr. Yang Li reply Cardiology';

  test('empty and whitespace-only files', () => {
    assertImportError('', /^file is empty$/, null);
    assertImportError(' \n\t\n  ', /^file is empty$/, null);
  });

  test('asker line but no reply header', () => {
    assertImportError(['Palpitations', 'My heart races at night. Why?', asker, 'Some text'].join('\n'), /page has no reply/, 4);
    assertImportError(['Palpitations', 'My heart races at night. Why?', asker].join('\n'), /page has no reply/, 4);
  });

  test('reply header without a Reply Date line', () => {
    assertImportError(
      ['Palpitations', 'My heart races at night. Why?', asker, header, 'Please see a cardiologist.', 'More Info', 'Text'].join('\n'),
      /reply on line 4 has no "Reply Date/,
      4,
    );
  });

  test('malformed dates', () => {
    const bad = 'bo, 30~39 year old male. Ask Date: 2020/13/02';
    assertImportError(['Palpitations', 'Why?', bad, header, 'Hi.', 'Reply Date: 2020/01/03'].join('\n'), /malformed Ask Date "2020\/13\/02"/, 3);
    assertImportError(['Palpitations', 'Why?', asker, header, 'Hi.', 'Reply Date: soon'].join('\n'), /malformed Reply Date "soon"/, 6);
  });

  test('question and reply without an asker line', () => {
    assertImportError(['Palpitations', 'My heart races at night. Why?', header, 'Hi.', 'Reply Date: 2020/01/03'].join('\n'), /no asker line/, 3);
  });

  test('text after the reply date outside any section', () => {
    assertImportError(['Palpitations', 'Why?', asker, header, 'Hi.', 'Reply Date: 2020/01/03', 'stray'].join('\n'), /unexpected text after the Reply Date/, 7);
  });

  test('incomplete Similar Q&A entry', () => {
    const page = ['Palpitations', 'Why?', asker, header, 'Hi.', 'Reply Date: 2020/01/03', 'Similar Q&A', 'A title', 'An excerpt...', header, 'A reply without its marker'];
    assertImportError(page.join('\n'), /Similar Q&A entry starting on line 8 has no reply excerpt/, 8);
  });
});

test('the seed pages in ../shared/seeds', (t) => {
  if (!existsSync(seeds)) {
    t.skip('../shared/seeds is absent');
    return;
  }
  const names = readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort();
  const items = new Map(names.map((name) => [name.slice(0, 3), parseFile(seeds, name)] as const));
  assert.equal([...items.values()].filter((item) => item.kind === 'consultation').length, 4);
  assert.equal([...items.values()].filter((item) => item.kind === 'snippets').length, 1);

  const page = (key: string): Consultation => consultationOf(items.get(key) as ImportItem).consultation;
  const askers = {
    '000': [{ nickname: 'mon', ageRange: '20~29', sex: 'female' }, '2016-01-03'],
    '001': [{ nickname: 'Travis', ageRange: '10~19', sex: 'female' }, '2022-05-02'],
    '002': [{ nickname: 'KEVIN', ageRange: '30~39', sex: 'female' }, '2018-03-08'],
    '004': [{ nickname: 'grace', ageRange: '20~29', sex: 'female' }, '2000-12-05'],
  } as const;
  for (const [key, [asker, askedOn]] of Object.entries(askers)) {
    assert.deepEqual(page(key).asker, asker, key);
    assert.equal(page(key).askedOn, askedOn, key);
  }

  const p001 = page('001');
  assert.equal(p001.reply.doctorName, 'Jiang Junyi');
  assert.equal(p001.reply.department, 'Neurology');
  assert.equal(p001.reply.affiliation, 'Taoyuan Hospital');
  assert.ok(p001.reply.text.startsWith('Hello Mr. Travis,\n'));
  assert.deepEqual(p001.flags.map((f) => f.kind), ['salutation-mismatch']);
  assert.equal(page('002').reply.affiliation, null);
  assert.deepEqual(page('000').flags, []);
  assert.deepEqual(page('002').flags, []);

  const p004 = page('004');
  assert.equal(p004.title, 'Is the intermittent twitching of the left side of the face a sign of facial nerve paralysis?');
  assert.deepEqual(p004.flags, [{ kind: 'title-repaired', detail: `original title: "I'm sorry, but it seems that"` }]);

  const p000 = page('000');
  assert.equal(p000.similar.length, 4);
  assert.equal(p000.topicIds.length, 9);
  const twin = p000.similar.find((link) => link.questionExcerpt === p004.question);
  assert.ok(twin, "000 lists 004's question among its Similar Q&A");
  assert.equal(twin.replyExcerpt, p004.reply.text);

  const snippets = snippetsOf(items.get('003') as ImportItem);
  assert.equal(snippets.topic.title, 'Hemifacial Spasm');
  assert.equal(snippets.snippets.length, 25);
});
