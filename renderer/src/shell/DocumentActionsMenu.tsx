import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useT } from '../i18n/i18n';
import { navigateIndex } from './lib/listOrder';
import { SHORTCUTS, type Chord } from './lib/shortcuts';
import { documentMetaStrings } from './strings/documentMetaStrings';
import { shellStrings } from './strings/shellStrings';
import { useChordLabel } from './useChordLabel';

interface DocumentActionsMenuProps {
  title: string;
  x: number;
  y: number;
  onRename: () => void;
  /** Open the document's properties: date, region, issuer. */
  onProperties: () => void;
  onDelete: () => void;
  /** `refocus` when closed by a key, so the focus goes back to the document. */
  onClose: (refocus: boolean) => void;
}

const keysOf = (id: 'listRename' | 'listDelete'): readonly Chord[] => SHORTCUTS.find((s) => s.id === id)?.chords ?? [];

/** A document's actions, opened by right click, the Menu key or Shift+F10 on it: the arrows move, Enter runs, Escape closes. */
export function DocumentActionsMenu({ title, x, y, onRename, onProperties, onDelete, onClose }: DocumentActionsMenuProps) {
  const { t } = useT(shellStrings);
  const { t: tm } = useT(documentMetaStrings);
  const chordLabel = useChordLabel();
  const menu = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) closeRef.current(false);
    };
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
      return;
    }
    if (event.key === 'Tab') {
      onClose(false);
      return;
    }
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const next = navigateIndex(items.indexOf(document.activeElement as HTMLElement), event.key, items.length);
    if (next === null) return;
    event.preventDefault();
    items[next]?.focus();
  };

  const item = (label: string, keys: readonly Chord[], run: () => void, className = '') => (
    <button type="button" role="menuitem" tabIndex={-1} className={className} onClick={run}>
      {label}
      <kbd>{keys.map(chordLabel).join(' / ')}</kbd>
    </button>
  );

  return (
    <div
      ref={menu}
      role="menu"
      aria-label={t('docActions', { title })}
      className="menu doc-menu"
      style={{ left: Math.min(x, window.innerWidth - 248), top: Math.min(y, window.innerHeight - 136) }}
      onKeyDown={onKeyDown}
    >
      {item(t('rename'), keysOf('listRename'), onRename)}
      {item(tm('properties'), [], onProperties)}
      {item(t('deleteEllipsis'), keysOf('listDelete'), onDelete, 'danger-text')}
    </div>
  );
}
