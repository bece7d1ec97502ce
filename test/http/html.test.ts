import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, externalUrl, html, jsonForScript, paragraphs, raw } from '../../src/http/html.js';
import { importedExcerpt } from '../../src/http/presenters/common.js';

describe('html template', () => {
  it('escapes every interpolated string', () => {
    const name = `<img src=x onerror="alert('x')">&`;
    assert.equal(
      html`<p title="${name}">${name}</p>`.value,
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;</p>',
    );
  });

  it('keeps nested templates and raw() fragments as markup', () => {
    const inner = html`<b>${'a<b'}</b>`;
    assert.equal(html`<p>${inner}${raw('<br>')}</p>`.value, '<p><b>a&lt;b</b><br></p>');
  });

  it('joins arrays and renders nothing for false, null and undefined', () => {
    const items = ['x', '<y>'].map((s) => html`<li>${s}</li>`);
    assert.equal(html`<ul>${items}</ul>${false}${null}${undefined}${0}`.value, '<ul><li>x</li><li>&lt;y&gt;</li></ul>0');
  });

  it('escapeHtml handles all five special characters', () => {
    assert.equal(escapeHtml(`&<>"'`), '&amp;&lt;&gt;&quot;&#39;');
  });

  it('paragraphs gives one <p> per non-empty line', () => {
    assert.equal(paragraphs('one\n\n  two <3 \n').value, '<p>one</p><p>two &lt;3</p>');
  });
});

describe('externalUrl', () => {
  it('keeps http(s) URLs and drops script, data and malformed ones', () => {
    assert.equal(externalUrl('https://example.org/a?b=1'), 'https://example.org/a?b=1');
    assert.equal(externalUrl('javascript:alert(1)'), null);
    assert.equal(externalUrl('data:text/html,<p>'), null);
    assert.equal(externalUrl('not a url'), null);
    assert.equal(externalUrl(null), null);
  });
});

describe('jsonForScript', () => {
  it('cannot close a script element and still parses to the same value', () => {
    const value = { text: '</script><script>alert(1)</script> & \u2028' };
    const out = jsonForScript(value).value;
    assert.ok(!out.includes('<'));
    assert.ok(!out.includes('>'));
    assert.ok(out.includes('\\u003c/script\\u003e'));
    assert.deepEqual(JSON.parse(out), value);
  });
});

describe('importedExcerpt', () => {
  it('drops a word the source page cut in half', () => {
    assert.equal(importedExcerpt('my cheek muscles tremble when I am on sta...'), 'my cheek muscles tremble when I am on…');
  });

  it('keeps the last word when the ellipsis follows a space', () => {
    assert.equal(importedExcerpt('What should I do next ...'), 'What should I do next…');
  });

  it('leaves a complete short text alone', () => {
    assert.equal(importedExcerpt('Is this normal?'), 'Is this normal?');
  });
});
