import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { aConsultation, aFaqTopic } from '../support/builders.js';
import { tempStore } from '../support/tmp.js';
import { latestVersion } from '../../src/store/sqlite/migrate.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';

test('opening a new file creates the schema at the latest version, in WAL mode with foreign keys on', async () => {
  const { store, file } = tempStore();
  await store.close();
  const db = new Database(file);
  const version = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number };
  assert.equal(version.v, latestVersion());
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  db.close();
  // Re-opening applies nothing twice.
  const again = SqliteStore.open(file);
  assert.equal((await again.stats()).consultations, 0);
  await again.close();
});

test('a saved consultation reads back equal, with its department and doctor', async () => {
  const { store } = tempStore();
  const topic = aFaqTopic('Knee Pain', 'Orthopedics');
  const c = aConsultation({
    topicIds: [topic.id],
    flags: [{ kind: 'salutation-mismatch', detail: 'reply greets "Ms." but the asker is recorded as male' }],
    similar: [
      { title: 'Elsewhere', questionExcerpt: 'Something else...', doctorName: 'X Y', department: 'Orthopedics', replyExcerpt: 'No...', targetId: null },
    ],
  });
  await store.topics.save(topic, 't');
  await store.consultations.save(c, 'h1');
  assert.deepEqual(await store.consultations.getBySlug(c.slug), c);
  assert.equal(await store.consultations.hashOf(c.id), 'h1');
  const departments = await store.departments.list();
  assert.deepEqual(departments, [{ slug: 'orthopedics', name: 'Orthopedics', consultations: 1, topics: 1 }]);
  const stats = await store.stats();
  assert.equal(stats.doctors, 1);
  assert.equal(stats.flaggedConsultations, 1);
  assert.equal(stats.unresolvedLinks, 1);
});

test('Similar Q&A links resolve by title or question excerpt, whichever page is stored first', async (t) => {
  const target = aConsultation({ title: 'Knee clicking on stairs', question: 'My knee clicks loudly every time I climb the stairs at work. Is this arthritis?' });
  const byTitle = {
    title: 'Knee clicking on stairs', questionExcerpt: 'unrelated words here...', doctorName: 'A', department: 'Orthopedics', replyExcerpt: '', targetId: null,
  };
  const byExcerpt = {
    title: 'A different headline', questionExcerpt: 'My knee clicks loudly every time I climb the...', doctorName: 'A', department: 'Orthopedics', replyExcerpt: '', targetId: null,
  };
  const tooShort = { ...byExcerpt, title: 'Other', questionExcerpt: 'My knee...' };
  const linking = aConsultation({ title: 'Hip ache', question: 'My hip aches after running.', similar: [byTitle, byExcerpt, tooShort] });

  for (const order of [[linking, target], [target, linking]]) {
    await t.test(`stored as ${order.map((c) => c.title).join(' then ')}`, async () => {
      const { store } = tempStore();
      for (const c of order) {
        await store.consultations.save(c, 'h');
        await store.consultations.resolveLinks(c.id);
      }
      const stored = await store.consultations.getById(linking.id);
      assert.deepEqual(stored?.similar.map((l) => l.targetId), [target.id, target.id, null]);
    });
  }
});

test('a transaction that throws leaves nothing behind', async () => {
  const { store } = tempStore();
  const c = aConsultation();
  await assert.rejects(
    store.transaction(async () => {
      await store.consultations.save(c, 'h');
      throw new Error('boom');
    }),
    /boom/,
  );
  assert.equal(await store.consultations.getById(c.id), null);
  assert.equal((await store.stats()).doctors, 0);
  // The connection is usable afterwards.
  await store.transaction(() => store.consultations.save(c, 'h'));
  assert.equal((await store.consultations.getById(c.id))?.id, c.id);
});

test('a Similar Q&A target that is removed becomes an unresolved reference again', async () => {
  const { store } = tempStore();
  const target = aConsultation({ title: 'Target page', question: 'A question long enough to be matched by its excerpt.' });
  const linking = aConsultation({
    title: 'Linking page', question: 'Another question entirely.',
    similar: [{ title: 'Target page', questionExcerpt: '', doctorName: 'A', department: 'Orthopedics', replyExcerpt: '', targetId: null }],
  });
  for (const c of [target, linking]) {
    await store.consultations.save(c, 'h');
    await store.consultations.resolveLinks(c.id);
  }
  assert.equal((await store.consultations.getById(linking.id))?.similar[0]?.targetId, target.id);
  assert.equal(await store.consultations.remove(target.id), true);
  assert.equal((await store.consultations.getById(linking.id))?.similar[0]?.targetId, null);
});

