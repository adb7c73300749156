import { emitCommand } from '../commands';
import { useT } from '../i18n/i18n';
import { shellStrings } from './strings/shellStrings';

/** A session without documents: say how to bring some in. */
export function EmptySessionView() {
  const { t } = useT(shellStrings);
  return (
    <div className="empty-state">
      <div className="drop-hint">
        <span className="drop-hint-icon" aria-hidden="true">
          ⇣
        </span>
        <h2>{t('emptyTitle')}</h2>
        <p>{t('emptyBody')}</p>
        <button type="button" className="primary" onClick={() => emitCommand('import')}>
          {t('emptyImport')}
        </button>
      </div>
    </div>
  );
}
