import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { isComposing } from '../keys';
import { shellStrings } from './strings/shellStrings';
import { Icon } from './Icon';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** The action buttons, kept in view below a scrolling body. */
  footer?: ReactNode;
  size?: 'small' | 'medium' | 'large';
  /** Names the dialog's purpose for tests and styling. */
  className?: string;
}

/**
 * A modal dialog on the native <dialog>: showModal() makes the rest of the
 * page inert. Tab is also kept inside by hand, because Chromium lets it
 * wander to the browser's own controls, and focus goes back to whatever had
 * it before. Esc and the close button ask the owner to close; the owner
 * decides, so that closing can run clean-up (cancel an import preview).
 */
export function Dialog({ title, onClose, children, footer, size = 'medium', className = '' }: DialogProps) {
  const { t } = useT(shellStrings);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>(`.dialog-body :is(${FOCUSABLE})`) ??
      dialog.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      // Handled here rather than by the native cancel, which Chromium will not let a page refuse twice in a row.
      event.preventDefault();
      event.stopPropagation();
      // An input method's Escape drops the word being composed; only a plain one closes the dialog.
      if (!isComposing(event)) onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => el.closest('dialog') === event.currentTarget,
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      className={`dialog dialog-${size} ${className}`}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label={t('close')} onClick={() => onCloseRef.current()}>
          <Icon name="close" />
        </button>
      </header>
      <div className="dialog-body">{children}</div>
      {footer && <footer className="dialog-footer">{footer}</footer>}
    </dialog>
  );
}
