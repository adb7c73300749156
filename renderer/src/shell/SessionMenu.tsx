import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { RecentSession } from '../../../electron/shared/model';
import { call } from '../api/client';
import { emitCommand } from '../commands';
import { useT } from '../i18n/i18n';
import { navigateIndex } from './lib/listOrder';
import { sortRecent } from './lib/recentSessions';
import { shellStrings } from './strings/shellStrings';
import { Icon } from './Icon';

/** How many recent sessions the menu offers; the Open dialog lists them all. */
const RECENT_IN_MENU = 5;

interface SessionMenuProps {
  hasSession: boolean;
  currentPath: string | null;
  onOpenRecent: (path: string) => void;
}

/** The session menu button: New, Open, Open recent, Save as, Close, also reachable where the native menu is absent. */
export function SessionMenu({ hasSession, currentPath, onOpenRecent }: SessionMenuProps) {
  const { t } = useT(shellStrings);
  const [open, setOpen] = useState(false);
  const [recent, setRecent] = useState<RecentSession[]>([]);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const recentLabelId = useId();

  useEffect(() => {
    if (!open) return;
    let live = true;
    call('session.recent', {})
      .then((answer) => {
        if (live)
          setRecent(
            sortRecent(answer.sessions)
              .filter((s) => s.path !== currentPath)
              .slice(0, RECENT_IN_MENU),
          );
      })
      .catch(() => {
        if (live) setRecent([]);
      });
    const onPointer = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node) && !buttonRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => {
      live = false;
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open, currentPath]);

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
  }, [open, recent]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const run = (action: () => void) => {
    close(true);
    action();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
      return;
    }
    if (event.key === 'Tab') {
      close(false);
      return;
    }
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])')];
    const current = items.indexOf(document.activeElement as HTMLElement);
    const next = navigateIndex(current, event.key, items.length);
    if (next === null) return;
    event.preventDefault();
    items[next]?.focus();
  };

  return (
    <div className="menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        className="toolbar-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t('session')}
        <Icon name="chevron" size={14} />
      </button>
      {open && (
        <div ref={menuRef} id={menuId} role="menu" aria-label={t('sessionMenu')} className="menu" onKeyDown={onMenuKeyDown}>
          <button type="button" role="menuitem" tabIndex={-1} onClick={() => run(() => emitCommand('newSession'))}>
            {t('newSession')}
          </button>
          <button type="button" role="menuitem" tabIndex={-1} onClick={() => run(() => emitCommand('openSession'))}>
            {t('openSession')}
            <kbd>Ctrl+O</kbd>
          </button>
          <div role="group" aria-labelledby={recentLabelId} className="menu-group">
            <div id={recentLabelId} className="menu-group-label" role="presentation">
              {t('openRecent')}
            </div>
            {recent.length === 0 && <div className="menu-empty">{t('noRecent')}</div>}
            {recent.map((entry) => (
              <button
                key={entry.path}
                type="button"
                role="menuitem"
                tabIndex={-1}
                title={entry.path}
                onClick={() => run(() => onOpenRecent(entry.path))}
              >
                {entry.name}
              </button>
            ))}
          </div>
          <div role="separator" className="menu-separator" />
          <button type="button" role="menuitem" tabIndex={-1} disabled={!hasSession} onClick={() => run(() => emitCommand('saveAs'))}>
            {t('saveAs')}
            <kbd>Ctrl+Shift+S</kbd>
          </button>
          <button type="button" role="menuitem" tabIndex={-1} disabled={!hasSession} onClick={() => run(() => emitCommand('closeSession'))}>
            {t('closeSession')}
          </button>
          <div role="separator" className="menu-separator" />
          <button type="button" role="menuitem" tabIndex={-1} onClick={() => run(() => emitCommand('settings'))}>
            {t('settings')}
          </button>
        </div>
      )}
    </div>
  );
}
