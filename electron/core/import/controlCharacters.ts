/**
 * C0 controls other than tab, LF and CR, and all C1 controls: nothing to
 * read, but they split words for find and tag-all, and XML 1.0 (docx, xlsx,
 * REFI-QDA exports) cannot hold C0 controls at all.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const EVERY_CONTROL = new RegExp(CONTROL.source, 'gu');

/** The controls Unicode defines as line breaks (UAX #14): VT, FF and NEL. Python's splitlines, and so brat, break lines there too. */
const LINE_BREAK_CONTROLS = new Set(['\u000b', '\u000c', '\u0085']);

/**
 * The text without control characters: VT, FF and NEL become `lineBreak`
 * (a line break in plain text, a space inside a paragraph), every other
 * control is removed. `changed` counts them per code point.
 */
export function removeControls(text: string, lineBreak: '\n' | ' ', changed: Map<string, number>): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(EVERY_CONTROL, (char) => {
    changed.set(char, (changed.get(char) ?? 0) + 1);
    return LINE_BREAK_CONTROLS.has(char) ? lineBreak : '';
  });
}

/** Whether `removeControls` turns this control into a line break rather than removing it. */
export function isLineBreakControl(char: string): boolean {
  return LINE_BREAK_CONTROLS.has(char);
}
