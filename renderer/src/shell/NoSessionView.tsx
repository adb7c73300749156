import { useEffect, useState } from 'react';
import type { RecentSession } from '../../../electron/shared/model';
import { call } from '../api/client';
import { emitCommand } from '../commands';
import { useT } from '../i18n/i18n';
import { RecentSessionList } from './RecentSessionList';
import { sortRecent } from './lib/recentSessions';
import { shellStrings } from './strings/shellStrings';

/** What the window shows with no session open: start a new one, open one, or pick a recent one. */
export function NoSessionView({ onOpenRecent }: { onOpenRecent: (path: string) => void }) {
  const { t } = useT(shellStrings);
  const [recent, setRecent] = useState<RecentSession[]>([]);
  const [dropped, setDropped] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    call('session.recent', {})
      .then((answer) => {
        if (!live) return;
        setRecent(sortRecent(answer.sessions));
        setDropped(answer.dropped);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  return (
    <main className="empty-state welcome">
      <div className="empty-card">
        <span className="welcome-mark" aria-hidden="true">
          {t('brandMark')}
        </span>
        <h2>{t('welcomeTitle')}</h2>
        <p>{t('welcomeBody')}</p>
        <div className="button-row">
          <button type="button" className="primary" onClick={() => emitCommand('newSession')}>
            {t('newSession')}
          </button>
          <button type="button" onClick={() => emitCommand('openSession')}>
            {t('openSession')}
          </button>
        </div>
        {(recent.length > 0 || dropped.length > 0) && (
          <section className="welcome-recent" aria-label={t('recentSessions')}>
            <h3>{t('recentSessions')}</h3>
            <RecentSessionList sessions={recent} dropped={dropped} onOpen={onOpenRecent} />
          </section>
        )}
      </div>
    </main>
  );
}
