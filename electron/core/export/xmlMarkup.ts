import { xmlAttr, xmlText } from './xmlSafe';

// A raw CR would reach a reader as LF (XML normalises line ends); as a reference it stays CR.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

function escape(value: string): string {
  return value.replace(/[&<>"\r]/g, (c) => ESCAPES[c]!);
}

export type XmlAttrs = Record<string, string | number | undefined>;

/** An opening tag (or an empty element with `close`), attributes escaped and made XML-safe; undefined ones left out. */
export function startTag(name: string, attrs: XmlAttrs, close = false): string {
  let tag = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined) tag += ` ${key}="${escape(typeof value === 'number' ? String(value) : xmlAttr(value))}"`;
  }
  return tag + (close ? '/>' : '>');
}

/** An element holding only text, escaped and made XML-safe. */
export function textElement(name: string, text: string): string {
  return `<${name}>${escape(xmlText(text))}</${name}>`;
}
