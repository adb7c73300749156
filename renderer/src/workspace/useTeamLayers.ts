import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TeamLayer } from '../../../electron/shared/team/teamApi';
import { call } from '../api/client';
import { useTeamStatus } from '../team/teamStatusStore';

const NO_LAYERS: readonly TeamLayer[] = [];

/**
 * The other analysts' layers of the open document, read again whenever the replica has caught up with the server,
 * and which of them the reader hides (kept in the session's view state).
 */
export function useTeamLayers(docId: string, report: (error: unknown) => void) {
  const status = useTeamStatus();
  const joined = status?.joined ?? false;
  const syncedAt = status?.lastSyncedAt ?? null;
  const [layers, setLayers] = useState<readonly TeamLayer[]>(NO_LAYERS);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());

  useEffect(() => {
    let live = true;
    call('view.get', {})
      .then((view) => live && setHidden(new Set(view.hiddenLayers ?? [])))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [docId]);

  useEffect(() => {
    if (!joined) {
      setLayers(NO_LAYERS);
      return;
    }
    let live = true;
    call('team.layers', { docId })
      .then((next) => live && setLayers(next))
      .catch((error: unknown) => live && report(error));
    return () => {
      live = false;
    };
  }, [docId, joined, syncedAt, report]);

  const toggle = useCallback(
    (analystId: string) => {
      setHidden((before) => {
        const next = new Set(before);
        if (next.has(analystId)) next.delete(analystId);
        else next.add(analystId);
        call('view.set', { hiddenLayers: [...next] }).catch(report);
        return next;
      });
    },
    [report],
  );

  const shown = useMemo(() => layers.filter((layer) => !hidden.has(layer.analyst.id)), [layers, hidden]);
  return { layers, shown, hidden, toggle };
}
