import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import XLSX from 'xlsx';

/** The cells of a csv as Python's csv module reads them (what a user's script gets), BOM removed. */
export function pythonCsvRows(path: string): string[][] {
  const script =
    'import csv, json, sys\nwith open(sys.argv[1], encoding="utf-8-sig", newline="") as f: print(json.dumps(list(csv.reader(f))))';
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' })) as string[][];
}

export interface SheetJsSheet {
  rows: string[][];
  /** Cell type per cell as SheetJS reports it: 's' text, 'n' number. */
  types: string[][];
  /** Addresses and formulas of every formula cell. */
  formulas: string[];
}

/** Every sheet of a csv or xlsx as SheetJS reads it, from the bytes so that it sniffs the format and encoding itself. */
export function sheetJsRead(path: string): Map<string, SheetJsSheet> {
  const workbook = XLSX.read(readFileSync(path), { type: 'buffer' });
  const sheets = new Map<string, SheetJsSheet>();
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name]!;
    const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1:A1');
    const result: SheetJsSheet = { rows: [], types: [], formulas: [] };
    for (let r = range.s.r; r <= range.e.r; r++) {
      const row: string[] = [];
      const types: string[] = [];
      for (let c = range.s.c; c <= range.e.c; c++) {
        const address = XLSX.utils.encode_cell({ r, c });
        const cell = sheet[address] as XLSX.CellObject | undefined;
        row.push(cell?.v === undefined ? '' : String(cell.v));
        types.push(cell?.t ?? '');
        if (cell?.f) result.formulas.push(`${address}: =${cell.f}`);
      }
      result.rows.push(row);
      result.types.push(types);
    }
    sheets.set(name, result);
  }
  return sheets;
}

/** Whether LibreOffice's `soffice` is on PATH: CI may not have it, so its tests skip rather than fail. */
export const HAS_SOFFICE = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/** A test title that says, when soffice is missing, why the test is skipped. */
export function needsSoffice(title: string): string {
  return HAS_SOFFICE ? title : `${title} (skipped: soffice is not on PATH; install libreoffice-calc-nogui to run it)`;
}

/**
 * LibreOffice's csv filter options: comma, double quote, UTF-8, from line 1,
 * default column types, English locale, and (token 13) evaluate formulas, so
 * that any cell it would take as a formula becomes one.
 */
export const CSV_EVALUATING_FORMULAS = 'CSV:44,34,76,1,,1033,false,false,,,false,,true';

/** The csv LibreOffice writes: comma, double quote, UTF-8. */
export const CSV_OUT = 'csv:Text - txt - csv (StarCalc):44,34,76,1';

/**
 * Opens `source` in headless LibreOffice and saves it as `convertTo`, with its
 * own profile folder so that it never meets a running instance; returns the
 * written file.
 */
export function libreOfficeConvert(source: string, convertTo: string, inFilter?: string): string {
  const work = mkdtempSync(join(tmpdir(), 'pizhu-soffice-'));
  const out = join(work, 'out');
  const args = [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', '--norestore'];
  if (inFilter) args.push(`--infilter=${inFilter}`);
  args.push('--convert-to', convertTo, '--outdir', out, source);
  const run = spawnSync('soffice', args, { encoding: 'utf8', timeout: 240_000 });
  const written = existsSync(out) ? readdirSync(out, { withFileTypes: true }).find((e) => e.isFile()) : undefined;
  if (!written) throw new Error(`soffice wrote nothing: ${run.stdout} ${run.stderr}`);
  return join(out, written.name);
}
