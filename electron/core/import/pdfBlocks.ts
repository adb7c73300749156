import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { CharacterChanges } from './documentNotices';
import { FileProblem } from './FileProblem';
import type { Block } from './importTypes';
import { endsSentence, joinLines, numberingLevel } from './lineShape';
import { checkPdfStreams } from './pdfStreamBudget';

/** One printed line of a page. */
interface PdfLine {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
  page: number;
}

/** A font this much larger than the body's marks a heading. */
const HEADING_SIZE_RATIO = 1.15;
/** A gap between lines this many times the usual line pitch starts a new paragraph. */
const PARAGRAPH_GAP_RATIO = 1.5;
/** Longest paragraph taken as a heading, in characters: a large-print paragraph is still a paragraph. */
const MAX_HEADING_CHARS = 100;

async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  try {
    // pdf.js may take ownership of (detach) the buffer it is given, so it gets a copy; fonts are not needed for text.
    return await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new FileProblem('the PDF is password-protected');
    throw new FileProblem('not a valid PDF file (it is corrupt)');
  }
}

function pageLines(items: TextItem[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  for (const item of items) {
    const [, , , scaleY, x, y] = item.transform as number[];
    const size = Math.abs(scaleY ?? item.height) || item.height;
    if (item.str !== '') {
      const sameLine = current !== null && Math.abs(current.y - y!) <= Math.max(current.size, size) * 0.5;
      if (current === null || !sameLine) {
        if (current) lines.push(current);
        current = { text: item.str, x: x!, y: y!, right: x! + item.width, size, page };
      } else {
        current.text = current.right < x! - size * 0.2 ? joinLines(current.text, item.str) : current.text + item.str;
        current.right = Math.max(current.right, x! + item.width);
        current.size = Math.max(current.size, size);
      }
    }
    if (item.hasEOL && current) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.map((line) => ({ ...line, text: line.text.trim() })).filter((line) => line.text !== '');
}

/** The font size most characters are printed in. */
function bodySize(lines: PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 10) / 10;
    chars.set(size, (chars.get(size) ?? 0) + line.text.length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of chars) {
    if (count > bestCount) {
      best = size;
      bestCount = count;
    }
  }
  return best;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/**
 * Groups lines into paragraphs: a new one starts at a change of font size,
 * a gap wider than the usual line pitch, or after a short line that ends a
 * sentence, or at an indented line, or at a numbered opening ('第二条',
 * '一、', '（一）') after a line that ends a sentence or stops short. A
 * paragraph cut by a page break goes on when the next page starts without
 * indent; so does one whose full-width line wraps onto a line that merely
 * starts with '第三条的规定'.
 */
function paragraphs(lines: PdfLine[]): PdfLine[][] {
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page === b.page && Math.abs(a.size - b.size) < 0.5 && a.y > b.y) pitches.push(a.y - b.y);
  }
  const pitch = median(pitches);
  const left = median(lines.map((l) => l.x));
  const right = Math.max(...lines.map((l) => l.right));
  const groups: PdfLine[][] = [];
  for (const line of lines) {
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    if (!group || !prev) {
      groups.push([line]);
      continue;
    }
    const sizeChange = Math.abs(prev.size - line.size) > Math.min(prev.size, line.size) * (HEADING_SIZE_RATIO - 1);
    const samePage = prev.page === line.page;
    const gap = samePage && pitch > 0 && prev.y - line.y > pitch * PARAGRAPH_GAP_RATIO;
    const indented = line.x > left + line.size * 0.8;
    const stopsShort = !samePage || prev.right < right - prev.size * 1.5;
    const shortEnd = endsSentence(prev.text) && stopsShort;
    // Regulations printed flush left run one article into the next: '…制定本办法。' at the margin, '第二条 本省…' below.
    const numbered = numberingLevel(line.text) !== null && (endsSentence(prev.text) || stopsShort);
    if (sizeChange || gap || indented || shortEnd || numbered || (samePage && prev.y < line.y)) groups.push([line]);
    else group.push(line);
  }
  return groups;
}

/**
 * The text layer of a PDF as blocks: lines joined into paragraphs by layout,
 * lines printed larger than the body text taken as headings (largest = level 1).
 * Each line's characters go through `changes` before layout is read, so that
 * '第⼆条' printed with a Kangxi radical counts as numbered; `original` keeps
 * the lines as extracted. Throws a FileProblem for a corrupt PDF, one
 * without any text, or one whose content would decode past the budget.
 */
export async function pdfBlocks(bytes: Uint8Array, changes: CharacterChanges): Promise<{ blocks: Block[]; original: string }> {
  await checkPdfStreams(bytes);
  const pdf = await openPdf(bytes);
  try {
    const extracted: PdfLine[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is TextItem => 'str' in item);
      extracted.push(...pageLines(items, p));
      page.cleanup();
    }
    const lines = extracted.map((line) => ({ ...line, text: changes.apply(line.text, ' ').trim() })).filter((line) => line.text !== '');
    if (lines.length === 0) throw new FileProblem('no text layer (scanned?)');
    const body = bodySize(lines);
    const groups = paragraphs(lines);
    const headingSizes = [...new Set(groups.map((g) => g[0]!.size).filter((s) => s > body * HEADING_SIZE_RATIO))].sort((a, b) => b - a);
    const blocks = groups.map((group): Block => {
      const text = group.map((l) => l.text).reduce((a, b) => joinLines(a, b));
      const rank = headingSizes.indexOf(group[0]!.size);
      return { text, level: rank >= 0 && [...text].length <= MAX_HEADING_CHARS ? Math.min(rank + 1, 6) : null };
    });
    return { blocks, original: extracted.map((l) => l.text).join('\n') };
  } finally {
    await pdf.destroy();
  }
}
