import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Language, Tag } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { TagSwatch } from '../ui/TagChip';
import { workspaceStrings } from './workspaceStrings';

interface TagMenuProps {
  tags: readonly Tag[];
  language: Language;
  /** What the menu is for; by default, tagging the selected text. */
  label?: string;
  x: number;
  y: number;
  onPick: (tagId: string) => void;
  onClose: () => void;
}

/** The context menu on a selection: one item per tag. Arrow keys move, Enter picks, Escape closes. */
export function TagMenu({ tags, language, label, x, y, onPick, onClose }: TagMenuProps) {
  const { t } = useT(workspaceStrings);
  const menu = useRef<HTMLDivElement>(null);
  // Owners pass a new onClose at every render; the menu must not take the focus back to its first item each time.
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  // What had the focus when the menu opened (the text, the find bar's picker) gets it back when a key closes or picks.
  const opener = useRef<HTMLElement | null>(null);
  const giveFocusBack = () => opener.current?.focus({ preventScroll: true });

  useEffect(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus({ preventScroll: true });
    const away = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) closeRef.current();
    };
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      giveFocusBack();
      onClose();
    }
  };

  return (
    <div
      ref={menu}
      className="ws-menu"
      role="menu"
      aria-label={label ?? t('tagMenu')}
      style={{ left: Math.min(x, window.innerWidth - 200), top: Math.min(y, window.innerHeight - 48 * tags.length - 16) }}
      onKeyDown={onKeyDown}
    >
      {tags.map((tag) => (
        <button
          key={tag.id}
          type="button"
          role="menuitem"
          className="ws-menu-item"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            giveFocusBack();
            onPick(tag.id);
          }}
        >
          <TagSwatch color={tag.color} />
          {tag.label[language]}
          {tag.hotkey && <kbd aria-hidden="true">{tag.hotkey}</kbd>}
        </button>
      ))}
    </div>
  );
}
