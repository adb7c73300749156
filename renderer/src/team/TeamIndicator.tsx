import { useT } from '../i18n/i18n';
import { teamStrings } from './teamStrings';
import { useTeamStatus } from './teamStatusStore';
import { describeState, syncedAt } from './teamState';
import './team.css';

/** The team's state in the top bar, always in view (connected, offline, syncing N, conflicts M, last synced at); opens the Team dialog. */
export function TeamIndicator({ onOpen, disabled }: { onOpen: () => void; disabled: boolean }) {
  const { t, language } = useT(teamStrings);
  const status = useTeamStatus();
  const joined = status?.joined ?? false;
  const state = joined ? describeState(status!, t) : t('notJoined');
  const when = joined ? syncedAt(status!, t, language) : null;
  return (
    <button
      type="button"
      className={`toolbar-button team-indicator team-${joined ? status!.state : 'none'}`}
      title={t('buttonTitle')}
      disabled={disabled}
      onClick={onOpen}
    >
      <span className="team-dot" aria-hidden="true" />
      {/* Named by what it shows (as a voice user reads it), after a word of what it is. */}
      <span className="visually-hidden">{t('statusPrefix')}</span>
      <span className="team-word">{joined ? state : t('button')}</span>
      {!joined && <span className="visually-hidden">{t('notJoined')}</span>}
      {joined && status!.conflicts > 0 && <span className="team-conflicts">{t('conflicts', { count: status!.conflicts })}</span>}
      {when && <span className="team-when">{when}</span>}
    </button>
  );
}
