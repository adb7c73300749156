import type { DocumentRecord } from '../../shared/model';
import type { DocumentOrigin } from '../../shared/structure/documentOrigin';
import { isoDate } from './spanRows';

/** The line of a source's Description that gives each field: 'date: 2023-01-05', 'region: 青岛市', 'issuer: 国务院'. */
const FIELD_LINE = /^(date|region|issuer): (.+)$/u;

/** A text source's Description: the document's date (ISO 8601), region and issuer, one a line, those it has; null when it has none. */
export function sourceDescription(doc: DocumentRecord): string | null {
  const lines = [
    ...(doc.date ? [`date: ${isoDate(doc.date)}`] : []),
    ...(doc.region ? [`region: ${doc.region}`] : []),
    ...(doc.issuer ? [`issuer: ${doc.issuer}`] : []),
  ];
  return lines.length ? lines.join('\n') : null;
}

/**
 * The region and issuer of a Description Pizhu's export wrote (every line one
 * of its fields); null for any other description. The date is left to the
 * text, which gives it with the words it was printed in.
 */
export function originOfDescription(description: string): Partial<DocumentOrigin> | null {
  const origin: Partial<DocumentOrigin> = {};
  for (const line of description.trim().split(/\r?\n/u)) {
    const match = FIELD_LINE.exec(line);
    if (!match) return null;
    if (match[1] === 'region') origin.region = match[2]!.trim();
    if (match[1] === 'issuer') origin.issuer = match[2]!.trim();
  }
  return origin;
}
