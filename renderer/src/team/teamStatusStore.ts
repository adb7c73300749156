import { useSyncExternalStore } from 'react';
import type { TeamStatus } from '../../../electron/shared/team/teamApi';
import { call } from '../api/client';

/** How often the status is asked for while something shows it: replication runs on its own, and says nothing unasked. */
const POLL_MS = 2000;

let current: TeamStatus | null = null;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function publish(next: TeamStatus | null): void {
  if (JSON.stringify(next) === JSON.stringify(current)) return;
  current = next;
  for (const listener of listeners) listener();
}

/** Ask the core now (after a join, leave, retry or choice); a failure (no session open) shows as no team. */
export async function refreshTeamStatus(): Promise<void> {
  publish(await call('team.status', {}).catch(() => null));
}

/** Show a status the core has just answered with. */
export function setTeamStatus(status: TeamStatus): void {
  publish(status);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    void refreshTeamStatus();
    timer = setInterval(() => void refreshTeamStatus(), POLL_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The open session's team status, kept current while a component shows it. */
export function useTeamStatus(): TeamStatus | null {
  return useSyncExternalStore(subscribe, () => current);
}
