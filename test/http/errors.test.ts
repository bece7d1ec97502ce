import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ErrorBody } from '../../src/http/api/schemas.js';
import { buildApp } from '../../src/http/app.js';
import { ArchiveService } from '../../src/services/archive-service.js';
import { openFixtureArchive } from '../support/http-fixtures.js';
import { openTestApp, type TestApp, textOf } from '../support/http-app.js';

describe('error responses', () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp();
  });
  after(() => t.close());

  async function apiError(url: string, status: number): Promise<{ id: string; message: string }> {
    const res = await t.app.inject(url);
    assert.equal(res.statusCode, status, url);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    return ErrorBody.parse(res.json()).error;
  }

  async function pageError(url: string, status: number): Promise<string> {
    const res = await t.app.inject(url);
    assert.equal(res.statusCode, status, url);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    return res.body;
  }

  it('an unknown page gets a "Page not found" page with a link home', async () => {
    const page = await pageError('/no/such/page', 404);
    assert.ok(page.includes('<h1>Page not found</h1>'));
    assert.ok(page.includes('<a href="/">Go to the home page</a>'));
    assert.ok(page.includes('<nav aria-label="Main">'), 'inside the normal layout');
  });

  it('an unknown API path gets JSON with the stable id not_found', async () => {
    const error = await apiError('/api/no-such-thing', 404);
    assert.equal(error.id, 'not_found');
    assert.match(error.message, /GET \/api\/no-such-thing/);
  });

  it('a missing consultation, topic, department or answer is a 404 in both forms', async () => {
    const page = await pageError('/consultations/no-such-consultation', 404);
    assert.ok(page.includes('<h1>Page not found</h1>'));
    assert.ok(textOf(page).includes('consultation "no-such-consultation" was not found'));
    assert.deepEqual(await apiError('/api/consultations/no-such-consultation', 404), {
      id: 'not_found',
      message: 'consultation "no-such-consultation" was not found',
    });
    assert.equal((await apiError('/api/topics/no-such-topic', 404)).id, 'not_found');
    assert.equal((await apiError('/api/departments/no-such-department', 404)).id, 'not_found');
    assert.equal((await apiError('/api/answers/GHR_0000000_Sec9', 404)).id, 'not_found');
    await pageError('/answers/GHR_0000000_Sec9', 404);
    await pageError('/topics/no-such-topic', 404);
    await pageError('/departments/no-such-department', 404);
  });

  it('a bad page number is a 400 that names page', async () => {
    for (const bad of ['abc', '0', '-1', '1.5', '', '1e3']) {
      const page = await pageError(`/departments/orthopedics?page=${bad}`, 400);
      assert.ok(textOf(page).includes('page: must be a whole number ≥ 1'), `page=${bad}`);
    }
    const repeated = await pageError('/topics?page=1&page=2', 400);
    assert.ok(textOf(repeated).includes('page: must be a whole number ≥ 1'));
    assert.deepEqual(await apiError('/api/consultations?page=0', 400), {
      id: 'invalid_input',
      message: 'page: must be a whole number ≥ 1',
    });
  });

  it('a limit outside 1..100 is a 400 that names limit', async () => {
    for (const bad of ['0', '101', 'ten', '1000']) {
      assert.deepEqual(await apiError(`/api/consultations?limit=${bad}`, 400), {
        id: 'invalid_input',
        message: 'limit: must be a whole number from 1 to 100',
      });
    }
    assert.equal((await apiError('/api/topics?limit=500', 400)).message, 'limit: must be a whole number from 1 to 100');
  });

  it('other bad parameters name their field', async () => {
    assert.ok(textOf(await pageError('/topics?kind=blog', 400)).includes('kind: must be faq or medquad'));
    assert.ok(textOf(await pageError('/topics?letter=AB', 400)).includes('letter: must be one letter or digit'));
    assert.equal((await apiError('/api/consultations/Not_A_Slug', 400)).message, 'slug: must be lowercase letters, digits and hyphens');
    assert.equal((await apiError('/api/topics?department=Bad%20Name', 400)).message, 'department: must be lowercase letters, digits and hyphens');
  });
});

describe('unexpected errors', () => {
  it('answer 500 with a generic message, never the error, and log the stack', async () => {
    const archive = await openFixtureArchive();
    const logged: string[] = [];
    const app = buildApp({
      archive: new ArchiveService(archive.store),
      baseUrl: null,
      logger: { level: 'error', stream: { write: (line: string) => logged.push(line) } },
    });
    // A closed database makes every read throw, as a failing disk would.
    await archive.close();
    try {
      const res = await app.inject('/api/stats');
      assert.equal(res.statusCode, 500);
      assert.deepEqual(ErrorBody.parse(res.json()), {
        error: { id: 'internal_error', message: 'An unexpected error occurred. Please try again later.' },
      });
      assert.ok(!res.body.includes('database'), 'the cause is not sent');
      const page = await app.inject('/');
      assert.equal(page.statusCode, 500);
      assert.ok(page.body.includes('<h1>Something went wrong</h1>'));
      assert.ok(!page.body.includes('database') && !page.body.includes('    at '), 'no message or stack in the page');
      const entries = logged.map((line) => JSON.parse(line) as { err?: { stack?: string } });
      assert.equal(entries.length, 2);
      assert.match(entries[0]?.err?.stack ?? '', /database connection is not open[\s\S]*\n\s+at /);
    } finally {
      await app.close();
    }
  });
});
