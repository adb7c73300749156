import { useEffect, useId, useState, type FormEvent } from 'react';
import type { SessionInfo } from '../../../electron/shared/contract';
import type { RecentSession } from '../../../electron/shared/model';
import { call } from '../api/client';
import { useT } from '../i18n/i18n';
import { holdComposingEnter } from '../keys';
import { Dialog } from './Dialog';
import { RecentSessionList } from './RecentSessionList';
import { errorCode, errorMessage } from './lib/errorMessage';
import { sortRecent } from './lib/recentSessions';
import { sessionStrings } from './strings/sessionStrings';
import { shellStrings } from './strings/shellStrings';

export type SessionDialogMode = 'new' | 'open' | 'saveAs';

interface SessionDialogProps {
  mode: SessionDialogMode;
  currentPath: string | null;
  onDone: (info: SessionInfo, mode: SessionDialogMode) => void;
  onClose: () => void;
}

const HINTED_CODES = ['SESSION_LOCKED', 'BAD_FILE', 'NOT_FOUND', 'CONFLICT', 'INVALID_INPUT', 'FORBIDDEN'] as const;
type HintedCode = (typeof HINTED_CODES)[number];
const isHinted = (code: string | null): code is HintedCode => HINTED_CODES.includes(code as HintedCode);

/** New, Open and Save as, by path; Open also lists the recent sessions. Failures stay in the dialog. */
export function SessionDialog({ mode, currentPath, onDone, onClose }: SessionDialogProps) {
  const { t } = useT(sessionStrings);
  const { t: ts } = useT(shellStrings);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ code: string | null; message: string } | null>(null);
  const [recent, setRecent] = useState<RecentSession[]>([]);
  const [dropped, setDropped] = useState<string[]>([]);
  const inputId = useId();
  const hintId = useId();

  useEffect(() => {
    if (mode !== 'open') return;
    let live = true;
    call('session.recent', {})
      .then((answer) => {
        if (!live) return;
        setRecent(sortRecent(answer.sessions).filter((s) => s.path !== currentPath));
        setDropped(answer.dropped);
      })
      .catch((failure: unknown) => setError({ code: errorCode(failure), message: errorMessage(failure) }));
    return () => {
      live = false;
    };
  }, [mode, currentPath]);

  const run = async (target: string) => {
    setBusy(true);
    setError(null);
    try {
      const operation = mode === 'new' ? 'session.create' : mode === 'open' ? 'session.open' : 'session.saveAs';
      onDone(await call(operation, { path: target }), mode);
    } catch (failure) {
      setError({ code: errorCode(failure), message: errorMessage(failure) });
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = path.trim();
    if (target !== '') void run(target);
  };

  const title = mode === 'new' ? t('newTitle') : mode === 'open' ? t('openTitle') : t('saveAsTitle');
  const action = mode === 'new' ? t('create') : mode === 'open' ? t('open') : t('save');
  const formId = useId();

  return (
    <Dialog
      title={title}
      onClose={onClose}
      className="session-dialog"
      footer={
        <>
          <button type="button" onClick={onClose}>
            {ts('cancel')}
          </button>
          <button type="submit" form={formId} className="primary" disabled={busy || path.trim() === ''}>
            {busy ? t('working') : action}
          </button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} onKeyDown={holdComposingEnter} className="field">
        <label htmlFor={inputId}>{t('path')}</label>
        <input
          id={inputId}
          data-autofocus
          value={path}
          spellCheck={false}
          aria-describedby={hintId}
          aria-invalid={error !== null}
          onChange={(event) => setPath(event.target.value)}
        />
        <p id={hintId} className="hint">
          {t('pathHint')}
        </p>
      </form>
      {error && (
        <div role="alert" className="inline-error">
          {isHinted(error.code) && <strong>{t(error.code)}</strong>}
          <span>{error.message}</span>
        </div>
      )}
      {mode === 'open' && (
        <section className="dialog-section" aria-label={t('recent')}>
          <h3>{t('recent')}</h3>
          <RecentSessionList sessions={recent} dropped={dropped} disabled={busy} onOpen={(target) => void run(target)} />
        </section>
      )}
    </Dialog>
  );
}
