import type { Language } from '../../../electron/shared/model';
import type { TeamStatus } from '../../../electron/shared/team/teamApi';
import type { teamStrings } from './teamStrings';

type T = (key: keyof (typeof teamStrings)['en'], options?: Record<string, unknown>) => string;

/** The replication's state in words: connected, offline, syncing N, or an error. */
export function describeState(status: TeamStatus, t: T): string {
  if (status.state === 'syncing') return t('syncing', { count: status.pending });
  return t(status.state);
}

/** When the replica last caught up, as a time of day (and the date when not today). */
export function syncedAt(status: TeamStatus, t: T, language: Language): string {
  if (!status.lastSyncedAt) return t('never');
  const at = new Date(status.lastSyncedAt);
  const today = at.toDateString() === new Date().toDateString();
  const locale = language === 'zh' ? 'zh-CN' : 'en-GB';
  const time = today
    ? at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })
    : at.toLocaleString(locale, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  return t('lastSynced', { time });
}
