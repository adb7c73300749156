import { useT } from '../i18n/i18n';
import { shellStrings } from './strings/shellStrings';
import { dismissToast, useToasts, type Toast } from './toastStore';
import { Icon } from './Icon';

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useT(shellStrings);
  return (
    <div className={`toast toast-${toast.kind}`}>
      <span className="toast-message">{toast.message}</span>
      <button type="button" className="icon-button" aria-label={t('dismiss')} onClick={() => dismissToast(toast.id)}>
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}

/**
 * The notice area. The alert and status regions exist before anything is put
 * in them, because screen readers announce only changes to a region already in the page.
 */
export function Toasts() {
  const { t } = useT(shellStrings);
  const toasts = useToasts();
  return (
    <section className="toasts" aria-label={t('notifications')}>
      <div role="alert" className="toast-stack">
        {toasts
          .filter((toast) => toast.kind === 'error')
          .map((toast) => (
            <ToastItem key={toast.id} toast={toast} />
          ))}
      </div>
      <div role="status" className="toast-stack">
        {toasts
          .filter((toast) => toast.kind === 'info')
          .map((toast) => (
            <ToastItem key={toast.id} toast={toast} />
          ))}
      </div>
    </section>
  );
}
