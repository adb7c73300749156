import { useEffect, useId, useState, type FormEvent } from 'react';
import type { TeamConflict, TeamStatus } from '../../../electron/shared/team/teamApi';
import { call } from '../api/client';
import { useT } from '../i18n/i18n';
import { holdComposingEnter } from '../keys';
import { Dialog } from '../shell/Dialog';
import { errorMessage } from '../shell/lib/errorMessage';
import { showToast } from '../shell/toastStore';
import { ConflictList } from './ConflictList';
import { teamStrings } from './teamStrings';
import { describeState, syncedAt } from './teamState';
import { setTeamStatus, useTeamStatus } from './teamStatusStore';
import './team.css';

/** The Team dialog: join a team (server, database, your name), or see how the replication stands, leave, retry, and settle conflicts. */
export function TeamDialog({ onClose, onChanged }: { onClose: () => void; onChanged: () => void }) {
  const { t } = useT(teamStrings);
  const status = useTeamStatus();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [conflicts, setConflicts] = useState<TeamConflict[]>([]);
  const conflictCount = status?.conflicts ?? 0;

  useEffect(() => {
    if (conflictCount === 0) {
      setConflicts([]);
      return;
    }
    let live = true;
    call('team.conflicts', {})
      .then((list) => live && setConflicts(list))
      .catch((failure: unknown) => live && setError(errorMessage(failure)));
    return () => {
      live = false;
    };
  }, [conflictCount]);

  const act = async (work: () => Promise<TeamStatus>, done?: string) => {
    setBusy(true);
    setError(null);
    try {
      setTeamStatus(await work());
      if (done) showToast('info', done);
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const joined = status?.joined ?? false;
  return (
    <Dialog
      title={t('title')}
      onClose={onClose}
      className="team-dialog"
      size="large"
      footer={
        <>
          {joined && (
            <>
              <button type="button" disabled={busy} onClick={() => void act(() => call('team.leave', {}), t('left'))}>
                {t('leave')}
              </button>
              <button type="button" disabled={busy} onClick={() => void act(() => call('team.retry', {}))}>
                {t('retry')}
              </button>
            </>
          )}
          <button type="button" className={joined ? 'primary' : undefined} onClick={onClose}>
            {t('close')}
          </button>
          {!joined && <JoinButton busy={busy} />}
        </>
      }
    >
      {joined && status ? (
        <TeamState status={status} />
      ) : (
        <JoinForm initialName={status?.analyst?.name ?? ''} busy={busy} onJoin={(input) => void act(() => call('team.join', input))} />
      )}
      {error && (
        <div role="alert" className="inline-error">
          <span>{error}</span>
        </div>
      )}
      {joined && conflictCount > 0 && (
        <section className="dialog-section" aria-labelledby="team-conflicts-title">
          <h3 id="team-conflicts-title">{t('conflictsTitle')}</h3>
          <p className="hint">{t('conflictIntro')}</p>
          <ConflictList conflicts={conflicts} busy={busy} onKeep={(id, rev) => void act(() => call('team.resolve', { id, rev }))} />
        </section>
      )}
    </Dialog>
  );
}

const JOIN_FORM = 'team-join-form';

function JoinButton({ busy }: { busy: boolean }) {
  const { t } = useT(teamStrings);
  return (
    <button type="submit" form={JOIN_FORM} className="primary" disabled={busy}>
      {busy ? t('joining') : t('join')}
    </button>
  );
}

interface JoinInput {
  server: string;
  db: string;
  analystName: string;
  username?: string;
  password?: string;
}

function JoinForm({ initialName, busy, onJoin }: { initialName: string; busy: boolean; onJoin: (input: JoinInput) => void }) {
  const { t } = useT(teamStrings);
  const [server, setServer] = useState('');
  const [db, setDb] = useState('');
  const [name, setName] = useState(initialName);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy || !server.trim() || !db.trim() || !name.trim()) return;
    onJoin({
      server: server.trim(),
      db: db.trim(),
      analystName: name.trim(),
      ...(username && password ? { username, password } : {}),
    });
  };
  const field = (key: string, label: string, value: string, set: (v: string) => void, hint?: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        value={value}
        required={type === 'text' && key !== 'username'}
        spellCheck={false}
        autoComplete={key === 'password' ? 'current-password' : key === 'username' ? 'username' : 'off'}
        aria-describedby={hint ? `${id}-${key}-hint` : undefined}
        data-autofocus={key === 'server' ? true : undefined}
        onChange={(event) => set(event.target.value)}
      />
      {hint && (
        <p id={`${id}-${key}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
  return (
    <form id={JOIN_FORM} className="team-join" onSubmit={submit} onKeyDown={holdComposingEnter}>
      <p className="team-intro">{t('joinIntro')}</p>
      {field('server', t('server'), server, setServer, t('serverHint'), 'url')}
      {field('db', t('db'), db, setDb, t('dbHint'))}
      {field('name', t('name'), name, setName, t('nameHint'))}
      <div className="team-credentials">
        {field('username', t('username'), username, setUsername)}
        {field('password', t('password'), password, setPassword, undefined, 'password')}
      </div>
      <p className="hint">{t('credentialsHint')}</p>
    </form>
  );
}

function TeamState({ status }: { status: TeamStatus }) {
  const { t, language } = useT(teamStrings);
  return (
    <div className="team-state">
      <dl className="team-facts">
        <dt>{t('state')}</dt>
        <dd>
          <span className={`team-badge team-${status.state}`}>{describeState(status, t)}</span>
          {status.conflicts > 0 && <span className="team-badge team-conflict">{t('conflicts', { count: status.conflicts })}</span>}
          <span className="muted">{syncedAt(status, t, language)}</span>
          {status.pending > 0 && <span className="muted">{t('pending', { count: status.pending })}</span>}
        </dd>
        {status.analyst && (
          <>
            <dt className="visually-hidden">{t('name')}</dt>
            <dd>{t('you', { name: status.analyst.name })}</dd>
          </>
        )}
        {status.server && (
          <>
            <dt className="visually-hidden">{t('server')}</dt>
            <dd className="team-where">{t('where', { server: status.server, db: status.db ?? '' })}</dd>
          </>
        )}
      </dl>
      {status.problems.length > 0 && (
        <section className="dialog-section" aria-labelledby="team-problems-title">
          <h3 id="team-problems-title">{t('problems')}</h3>
          <ul className="team-problems">
            {status.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
