import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { SearchHit, SearchResult } from '../../../electron/shared/contract';
import type { DocumentSummary, Tag } from '../../../electron/shared/model';
import { call } from '../api/client';
import { useT } from '../i18n/i18n';
import { TagMenu } from '../workspace/TagMenu';
import { Dialog } from './Dialog';
import { errorMessage } from './lib/errorMessage';
import { SHORTCUTS } from './lib/shortcuts';
import { hitKey, SearchResults } from './SearchResults';
import type { SearchSettings } from './searchSettings';
import { searchStrings } from './strings/searchStrings';
import { showToast } from './toastStore';
import { useChordLabel } from './useChordLabel';

/** Typing settles this long before the search runs: a search per keystroke would answer the first letters, not the word. */
const SETTLE_MS = 250;

interface SearchDialogProps {
  documents: readonly DocumentSummary[];
  tags: readonly Tag[];
  initial: SearchSettings;
  onSettings: (settings: SearchSettings) => void;
  onOpenHit: (hit: SearchHit) => void;
  /** Spans were made: the shell refreshes counts and the open document. */
  onTagged: () => void;
  onClose: () => void;
}

/**
 * Search across the session's documents (search.run): a phrase or a
 * regular expression, full-width and half-width alike, optionally across
 * spaces and line breaks, in every document or those checked. The hits are
 * concordance lines grouped by document; checked hits (or all) can be
 * tagged at once as one undoable change (search.tagAll). An input method's
 * composition is not searched until it is committed.
 */
export function SearchDialog({ documents, tags, initial, onSettings, onOpenHit, onTagged, onClose }: SearchDialogProps) {
  const { t, language } = useT(searchStrings);
  const chordLabel = useChordLabel();
  const [settings, setSettings] = useState(initial);
  const [typed, setTyped] = useState(initial.query);
  const composing = useRef(false);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [picker, setPicker] = useState<{ x: number; y: number } | null>(null);
  const tagButton = useRef<HTMLButtonElement>(null);
  const scopeId = useId();
  const { query, regex, ignoreSpace, scope } = settings;
  const scopeKey = scope.join(' ');

  const update = (change: Partial<SearchSettings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    onSettings(next);
  };

  useEffect(() => {
    if (!query) {
      setResult(null);
      setError(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      setBusy(true);
      call('search.run', { query, regex, ignoreSpace, docIds: scopeKey ? scopeKey.split(' ') : null })
        .then((found) => {
          if (!live) return;
          setResult(found);
          setError(null);
          setChecked(new Set());
        })
        .catch((e: unknown) => {
          if (!live) return;
          setResult(null);
          setError(errorMessage(e));
        })
        .finally(() => live && setBusy(false));
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, regex, ignoreSpace, scopeKey]);

  const allHits = useMemo(() => result?.documents.flatMap((d) => d.hits) ?? [], [result]);
  const toTag = checked.size ? allHits.filter((hit) => checked.has(hitKey(hit))) : allHits;

  const check = (keys: readonly string[], on: boolean) =>
    setChecked((current) => {
      const next = new Set(current);
      for (const key of keys) {
        if (on) next.add(key);
        else next.delete(key);
      }
      return next;
    });

  const tagAll = async (tagId: string) => {
    setPicker(null);
    const label = tags.find((tag) => tag.id === tagId)?.label[language] ?? tagId;
    try {
      const made = await call('search.tagAll', {
        tag: tagId,
        hits: toTag.map(({ docId, start, end }) => ({ docId, start, end })),
      });
      tagButton.current?.focus();
      if (!made.length) {
        showToast('info', t('nothingNew', { label }));
        return;
      }
      const undo = SHORTCUTS.find((shortcut) => shortcut.id === 'undo')!.chords[0];
      const counts = { count: made.length, label, docs: new Set(made.map((a) => a.docId)).size, keys: chordLabel(undo) };
      const skipped = toTag.length - made.length;
      showToast('info', skipped ? t('taggedSome', { ...counts, skipped }) : t('tagged', counts));
      onTagged();
    } catch (e) {
      showToast('error', errorMessage(e));
    }
  };

  const openPicker = () => {
    const box = tagButton.current?.getBoundingClientRect();
    if (box) setPicker({ x: box.left, y: box.bottom + 4 });
  };

  const status = error
    ? null
    : busy
      ? t('searching')
      : result
        ? result.total
          ? t('summary', { count: result.total, docs: result.documents.length })
          : t('none')
        : '';

  return (
    <Dialog title={t('title')} onClose={onClose} size="large" className="search-dialog">
      <div className="search-form" role="search">
        <label className="search-query">
          <span className="visually-hidden">{t('query')}</span>
          <input
            type="search"
            data-autofocus
            value={typed}
            placeholder={t('placeholder')}
            aria-label={t('query')}
            aria-invalid={error !== null}
            aria-describedby={error ? `${scopeId}-error` : undefined}
            onChange={(event) => {
              setTyped(event.target.value);
              if (!composing.current) update({ query: event.target.value });
            }}
            onCompositionStart={() => (composing.current = true)}
            onCompositionEnd={(event) => {
              composing.current = false;
              update({ query: event.currentTarget.value });
            }}
          />
        </label>
        <label className="search-option">
          <input type="checkbox" checked={regex} onChange={(event) => update({ regex: event.target.checked })} />
          {t('regex')}
        </label>
        <label className="search-option">
          <input type="checkbox" checked={ignoreSpace} onChange={(event) => update({ ignoreSpace: event.target.checked })} />
          {t('ignoreSpace')}
        </label>
        <details className="search-scope">
          <summary>
            {t('scope')}: {scope.length ? t('scopeSome', { count: scope.length }) : t('scopeAll')}
          </summary>
          <fieldset>
            <legend className="visually-hidden">{t('scopeDocs')}</legend>
            <p className="muted">{t('scopeHint')}</p>
            {documents.map((doc) => (
              <label key={doc.id} className="search-scope-doc">
                <input
                  type="checkbox"
                  checked={scope.includes(doc.id)}
                  onChange={(event) =>
                    update({
                      scope: event.target.checked ? [...scope, doc.id] : scope.filter((id) => id !== doc.id),
                    })
                  }
                />
                {doc.title}
              </label>
            ))}
          </fieldset>
        </details>
      </div>
      {error && (
        <p id={`${scopeId}-error`} className="search-error" role="alert">
          {error}
        </p>
      )}
      <div className="search-bar">
        <span className="search-status" role="status" aria-live="polite">
          {status}
        </span>
        {result?.truncated && (
          <span className="search-truncated" role="note">
            {t(result.truncated === 'too-slow' ? 'truncatedSlow' : 'truncatedHits', { count: result.total })}
          </span>
        )}
        <button
          ref={tagButton}
          type="button"
          className="button search-tag"
          aria-haspopup="menu"
          aria-expanded={picker !== null}
          disabled={toTag.length === 0}
          onClick={openPicker}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              openPicker();
            }
          }}
        >
          {checked.size ? t('tagChecked', { count: toTag.length }) : t('tagAll')}
        </button>
      </div>
      {result && result.total > 0 && (
        <>
          <p className="search-help muted">{t('help')}</p>
          <SearchResults result={result} checked={checked} onCheck={check} onOpen={onOpenHit} />
        </>
      )}
      {picker && (
        <TagMenu
          tags={tags}
          language={language}
          label={t('tagAllMenu')}
          x={picker.x}
          y={picker.y}
          onPick={(tagId) => void tagAll(tagId)}
          onClose={() => setPicker(null)}
        />
      )}
    </Dialog>
  );
}
