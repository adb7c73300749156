import type { ExportRequest } from '../../shared/contract';
import type { IndicatorGroups } from '../../shared/indicators/indicatorGroupsSchema';
import type { Analyst, Annotation, DocumentRecord, Relation, RelationType, Tag } from '../../shared/model';

export type { ExportRequest };

/** Everything an export may draw on: the session as it is when the export starts. */
export interface ExportSnapshot {
  sessionName: string;
  exportedAt: string;
  tags: Tag[];
  documents: DocumentRecord[];
  annotations: Annotation[];
  /** The indicator groups merged and named by hand, for the xlsx sheet of indicators; absent: none. */
  indicatorGroups?: IndicatorGroups;
  /** The analysts the spans' `annotator` ids name (a team's session); absent: none is known. */
  analysts?: Analyst[];
  /** The session's relation types; none when absent. */
  relationTypes?: RelationType[];
  /** Relations between the spans; none when absent. */
  relations?: Relation[];
}

/** One finished export, ready to be written or sent as it is. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** The `format` value that marks Pizhu's own lossless JSON export. */
export const SESSION_EXPORT_FORMAT = 'pizhu-session-export';
export const SESSION_EXPORT_SCHEMA_VERSION = 1;

/**
 * Collection property of the W3C export that carries the documents' texts.
 * The Web Annotation model only points at sources by IRI; without the texts a
 * fresh session could not re-import the annotations. JSON-LD allows extra
 * terms, and a compact IRI with an undeclared prefix is read as an absolute IRI.
 */
export const W3C_DOCUMENTS_KEY = 'pizhu:documents';

/** The stable IRI the W3C export gives a document: its content hash, so the same text has the same IRI in every session. */
export function documentIri(hash: string): string {
  return `urn:pizhu:doc:${hash}`;
}

/**
 * The media type of the W3C body that carries a target's value: a describing
 * TextualBody whose value is the value as JSON ("null" where the quote holds
 * none), so that a re-import keeps a value the analyst edited.
 */
export const W3C_VALUE_FORMAT = 'application/json';
