import { createHash } from 'node:crypto';
import { codePointLength } from '../../shared/codePoints';
import type { DocumentRecord, DocumentSource, Heading } from '../../shared/model';
import type { Block } from './importTypes';

/** A document as the import makes it; the store gives it its id. */
export type ImportedDocument = Omit<DocumentRecord, 'id'>;

/**
 * Lays blocks out as a document: one block per line, joined by '\n', and a
 * heading range in code points over each heading line.
 */
export function buildDocument(
  blocks: readonly Block[],
  meta: { title: string; source: DocumentSource; original: string },
): ImportedDocument {
  const lines: string[] = [];
  const headings: Heading[] = [];
  let offset = 0;
  for (const block of blocks) {
    const length = codePointLength(block.text);
    if (block.level !== null) headings.push({ start: offset, end: offset + length, level: block.level });
    lines.push(block.text);
    offset += length + 1;
  }
  const text = lines.join('\n');
  return {
    title: meta.title,
    text,
    headings,
    hash: createHash('sha256').update(text, 'utf8').digest('hex'),
    source: meta.source,
    original: meta.original,
  };
}
