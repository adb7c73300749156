import { PizhuError } from '../../shared/errors';
import type { ImportNotice } from '../../shared/contract';
import type { DocumentFormat, DocumentSource } from '../../shared/model';
import { buildDocument, type ImportedDocument } from './buildDocument';
import { decodeAs, decodeText, type DecodedText } from './decodeText';
import { CharacterChanges, replacementNotice } from './documentNotices';
import { FileProblem } from './FileProblem';
import { declaredHtmlCharset } from './htmlCharset';
import { htmlBlocks, htmlTitle } from './htmlBlocks';
import type { Block, ReadResult } from './importTypes';
import { markdownBlocks } from './markdownBlocks';
import { newspaperCleanup, type CleanArticle } from './newspaperCleanup';
import { normaliseLineEndings, textLines } from './textLines';

export type { ImportedDocument } from './buildDocument';

/** Largest file accepted: 100 MiB, so that 50 MB of text imports with room to spare. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

const FORMATS: Record<string, DocumentFormat> = {
  txt: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

/** Formats whose plain lines the newspaper clean-up reads. */
const CLEANABLE = new Set<DocumentFormat>(['txt', 'md']);

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function baseName(name: string): string {
  const file = name.split(/[\\/]/).pop() ?? name;
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function decodeHtml(bytes: Uint8Array): DecodedText {
  const declared = declaredHtmlCharset(bytes);
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (declared && !hasBom && declared !== 'UTF-8') return decodeAs(bytes, { decoder: declared, name: declared });
  return decodeText(bytes);
}

/** A decoded text format: its notice for undecodable bytes, the text as stored (in `text`) and as decoded (in `original`). */
function decoded(
  result: DecodedText,
  changes: CharacterChanges,
): { text: string; original: string; encoding: string; notices: ImportNotice[] } {
  const notice = replacementNotice(result);
  return {
    text: normaliseLineEndings(changes.apply(result.text, '\n')),
    original: normaliseLineEndings(result.text),
    encoding: result.encoding,
    notices: notice ? [notice] : [],
  };
}

async function readFormat(
  format: DocumentFormat,
  bytes: Uint8Array,
  changes: CharacterChanges,
): Promise<ReadResult & { title?: string | null }> {
  switch (format) {
    // mammoth and pdf.js take seconds to load: only a docx or pdf import pays for them.
    case 'docx': {
      const read = await (await import('./docxBlocks')).docxBlocks(bytes);
      const blocks = read.blocks.map((b) => ({ text: changes.apply(b.text, ' ').trim(), level: b.level })).filter((b) => b.text !== '');
      return { blocks, original: read.original, encoding: null, notices: [] };
    }
    case 'pdf':
      return { ...(await (await import('./pdfBlocks')).pdfBlocks(bytes, changes)), encoding: null, notices: [] };
    case 'html': {
      const { text, ...rest } = decoded(decodeHtml(bytes), changes);
      return { blocks: htmlBlocks(text), title: htmlTitle(text), ...rest };
    }
    case 'md': {
      const { text, ...rest } = decoded(decodeText(bytes), changes);
      return { blocks: markdownBlocks(text), ...rest };
    }
    default: {
      const { text, ...rest } = decoded(decodeText(bytes), changes);
      return { blocks: textLines(text), ...rest };
    }
  }
}

/**
 * Whether a first line can serve as a title. A salutation ('各位代表：') or
 * a whole opening paragraph names nothing; the file name says more.
 */
function isTitleLike(line: string): boolean {
  return line.length > 0 && line.length <= 60 && !/[：:！!，,。；;]$/u.test(line);
}

function pickTitle(candidate: string | undefined, fallbackTitle: string): string {
  return candidate !== undefined && isTitleLike(candidate) ? candidate : fallbackTitle;
}

/** Without clean-up: the text as it came, one document titled by its first heading or line. */
function uncleaned(blocks: Block[], fallbackTitle: string): CleanArticle {
  return { title: pickTitle(blocks.find((b) => b.level === 1)?.text ?? blocks[0]?.text, fallbackTitle), blocks, captions: [] };
}

/** Clean-up normalises whitespace inside lines too, which the plain reading leaves alone. */
function collapsed(blocks: Block[]): Block[] {
  return blocks.map((b) => ({ ...b, text: b.text.replace(/\s+/gu, ' ') }));
}

/**
 * Reads one file into documents: decodes it (any of UTF-8, UTF-16, GB18030,
 * Big5 for text formats), extracts paragraphs and headings, and with
 * `cleanup` runs the newspaper clean-up, which may split a page into several
 * articles. Radicals and compatibility ideographs become the unified
 * ideographs they print as, and control characters are taken out; the
 * notices say what was changed or could not be decoded (the documents'
 * `original` keeps the text as decoded). Throws
 * PizhuError('BAD_FILE', '<file name>: <problem>') for a file it cannot
 * read, before reading anything it does not need to.
 */
export async function readDocuments(
  file: { name: string; bytes: Uint8Array },
  options: { cleanup: boolean; now?: string },
): Promise<{ documents: ImportedDocument[]; notices: ImportNotice[] }> {
  const fail = (problem: string): PizhuError => new PizhuError('BAD_FILE', `${file.name}: ${problem}`);
  const format = FORMATS[extensionOf(file.name)];
  if (!format) {
    throw fail(
      `unknown file type; accepted: .${[...Object.keys(FORMATS), 'json', 'jsonld', 'jsonl', 'ndjson', 'zip', 'qdpx', 'qde'].join(', .')}`,
    );
  }
  if (file.bytes.byteLength > MAX_IMPORT_BYTES) {
    throw fail(
      `file is larger than the import limit of ${megabytes(MAX_IMPORT_BYTES)} (${file.bytes.byteLength.toLocaleString('en-US')} bytes)`,
    );
  }
  if (file.bytes.byteLength === 0) throw fail('empty file');

  let read: ReadResult & { title?: string | null };
  const changes = new CharacterChanges();
  try {
    read = await readFormat(format, file.bytes, changes);
  } catch (error) {
    if (error instanceof FileProblem) throw fail(error.message);
    throw error;
  }
  if (read.blocks.length === 0) throw fail(format === 'pdf' ? 'no text layer (scanned?)' : 'empty file (no text)');

  const fallbackTitle = read.title ?? baseName(file.name);
  const cleanup = options.cleanup && CLEANABLE.has(format);
  const articles = cleanup ? newspaperCleanup(collapsed(read.blocks)) : [uncleaned(read.blocks, fallbackTitle)];
  const importedAt = options.now ?? new Date().toISOString();
  const documents = articles.map((article) => {
    const source: DocumentSource = {
      fileName: file.name,
      format,
      encoding: read.encoding,
      importedAt,
      cleanup,
      captions: article.captions,
    };
    if (article.subtitle !== undefined) source.subtitle = article.subtitle;
    if (article.dateline !== undefined) source.dateline = article.dateline;
    if (article.byline !== undefined) source.byline = article.byline;
    return buildDocument(article.blocks, { title: pickTitle(article.title, fallbackTitle), source, original: read.original });
  });
  return { documents, notices: [...read.notices, ...changes.notices()] };
}
