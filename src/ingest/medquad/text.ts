/**
 * Text of MedQuAD elements and attributes.
 *
 * The XML parser runs with entity processing off and the text-bearing elements as stop nodes,
 * so their content arrives raw and is decoded here in one pass. One pass cannot decode twice
 * (`&amp;apos;` stays the literal `&apos;` the author wrote), it covers numeric references,
 * which the parser only decodes together with the whole HTML entity table, and it keeps CDATA
 * content literal, which entity decoding after the parser's CDATA merge could not.
 */

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function fromCodePoint(code: number, literal: string): string {
  // XML forbids NUL and lone surrogates; leaving the reference as written loses nothing.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return literal;
  return String.fromCodePoint(code);
}

/** Decodes the five XML entities and numeric references; any other `&name;` is left as written. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(ENTITY, (literal, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16), literal);
    if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10), literal);
    return (name !== undefined && NAMED[name]) || literal;
  });
}

/**
 * CDATA sections, comments, processing instructions and tags (quoted attribute values may hold `>`).
 * Only the first group captures: CDATA content.
 */
const MARKUP = /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * Plain text of an element's raw content, trimmed. MedQuAD answers carry no markup; should a
 * hand-made file wrap words in tags, their words are kept and the tags dropped.
 */
export function elementText(raw: string): string {
  if (!raw.includes('<')) return decodeEntities(raw).trim();
  let out = '';
  let last = 0;
  for (const match of raw.matchAll(MARKUP)) {
    const at = match.index ?? 0;
    out += decodeEntities(raw.slice(last, at));
    const cdata = match[1];
    if (cdata !== undefined) out += cdata;
    last = at + match[0].length;
  }
  out += decodeEntities(raw.slice(last));
  return out.trim();
}

/** Attribute values: entity-decoded and trimmed, with an empty value meaning "not given". */
export function attributeText(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const value = decodeEntities(raw).trim();
  return value === '' ? null : value;
}