test('prune removes the Q&As a re-imported document no longer has', async () => {
  const { store } = tempStore();
  const topic = { ...aFaqTopic('Gout', null), id: 'GHR_0000009', slug: 'gout-ghr-0000009', kind: 'medquad' as const };
  await store.topics.save(topic, 't');
  for (const n of [1, 2, 3]) {
    await store.trustedQas.save(
      { id: `GHR_0000009_Sec${n}`, topicId: topic.id, position: n, question: `q${n}`, questionType: 'information', answer: 'a', sourceOrganisation: 'GHR', url: null },
      'h',
    );
  }
  assert.equal(await store.trustedQas.prune(topic.id, ['GHR_0000009_Sec1', 'GHR_0000009_Sec2']), 1);
  assert.deepEqual((await store.trustedQas.byTopic(topic.id)).map((q) => q.id), ['GHR_0000009_Sec1', 'GHR_0000009_Sec2']);
});

test('every write to what search indexes is logged, whichever path made it', async () => {
  const { store } = tempStore();
  assert.equal(await store.changes.head(), 0);
  const topic = aFaqTopic('Knee Pain', 'Orthopedics');
  await store.topics.save(topic, 't');
  const c = aConsultation({ topicIds: [topic.id] });
  await store.consultations.save(c, 'h');
  await store.consultations.save({ ...c, title: 'Edited title' }, 'h2');
  await store.consultations.remove(c.id);
  const log = await store.changes.since(0, 100);
  // Creating a topic is not logged (nothing indexed depends on it yet). Each save logs the row
  // and its one topic membership; readers replay by id, so the repeat costs nothing.
  assert.deepEqual(
    log.map((ch) => `${ch.entity}:${ch.op}`),
    ['consultation:upsert', 'consultation:upsert', 'consultation:upsert', 'consultation:upsert', 'consultation:delete'],
  );
  assert.ok(log.every((ch) => ch.id === c.id));
  assert.equal(await store.changes.head(), log[log.length - 1]?.seq);
  assert.deepEqual(await store.changes.since(log[2]?.seq ?? 0, 1), [log[3]]);
});

test("compacting the change log keeps each record's last change, so replay from any position still sees it", async () => {
  const { store } = tempStore();
  const topic = aFaqTopic('Knee Pain', 'Orthopedics');
  await store.topics.save(topic, 't');
  const a = aConsultation({ topicIds: [topic.id] });
  const b = aConsultation({ question: 'A second question about knee pain at night?', title: 'Second', topicIds: [topic.id] });
  await store.consultations.save(a, 'h');
  const position = await store.changes.head(); // a reader that has seen a's first save
  await store.consultations.save({ ...a, title: 'Edited title' }, 'h2');
  await store.consultations.save(b, 'hb');
  await store.consultations.remove(b.id);
  const before = await store.changes.since(0, 100);
  const head = await store.changes.head();

  const removed = await store.changes.compact();
  const after = await store.changes.since(0, 100);
  assert.equal(removed, before.length - 2, 'one entry left per record');
  assert.equal(await store.changes.head(), head);
  // Each record's entry is its last one, as it was logged.
  const lastOf = (id: string) => before.filter((ch) => ch.id === id).at(-1);
  assert.deepEqual(after, [lastOf(a.id), lastOf(b.id)]);
  assert.equal(lastOf(b.id)?.op, 'delete');
  // The reader at `position` still learns that a changed and b is gone.
  assert.deepEqual((await store.changes.since(position, 100)).map((ch) => `${ch.id}:${ch.op}`), [`${a.id}:upsert`, `${b.id}:delete`]);
  assert.equal(await store.changes.compact(), 0);
});

test('each database has its own identity, kept across re-opening', async () => {
  const a = tempStore('a.sqlite');
  const b = tempStore('b.sqlite');
  const idA = await a.store.identity();
  assert.match(idA, /^[0-9a-f]{32}$/);
  assert.notEqual(idA, await b.store.identity());
  await a.store.close();
  const again = SqliteStore.open(a.file);
  assert.equal(await again.identity(), idA);
  await again.close();
});
