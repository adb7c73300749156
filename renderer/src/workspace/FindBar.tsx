import { useEffect, useMemo, useRef, useState } from 'react';
import type { OffsetMap } from '../../../electron/shared/codePoints';
import type { Language, Tag } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { isComposing } from '../keys';
import { isMac } from '../shell/lib/platform';
import { isShortcut } from '../shell/lib/shortcuts';
import { findMatches } from './findMatches';
import { TagMenu } from './TagMenu';
import type { TextRange } from './trimRange';
import { workspaceStrings } from './workspaceStrings';

interface FindBarProps {
  map: OffsetMap;
  tags: readonly Tag[];
  language: Language;
  /** Bumped by every Ctrl+F, to put the focus back in the query field. */
  focusToken: number;
  onShow: (matches: readonly TextRange[], current: number) => void;
  onTagAll: (matches: readonly TextRange[], tag: string) => Promise<void>;
  onClose: () => void;
}

/** Find in the document: match count, next/previous, and tagging every match at once after a confirmation. */
export function FindBar({ map, tags, language, focusToken, onShow, onTagAll, onClose }: FindBarProps) {
  const { t } = useT(workspaceStrings);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const [pendingTag, setPendingTag] = useState<string | null>(null);
  const [picker, setPicker] = useState<{ x: number; y: number } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const pickButton = useRef<HTMLButtonElement>(null);
  const matches = useMemo(() => findMatches(map, query), [map, query]);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusToken]);

  useEffect(() => onShow(matches, Math.min(current, matches.length - 1)), [matches, current, onShow]);

  const step = (by: number) => {
    if (matches.length) setCurrent((c) => (c + by + matches.length) % matches.length);
  };
  const pending = tags.find((tag) => tag.id === pendingTag);

  const openPicker = () => {
    const box = pickButton.current?.getBoundingClientRect();
    if (box) setPicker({ x: box.left, y: box.bottom + 4 });
  };
  // The confirmation takes the focus; when it goes, the focus comes back to the picker rather than to the page's body.
  const endConfirm = () => {
    setPendingTag(null);
    pickButton.current?.focus();
  };

  return (
    <div className="ws-find" role="search" aria-label={t('findBar')}>
      <input
        ref={input}
        type="search"
        value={query}
        aria-label={t('findQuery')}
        placeholder={t('findQuery')}
        onChange={(event) => {
          setQuery(event.target.value);
          setCurrent(0);
          setPendingTag(null);
        }}
        onKeyDown={(event) => {
          if (isComposing(event)) return;
          const back = isShortcut('findPrev', event, isMac);
          if (back || isShortcut('findNext', event, isMac)) {
            event.preventDefault();
            step(back ? -1 : 1);
          } else if (isShortcut('findClose', event, isMac)) {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <span className="ws-find-count" role="status" aria-live="polite">
        {query ? (matches.length ? t('findCount', { current: current + 1, count: matches.length }) : t('findNone')) : ''}
      </span>
      <button
        type="button"
        className="ws-icon-button"
        aria-label={t('findPrev')}
        title={t('findPrev')}
        disabled={!matches.length}
        onClick={() => step(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="ws-icon-button"
        aria-label={t('findNext')}
        title={t('findNext')}
        disabled={!matches.length}
        onClick={() => step(1)}
      >
        ↓
      </button>
      {/* A menu button rather than a select: a closed select commits on every arrow key, and the choice here asks at once. */}
      <button
        ref={pickButton}
        type="button"
        className="ws-pick"
        aria-haspopup="menu"
        aria-expanded={picker !== null}
        disabled={!matches.length}
        onClick={openPicker}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            openPicker();
          }
        }}
      >
        {t('tagAll')}…
        <span className="ws-pick-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {picker && (
        <TagMenu
          tags={tags}
          language={language}
          label={t('tagAll')}
          x={picker.x}
          y={picker.y}
          onPick={(tag) => {
            setPicker(null);
            setPendingTag(tag);
          }}
          onClose={() => setPicker(null)}
        />
      )}
      <button type="button" className="ws-icon-button" aria-label={t('findClose')} title={t('findClose')} onClick={onClose}>
        ×
      </button>
      {pending && matches.length > 0 && (
        <div className="ws-confirm" role="alertdialog" aria-label={t('tagAll')} aria-describedby="ws-confirm-text">
          <p id="ws-confirm-text">{t('tagAllConfirm', { count: matches.length, query, label: pending.label[language] })}</p>
          <button type="button" onClick={endConfirm} autoFocus>
            {t('cancel')}
          </button>
          <button
            type="button"
            className="ws-primary"
            onClick={() => {
              endConfirm();
              void onTagAll(matches, pending.id);
            }}
          >
            {t('confirm')}
          </button>
        </div>
      )}
    </div>
  );
}
