/**
 * The characters brat's reader ends a line at: it takes a .ann file's lines
 * from Python's `str.splitlines`, which splits at all of these, not only at
 * CR and LF. A T or # line holding one would reach brat in two pieces.
 */
const LINE_BREAKS = '\\n\\r\\v\\f\\x1c-\\x1e\\x85\\u2028\\u2029';

/** The brat comment type of the analyst a span is by (a team's session): `name (id)`. */
export const BRAT_ANNOTATOR_NOTE = 'Annotator';

/** Whether a character is one brat ends a line at. */
export const BRAT_LINE_BREAK = new RegExp(`[${LINE_BREAKS}]`);

const EACH_LINE_BREAK = new RegExp(`\\r\\n|[${LINE_BREAKS}]`, 'g');

/** Text for one line of a .ann or .conf file: each line break (a CRLF as one) becomes a space. */
export function oneLine(text: string): string {
  return text.replace(EACH_LINE_BREAK, ' ');
}

/** The comment types of a .ann file that carry a span's clause path and a target's value (as JSON), beside brat's own AnnotatorNotes. */
export const BRAT_SECTION_NOTE = 'Section';
export const BRAT_VALUE_NOTE = 'Value';
/** The comment type, on a document's first span, that carries the document's date, region and issuer as JSON (brat has no note on a whole document). */
export const BRAT_DOCUMENT_NOTE = 'Document';
