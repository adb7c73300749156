import { stringify } from 'csv-stringify/sync';
import type { Language } from '../../shared/model';
import type { ExportScope } from './exportScope';
import { spanHeader, spanRows } from './spanRows';

/**
 * The span table as CSV: UTF-8 with a BOM (without it Excel reads Chinese as
 * the system's legacy code page), RFC 4180 quoting and CRLF row ends.
 */
export function writeCsv(scope: ExportScope, language: Language): Uint8Array {
  const text = stringify([spanHeader(language), ...spanRows(scope, language)], {
    bom: true,
    record_delimiter: 'windows',
    // With an explicit record delimiter csv-stringify quotes only fields that hold that exact CRLF; a lone LF or CR
    // unquoted splits the row in every reader, and a line after it that starts with = becomes a live formula.
    quote_record_delimiter: true,
    cast: { number: (n) => String(n) },
  });
  return Buffer.from(text, 'utf8');
}
