import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { Language } from '../../shared/model';
import { NO_INDICATOR_GROUPS, type IndicatorGroups } from '../../shared/indicators/indicatorGroupsSchema';
import type { ExportScope } from './exportScope';
import { indicatorSheet } from './indicatorSheet';
import { relationHeader, relationRows } from './relationRows';
import { spanCounts } from './spanCounts';
import { spanHeader, spanRows, type SpanCell } from './spanRows';
import { xmlText } from './xmlSafe';

const SHEETS: Record<Language, { spans: string; counts: string; indicators: string; relations: string }> = {
  zh: { spans: '标注', counts: '统计', indicators: '指标', relations: '关系' },
  en: { spans: 'Spans', counts: 'Counts', indicators: 'Indicators', relations: 'Relations' },
};

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** Display width in Excel's character units: CJK and other wide characters (and astral ones, by their two units) take two. */
function displayWidth(value: SpanCell): number {
  if (typeof value === 'number') return String(value).length;
  let width = 0;
  for (let i = 0; i < value.length && width < MAX_WIDTH; i++) width += value.charCodeAt(i) >= 0x1100 ? 2 : 1;
  return width;
}

/** OOXML's escape for a UTF-16 unit in cell text (ST_Xstring); Excel, LibreOffice and SheetJS decode it in either case. */
const ESCAPE_LIKE = /_(?=x[0-9a-f]{4}_)/gi;

/**
 * Cell text as every reader gets it back: exceljs silently drops DEL and C1
 * controls, so they become U+FFFD like the other characters XML cannot
 * carry, one for one; text that reads like an `_xHHHH_` escape has its
 * underscore escaped, or readers would decode it; and a CR is written as
 * `_x000D_` (as Excel writes it), because exceljs writes it raw and XML
 * reads a raw CR as LF.
 */
function xlsxText(value: string): string {
  return xmlText(value)
    .replace(/[\u007f-\u009f]/g, '\ufffd')
    .replace(ESCAPE_LIKE, '_x005F_')
    .replaceAll('\r', '_x000D_');
}

/**
 * A string cell that exceljs writes inline (t="inlineStr", with
 * xml:space="preserve" where whitespace leads or trails). Its plain-string
 * cells are t="str", a formula's cached result, whose value LibreOffice
 * trims of a leading line break. No reader takes a string cell for a
 * formula, so its text needs no apostrophe against formula injection.
 */
function stringCell(value: string): ExcelJS.CellRichTextValue {
  return { richText: [{ text: xlsxText(value) }] };
}

function addTable(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, rows: SpanCell[][]): void {
  const widths = new Array<number>(rows[0]!.length).fill(MIN_WIDTH);
  for (const row of rows) {
    row.forEach((cell, i) => {
      // Long cells wrap at the cap instead of stretching a column across the screen.
      widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i]!, displayWidth(cell) + 2));
    });
  }
  // The streaming writer takes views only when the sheet is made.
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length, column: widths.length } };
  sheet.columns = widths.map((width) => ({ width }));
  // String cells and numbers only: exceljs writes a formula solely for `{ formula }` values.
  for (const row of rows) sheet.addRow(row.map((cell) => (typeof cell === 'string' ? stringCell(cell) : cell))).commit();
  sheet.commit();
}

/**
 * The span table, a table of counts per document and tag, one of the
 * targets' indicators across the documents (indicatorSheet.ts) and the
 * relations table, as an Excel workbook. Its sheets are XML 1.0, so control
 * characters become U+FFFD.
 * Written with exceljs's streaming writer, without styles or shared strings
 * and with fast deflate: the in-memory workbook spent most of a 50,000-span
 * export on per-cell style and shared-string bookkeeping (about 3× slower).
 */
export async function writeXlsx(
  scope: ExportScope,
  language: Language,
  created: Date,
  indicatorGroups: IndicatorGroups = NO_INDICATOR_GROUPS,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: false,
    useSharedStrings: false,
    zip: { zlib: { level: 1 } },
  });
  workbook.creator = 'Pizhu';
  workbook.created = created;
  addTable(workbook, SHEETS[language].spans, [spanHeader(language), ...spanRows(scope, language)]);
  addTable(workbook, SHEETS[language].counts, spanCounts(scope, language));
  addTable(workbook, SHEETS[language].indicators, indicatorSheet(scope, language, indicatorGroups));
  addTable(workbook, SHEETS[language].relations, [relationHeader(language), ...relationRows(scope, language)]);
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
