import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { Dialog } from './Dialog';
import { shellStrings } from './strings/shellStrings';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Destructive actions get the danger colour. */
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A yes/no question; Cancel has the focus first, so that Enter alone never destroys anything. */
export function ConfirmDialog({ title, children, confirmLabel, danger = false, busy = false, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useT(shellStrings);
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      size="small"
      className="confirm-dialog"
      footer={
        <>
          <button type="button" data-autofocus onClick={onCancel}>
            {t('cancel')}
          </button>
          <button type="button" className={danger ? 'danger' : 'primary'} disabled={busy} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
