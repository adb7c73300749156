/** First characters that make Excel, LibreOffice or Sheets read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Guards a spreadsheet cell against formula injection (OWASP "CSV
 * injection"): text such as `=HYPERLINK(...)` or `-2+3` from a document or
 * note would otherwise run as a formula when the csv or xlsx is opened. A
 * leading apostrophe makes the spreadsheet show the text as typed, and a
 * reader of the raw file still sees the original after the apostrophe.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
