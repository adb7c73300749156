import { useEffect } from 'react';
import { useTeamStatus } from './teamStatusStore';

/**
 * Read the spans again when the core has merged the own spans written on another machine, and the tags when
 * teammates' edits of the tags or relation types were applied (the status counts both).
 */
export function useTeamMerges(spansChanged: () => unknown, tagsChanged: () => unknown): void {
  const status = useTeamStatus();
  const spans = status?.spansFromTeam ?? 0;
  const tags = status?.tagsFromTeam ?? 0;
  useEffect(() => {
    if (spans > 0) void spansChanged();
  }, [spans, spansChanged]);
  useEffect(() => {
    if (tags > 0) void tagsChanged();
  }, [tags, tagsChanged]);
}
