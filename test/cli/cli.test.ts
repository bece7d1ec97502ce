import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { DEMO_PAGES } from '../../src/services/demo-service.js';
import { tempDir } from '../support/tmp.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pages');
const run = (...args: string[]): Promise<number> => main(['node', 'askdoc', ...args]);

const MEDQUAD_DOC = `<?xml version="1.0" encoding="UTF-8"?>
<Document id="0000007" source="NIDDK" url="https://example.org/niddk/7">
<Focus>Invented kidney condition</Focus>
<FocusAnnotations><UMLS><CUIs><CUI>C0000001</CUI></CUIs><SemanticTypes><SemanticType>T047</SemanticType></SemanticTypes><SemanticGroup>Disorders</SemanticGroup></UMLS>
<Synonyms><Synonym>IKC</Synonym></Synonyms></FocusAnnotations>
<QAPairs>
<QAPair pid="1"><Question qid="0000007-1" qtype="information">What is (are) Invented kidney condition ?</Question><Answer>A condition invented for tests &amp; nothing else.</Answer></QAPair>
<QAPair pid="3"><Question qid="0000007-3" qtype="treatment">What are the treatments for Invented kidney condition ?</Question><Answer></Answer></QAPair>
</QAPairs></Document>`;

test('export → import into an empty store → export reproduces the archive byte for byte', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'doc.xml'), MEDQUAD_DOC);
  const first = join(dir, 'first.sqlite');
  const second = join(dir, 'second.sqlite');
  assert.equal(await run('import', DEMO_PAGES, FIXTURES, join(dir, 'doc.xml'), '--db', first), 0);
  assert.equal(await run('export', '--db', first, '--out', join(dir, 'a.jsonl')), 0);
  assert.equal(await run('import', join(dir, 'a.jsonl'), '--db', second), 0);
  assert.equal(await run('export', '--db', second, '--out', join(dir, 'b.jsonl')), 0);
  const a = readFileSync(join(dir, 'a.jsonl'));
  const b = readFileSync(join(dir, 'b.jsonl'));
  assert.ok(a.length > 10_000, 'the export holds the whole archive');
  assert.equal(Buffer.compare(a, b), 0);
  // Every record type made it through.
  const types = new Set(a.toString('utf8').trim().split('\n').map((l) => (JSON.parse(l) as { type: string }).type));
  assert.deepEqual([...types].sort(), ['consultation', 'snippet', 'topic', 'trusted_qa']);
});

test('invalid configuration stops start-up with a message naming the variable', async () => {
  const errors: string[] = [];
  const original = console.error;
  console.error = (msg: string) => errors.push(msg);
  try {
    assert.equal(await run('serve', '--db', join(tempDir(), 'x.sqlite'), '--port', 'eighty'), 1);
    process.env.PORT = '70000';
    assert.equal(await run('stats', '--db', join(tempDir(), 'y.sqlite')), 1);
  } finally {
    console.error = original;
    delete process.env.PORT;
  }
  assert.match(errors[0] ?? '', /PORT: must be a whole number/);
  assert.match(errors[1] ?? '', /PORT: must be a whole number.*70000/);
});

test('import exits non-zero when a file fails, and unknown --format values are refused', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'empty.txt'), '');
  const logs: string[] = [];
  const original = console.log;
  console.log = (msg: string) => logs.push(msg);
  try {
    assert.equal(await run('import', join(dir, 'empty.txt'), '--db', join(dir, 'db.sqlite')), 1);
  } finally {
    console.log = original;
  }
  assert.match(logs.join('\n'), /failed 1 .*\nfailed: .*empty\.txt: file is empty/s);
  const stderrWrite = process.stderr.write;
  process.stderr.write = () => true;
  try {
    assert.notEqual(await run('import', dir, '--format', 'pdf', '--db', join(dir, 'db.sqlite')), 0);
  } finally {
    process.stderr.write = stderrWrite;
  }
});
