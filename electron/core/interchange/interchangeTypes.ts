import type { ImportNotice } from '../../shared/contract';
import type { DocumentRecord, Tag } from '../../shared/model';

/** A document as an annotation export carries it, keyed as the file keys it (the session gives it its id on import). */
export type InterchangeDocument = Omit<DocumentRecord, 'id'> & { key: string };

/** A span as an export carries it: its document by key, its tag by id, offsets in code points. */
export interface InterchangeAnnotation {
  docKey: string;
  start: number;
  end: number;
  tag: string;
  note: string;
  created?: string;
  modified?: string;
}

/** An annotation export as read back: its documents (keyed as the file keys them), tags and spans, all checked against each other. */
export interface Interchange {
  kind: 'json' | 'jsonl' | 'brat' | 'w3c' | 'qdpx';
  tags: Tag[];
  /** Ids of the tags whose labels the file states itself, rather than labels made from a bare tag name. */
  labelledTags: string[];
  documents: InterchangeDocument[];
  annotations: InterchangeAnnotation[];
  /** What the file holds that the import leaves out, by kind. */
  notices: ImportNotice[];
}
