/**
 * Whether a URL the page asked to open may be handed to the system browser.
 *
 * The app itself never needs the web; the only links are in imported texts.
 * So the rule is narrow on purpose: plain http(s) to a public DNS name.
 * Everything is decided on the parsed URL (never on string prefixes), because
 * the WHATWG parser is what the browser will act on: `HTTP://x`, `http:\\x`
 * and `http://0x7f.1` all normalise before we look at them.
 *
 * Refused: other schemes (javascript:, file:, data:, smb:, custom protocol
 * handlers that launch programs), credentials in the URL (`https://bank.com@evil`),
 * IP literals and loopback or single-label names (local services, the intranet),
 * and internationalised names (`xn--` labels) because a mixed-script look-alike
 * of a real domain cannot be told apart in a link. Backslashes are refused
 * outright: WHATWG reads them as slashes, other URL parsers on the way to the
 * browser may not, and a URL two parsers disagree on is not worth opening.
 */
export function isSafeExternalUrl(raw: string): boolean {
  if (raw.length > 2048 || /[\s\u0000-\u001f\u007f\\]/u.test(raw)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  const host = url.hostname.replace(/\.$/u, '').toLowerCase();
  if (host === '' || host.startsWith('[') || isIpv4(host)) return false;
  const labels = host.split('.');
  if (labels.length < 2) return false;
  if (labels.some((label) => label === '' || label.startsWith('xn--'))) return false;
  const tld = labels[labels.length - 1] ?? '';
  return !LOCAL_TLDS.has(tld) && /^[a-z]{2,63}$/u.test(tld);
}

/** Names that resolve to this machine or the local network, never to the public web. */
const LOCAL_TLDS = new Set(['localhost', 'local', 'internal', 'lan', 'home', 'intranet', 'corp', 'test', 'invalid', 'example']);

/** The URL parser has already turned every IPv4 spelling (hex, octal, short) into dotted decimal. */
function isIpv4(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/u.test(host);
}
