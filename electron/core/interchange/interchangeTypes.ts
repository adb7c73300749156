import type { ImportNotice } from '../../shared/contract';
import type { DocumentRecord, Fragment, RelationType, Tag } from '../../shared/model';
import type { TargetValue } from '../../shared/values/valueSchema';

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
  /** A target's value as the file states it (a Pizhu export: perhaps the analyst's edit); absent, it is parsed from the quote. */
  value?: TargetValue | null;
  /** The pieces of a discontinuous span (at least two, ordered, apart); `start`/`end` are then their outer bounds. */
  fragments?: Fragment[];
  /** The span's id in the file (a brat T id, a selection's GUID…), unique within its document: what relations name it by. */
  key?: string;
}

/** A relation as an export carries it: between two spans of one document, named by their keys. */
export interface InterchangeRelation {
  docKey: string;
  type: string;
  from: string;
  to: string;
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
  /** The relation types the relations use, or the file declares; a type the file only names has its name as labels. */
  relationTypes: RelationType[];
  /** Relations whose two spans are both among `annotations` (by document and key). */
  relations: InterchangeRelation[];
  /** What the file holds that the import leaves out, by kind. */
  notices: ImportNotice[];
}

/** An interchange of this kind with nothing read into it yet. */
export function emptyInterchange(kind: Interchange['kind']): Interchange {
  return { kind, tags: [], labelledTags: [], documents: [], annotations: [], relationTypes: [], relations: [], notices: [] };
}
