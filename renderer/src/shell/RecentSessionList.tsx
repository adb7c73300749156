import type { RecentSession } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { formatLastOpened } from './lib/recentSessions';
import { sessionStrings } from './strings/sessionStrings';

interface RecentSessionListProps {
  sessions: readonly RecentSession[];
  /** Paths of sessions whose folders are gone; the core has already forgotten them. */
  dropped: readonly string[];
  onOpen: (path: string) => void;
  disabled?: boolean;
}

/** Recent sessions with their counts and when they were last opened, and those that were dropped. */
export function RecentSessionList({ sessions, dropped, onOpen, disabled = false }: RecentSessionListProps) {
  const { t, language } = useT(sessionStrings);
  const now = new Date();
  return (
    <div className="recent">
      {sessions.length === 0 ? (
        <p className="muted">{t('noRecent')}</p>
      ) : (
        <ul className="recent-list">
          {sessions.map((entry) => (
            <li key={entry.path}>
              <button
                type="button"
                className="recent-item"
                disabled={disabled}
                aria-label={t('openRecentItem', { name: entry.name, path: entry.path })}
                onClick={() => onOpen(entry.path)}
              >
                <span className="recent-name">{entry.name}</span>
                <span className="recent-path">
                  <bdi dir="ltr">{entry.path}</bdi>
                </span>
                <span className="recent-meta">
                  <span>{t('recentCounts', { documents: entry.documents, spans: entry.spans })}</span>
                  <time dateTime={entry.lastOpened} title={new Date(entry.lastOpened).toLocaleString(language === 'zh' ? 'zh-CN' : 'en')}>
                    {t('lastOpened', { when: formatLastOpened(entry.lastOpened, now, language) })}
                  </time>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {dropped.length > 0 && (
        <div className="recent-dropped">
          <p>{t('dropped')}</p>
          <ul>
            {dropped.map((path) => (
              <li key={path}>
                <code>{path}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
