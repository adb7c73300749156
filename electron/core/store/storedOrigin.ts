import type { DocumentRecord } from '../../shared/model';
import { documentOrigin, type DocumentOrigin } from '../../shared/structure/documentOrigin';
import type { DocumentEntry } from './sessionFormat';

/**
 * A document's region and issuer: the index's (as found on import or set by
 * hand), else its file's, else, for a document from before they were kept,
 * what its text and title say.
 */
export function storedOrigin(entry: DocumentEntry, record: DocumentRecord): DocumentOrigin {
  const region = entry.region !== undefined ? entry.region : record.region;
  const issuer = entry.issuer !== undefined ? entry.issuer : record.issuer;
  if (region !== undefined && issuer !== undefined) return { region, issuer };
  const found = documentOrigin(record.text, entry.title);
  return { region: region !== undefined ? region : found.region, issuer: issuer !== undefined ? issuer : found.issuer };
}
