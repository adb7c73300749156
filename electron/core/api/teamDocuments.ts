import type { DocumentSource } from '../../shared/model';
import type { SessionStore } from '../store/SessionStore';
import type { TeamDocument } from '../team/teamRecords';
import { commitFiles } from './commitImport';
import type { CoreContext } from './CoreContext';

/**
 * Add documents a teammate imported to the session, through the import's own path (dates, regions, the same text
 * never twice): between operations, only while `store` is still the open session, and none that `skip` names
 * (asked there, after any deletion queued before). The ids added, and what could not be added.
 */
export async function adoptTeamDocuments(
  ctx: CoreContext,
  store: SessionStore,
  documents: readonly TeamDocument[],
  skip: (hash: string) => boolean,
): Promise<{ added: string[]; errors: string[] }> {
  return ctx.exclusive(async () => {
    if (ctx.store !== store || store.readOnly) return { added: [], errors: [] };
    const importedAt = new Date().toISOString();
    const report = await commitFiles(
      ctx,
      documents
        .filter((doc) => !skip(doc.hash))
        .map((doc) => {
          const source: DocumentSource = {
            fileName: doc.title,
            format: 'txt',
            encoding: 'UTF-8',
            importedAt,
            cleanup: false,
            captions: [],
          };
          return {
            file: doc.title,
            kind: 'documents' as const,
            documents: [{ title: doc.title, text: doc.text, headings: [], hash: doc.hash, source }],
            notices: [],
          };
        }),
    );
    return { added: report.created.map((created) => created.id), errors: report.errors.map((error) => error.message) };
  });
}
