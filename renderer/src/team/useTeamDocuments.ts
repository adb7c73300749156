import { useEffect } from 'react';
import { useTeamStatus } from './teamStatusStore';

/** Read the document list again when the core has added documents a teammate imported (the status counts them). */
export function useTeamDocuments(refresh: () => unknown): void {
  const added = useTeamStatus()?.documentsFromTeam ?? 0;
  useEffect(() => {
    if (added > 0) void refresh();
  }, [added, refresh]);
}
