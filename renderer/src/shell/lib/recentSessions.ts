import type { Language, RecentSession } from '../../../../electron/shared/model';

/** The last part of a path, for either separator (sessions made on Windows may be listed). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]+/).filter((part) => part !== '');
  return parts[parts.length - 1] ?? path;
}

/** Recent sessions, most recently opened first; ties keep their order. */
export function sortRecent(sessions: readonly RecentSession[]): RecentSession[] {
  return [...sessions].sort((a, b) => Date.parse(b.lastOpened) - Date.parse(a.lastOpened));
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** Intl's word for "0 seconds ago" is "now"/"现在", which reads oddly after "last opened". */
const JUST_NOW: Record<Language, string> = { zh: '刚刚', en: 'just now' };

/**
 * When a session was last opened, relative to `now` ("3 天前", "2 hours ago"),
 * or "just now" under a minute; an unreadable date is shown as given.
 */
export function formatLastOpened(iso: string, now: Date, language: Language): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return iso;
  const seconds = Math.round((then - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(language === 'zh' ? 'zh-CN' : 'en', { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return JUST_NOW[language];
}
