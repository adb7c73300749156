import ExcelJS from 'exceljs';
import type { Language } from '../../shared/model';
import type { ExportScope } from './exportScope';
import { spanCounts } from './spanCounts';
import { spanHeader, spanRows, type SpanCell } from './spanRows';
import { xmlText } from './xmlSafe';

const SHEETS: Record<Language, { spans: string; counts: string }> = {
  zh: { spans: '标注', counts: '统计' },
  en: { spans: 'Spans', counts: 'Counts' },
};

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** Display width in Excel's character units: CJK and other wide characters take two. */
function displayWidth(value: SpanCell): number {
  const text = String(value);
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! >= 0x1100 ? 2 : 1;
  return width;
}

function addTable(sheet: ExcelJS.Worksheet, rows: SpanCell[][]): void {
  const widths = new Array<number>(rows[0]!.length).fill(MIN_WIDTH);
  for (const row of rows) {
    row.forEach((cell, i) => {
      // Long cells wrap at the cap instead of stretching a column across the screen.
      widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i]!, displayWidth(cell) + 2));
    });
  }
  sheet.columns = widths.map((width) => ({ width }));
  // Plain strings and numbers only: exceljs writes a formula solely for `{ formula }` values.
  sheet.addRows(rows.map((row) => row.map((cell) => (typeof cell === 'string' ? xmlText(cell) : cell))));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length, column: widths.length } };
}

/**
 * The span table and a table of counts per document and tag, as an Excel
 * workbook. Its sheets are XML 1.0, so control characters become U+FFFD.
 */
export async function writeXlsx(scope: ExportScope, language: Language, created: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pizhu';
  workbook.created = created;
  addTable(workbook.addWorksheet(SHEETS[language].spans), [spanHeader(language), ...spanRows(scope, language)]);
  addTable(workbook.addWorksheet(SHEETS[language].counts), spanCounts(scope, language));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
