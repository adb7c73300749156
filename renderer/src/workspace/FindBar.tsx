import { useEffect, useMemo, useRef, useState } from 'react';
import type { OffsetMap } from '../../../electron/shared/codePoints';
import type { Language, Tag } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { isCommitEnter, isComposing } from '../keys';
import { findMatches } from './findMatches';
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
  const { t } = useT('workspace', workspaceStrings);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const [pendingTag, setPendingTag] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
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
          if (isCommitEnter(event)) {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape' && !isComposing(event)) {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <span className="ws-find-count" role="status" aria-live="polite">
        {query ? (matches.length ? t('findCount', { current: current + 1, count: matches.length }) : t('findNone')) : ''}
      </span>
      <button type="button" className="ws-icon-button" aria-label={t('findPrev')} title={t('findPrev')} disabled={!matches.length} onClick={() => step(-1)}>
        ↑
      </button>
      <button type="button" className="ws-icon-button" aria-label={t('findNext')} title={t('findNext')} disabled={!matches.length} onClick={() => step(1)}>
        ↓
      </button>
      <select
        aria-label={t('tagAll')}
        title={t('tagAll')}
        value=""
        disabled={!matches.length}
        onChange={(event) => setPendingTag(event.target.value || null)}
      >
        <option value="">{t('tagAll')}…</option>
        {tags.map((tag) => (
          <option key={tag.id} value={tag.id}>
            {tag.label[language]}
          </option>
        ))}
      </select>
      <button type="button" className="ws-icon-button" aria-label={t('findClose')} title={t('findClose')} onClick={onClose}>
        ×
      </button>
      {pending && matches.length > 0 && (
        <div className="ws-confirm" role="alertdialog" aria-label={t('tagAll')} aria-describedby="ws-confirm-text">
          <p id="ws-confirm-text">{t('tagAllConfirm', { count: matches.length, query, label: pending.label[language] })}</p>
          <button type="button" onClick={() => setPendingTag(null)} autoFocus>
            {t('cancel')}
          </button>
          <button
            type="button"
            className="ws-primary"
            onClick={() => {
              setPendingTag(null);
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
