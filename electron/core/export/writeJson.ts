import type { ExportScope } from './exportScope';
import { SESSION_EXPORT_FORMAT, SESSION_EXPORT_SCHEMA_VERSION, type ExportSnapshot } from './exportTypes';

/** Pizhu's own lossless export: the documents in scope with all their fields, their spans (fragments included), the tags, the relations between those spans and the relation types. */
export function writeJson(scope: ExportScope, snapshot: ExportSnapshot): Uint8Array {
  const body = {
    format: SESSION_EXPORT_FORMAT,
    schemaVersion: SESSION_EXPORT_SCHEMA_VERSION,
    name: snapshot.sessionName,
    exportedAt: snapshot.exportedAt,
    tags: scope.tags,
    documents: scope.documents.map((d) => d.doc),
    annotations: scope.documents.flatMap((d) => d.annotations),
    // Who the spans' `annotator` ids are: a team's analysts, by id.
    ...(scope.analystById.size && { analysts: [...scope.analystById.values()] }),
    relationTypes: scope.relationTypes,
    relations: scope.documents.flatMap((d) => d.relations),
  };
  return Buffer.from(JSON.stringify(body, null, 2) + '\n', 'utf8');
}
