export type ExportScope = 'current' | 'all' | 'chosen';

/** The `docIds` of an export request: null means every document. */
export function exportDocIds(scope: ExportScope, currentDocId: string | null, chosen: readonly string[]): string[] | null {
  switch (scope) {
    case 'all':
      return null;
    case 'current':
      return currentDocId === null ? [] : [currentDocId];
    case 'chosen':
      return [...chosen];
  }
}

/** The `tags` of an export request: null when every tag is chosen, so tags added later are not left out. */
export function exportTagIds(allTagIds: readonly string[], chosen: readonly string[]): string[] | null {
  const wanted = new Set(chosen);
  if (allTagIds.every((id) => wanted.has(id))) return null;
  return allTagIds.filter((id) => wanted.has(id));
}

/** Whether the choices can make an export: at least one document and one tag. */
export function exportReady(docIds: readonly string[] | null, tagIds: readonly string[] | null): boolean {
  return (docIds === null || docIds.length > 0) && (tagIds === null || tagIds.length > 0);
}
