import { stringify } from 'csv-stringify/sync';
import type { Language } from '../../shared/model';
import type { ExportScope } from './exportScope';
import { neutraliseFormula } from './neutraliseFormula';
import { spanHeader, spanRows } from './spanRows';

/**
 * The span table as CSV: UTF-8 with a BOM (without it Excel reads Chinese as
 * the system's legacy code page), RFC 4180 quoting and CRLF row ends. A
 * csv cell is a formula when its text starts like one, so text cells are
 * guarded against formula injection.
 */
export function writeCsv(scope: ExportScope, language: Language): Uint8Array {
  const rows = spanRows(scope, language).map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell)));
  const text = stringify([spanHeader(language), ...rows], {
    bom: true,
    record_delimiter: 'windows',
    // With an explicit record delimiter csv-stringify quotes only fields that hold that exact CRLF; a lone LF or CR
    // unquoted splits the row in every reader, and a line after it that starts with = becomes a live formula.
    quote_record_delimiter: true,
    cast: { number: (n) => String(n) },
  });
  return Buffer.from(text, 'utf8');
}
