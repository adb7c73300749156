/** What XML 1.0 cannot carry at all, even as a character reference: C0 controls other than tab, LF and CR, U+FFFE/U+FFFF and lone surrogates. */
const XML_ILLEGAL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text for XML element content: characters XML 1.0 forbids become U+FFFD, one
 * for one, so the rest keeps its length and order. Only XML outputs do this;
 * the texts themselves travel in separate files and stay exact.
 */
export function xmlText(value: string): string {
  return value.replace(XML_ILLEGAL, '\ufffd');
}

/** Text for an XML attribute: as `xmlText`, and line breaks and tabs as spaces, which a parser would otherwise normalise silently. */
export function xmlAttr(value: string): string {
  return xmlText(value).replace(/[\t\r\n]/g, ' ');
}
