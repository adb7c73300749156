import { codePointLength } from '../../shared/codePoints';
import type { DocumentFormat, Heading } from '../../shared/model';
import { badFile } from './badFile';
import type { InterchangeDocument } from './interchangeTypes';
import { textHash } from './textHash';

/** A document read from an annotation export, keyed as the file keys it, with its hash computed from its text. */
export function interchangeDocument(
  fileName: string,
  format: DocumentFormat,
  key: string,
  title: string,
  text: string,
  headings: Heading[] = [],
): InterchangeDocument {
  const length = codePointLength(text);
  const outside = headings.find((h) => h.start > h.end || h.end > length);
  if (outside)
    throw badFile(fileName, `a heading of "${title}" (${outside.start}–${outside.end}) lies outside its text (${length} characters)`);
  return {
    key,
    title,
    text,
    headings,
    hash: textHash(text),
    source: { fileName, format, encoding: 'UTF-8', importedAt: new Date().toISOString(), cleanup: false, captions: [] },
  };
}
