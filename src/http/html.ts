/**
 * Escaping-by-default HTML templates. Every interpolated value is escaped unless it is already
 * SafeHtml (the result of another `html` template, or an explicit `raw()` for trusted markup),
 * so page code cannot forget to escape archive text, which comes from imported files.
 */

export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

/** Values a template accepts; `false`, null and undefined render nothing so `cond && html\`…\`` works. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes for both text and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Marks markup as trusted. Only for fragments the program builds itself, never for archive text. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/**
 * A URL from imported data, kept only when it is http(s): a `javascript:` or `data:` URL in a
 * source file must never become a clickable link.
 */
export function externalUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<` is escaped so text such as
 * "</script>" can never close the element; `>`, `&` and the JS line separators follow for
 * parsers that are stricter than browsers.
 */
export function jsonForScript(value: unknown): SafeHtml {
  const json = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return raw(json);
}

/** One `<p>` per non-empty line, which is how the archive keeps paragraphs. */
export function paragraphs(text: string): SafeHtml {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return html`${lines.map((line) => html`<p>${line}</p>`)}`;
}

export const HTML_TYPE = 'text/html; charset=utf-8';
