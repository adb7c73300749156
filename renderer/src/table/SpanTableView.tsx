import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { RelationType, Tag } from '../../../electron/shared/model';
import { filterSpans, NO_SPAN_FILTER } from '../../../electron/shared/table/filterSpans';
import { groupSpans } from '../../../electron/shared/table/groupSpans';
import type { SpanColumnId } from '../../../electron/shared/table/spanColumns';
import { spanEntries, type SpanEntry } from '../../../electron/shared/table/spanEntries';
import type { SpanTable, SpanTableRow } from '../../../electron/shared/table/spanTableSchema';
import { sortSpans } from '../../../electron/shared/table/sortSpans';
import { call } from '../api/client';
import { useCommand } from '../commands';
import { useT } from '../i18n/i18n';
import { isTyping } from '../keys';
import { errorMessage } from '../shell/lib/errorMessage';
import { SHORTCUTS } from '../shell/lib/shortcuts';
import { showToast } from '../shell/toastStore';
import { useChordLabel } from '../shell/useChordLabel';
import { shortQuote } from '../workspace/relations/relationPalette';
import { TagMenu } from '../workspace/TagMenu';
import { LinkRowsDialog, type RowLink } from './LinkRowsDialog';
import { SPAN_COLUMN_VIEWS, type CellContext } from './spanColumnViews';
import { SpanGrid, type GridItem, type GridItems } from './SpanGrid';
import { SpanTableFilters } from './SpanTableFilters';
import { tableStrings } from './tableStrings';
import type { TableSettings } from './tableSettings';
import './spanTable.css';

interface SpanTableViewProps {
  tags: readonly Tag[];
  settings: TableSettings;
  onSettings: (settings: TableSettings) => void;
  /** Open the document at the span. */
  onOpen: (entry: SpanEntry) => void;
  /** Open the export dialog for these spans. */
  onExport: (spanIds: readonly string[]) => void;
  /** Spans changed: the shell refreshes its counts. */
  onChanged: () => void;
  onClose: () => void;
}

/**
 * Every span of the session in one table (annotations.listAll): sorted by
 * any column, filtered by tag, document, section, amount and words, grouped
 * by quote or indicator; the rows selected can be retagged or deleted at
 * once (one undo step over all their documents), two of one document
 * linked, and the rows shown exported.
 */
export function SpanTableView({ tags, settings, onSettings, onOpen, onExport, onChanged, onClose }: SpanTableViewProps) {
  const { t, language } = useT(tableStrings);
  const chordLabel = useChordLabel();
  const [table, setTable] = useState<SpanTable | null>(null);
  const [relationTypes, setRelationTypes] = useState<readonly RelationType[]>([]);
  const [linking, setLinking] = useState<readonly [SpanTableRow, SpanTableRow] | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [picker, setPicker] = useState<{ x: number; y: number } | null>(null);
  const retagButton = useRef<HTMLButtonElement>(null);
  const { sort, grouping } = settings;
  const filter = useDeferredValue(settings.filter);

  const load = useCallback(async () => {
    try {
      const [listing, types] = await Promise.all([call('annotations.listAll', {}), call('relationTypes.list', {})]);
      setTable(listing);
      setRelationTypes(types);
    } catch (error) {
      showToast('error', errorMessage(error));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const entries = useMemo(() => (table ? spanEntries(table) : []), [table]);
  const tagOrder = useMemo(() => new Map(tags.map((tag, i) => [tag.id, i])), [tags]);
  const sorted = useMemo(() => (sort ? sortSpans(entries, sort, { tagOrder }) : entries), [entries, sort, tagOrder]);
  const shown = useMemo(() => filterSpans(sorted, filter), [sorted, filter]);
  const items = useMemo<GridItems>(() => {
    if (grouping === 'none') {
      let positions: Map<string, number> | null = null;
      return {
        length: shown.length,
        at: (index) => ({ kind: 'span', key: shown[index]!.row.id, entry: shown[index]! }),
        indexOf: (key) => (positions ??= new Map(shown.map((e, i) => [e.row.id, i]))).get(key) ?? -1,
      };
    }
    const lines = groupSpans(shown, grouping).flatMap((group, i) => {
      const key = `group:${grouping}:${group.label || i}`;
      const isCollapsed = collapsed.has(key);
      const heading: GridItem = {
        kind: 'group',
        key,
        label: group.label,
        count: group.entries.length,
        ids: group.entries.map((e) => e.row.id),
        collapsed: isCollapsed,
      };
      return isCollapsed ? [heading] : [heading, ...group.entries.map((entry): GridItem => ({ kind: 'span', key: entry.row.id, entry }))];
    });
    return { length: lines.length, at: (index) => lines[index]!, indexOf: (key) => lines.findIndex((line) => line.key === key) };
  }, [shown, grouping, collapsed]);

  // Only rows shown are acted on: a row the filters hide is never deleted unseen.
  const chosen = useMemo(() => shown.filter((e) => selected.has(e.row.id)).map((e) => e.row.id), [shown, selected]);

  const update = (change: Partial<TableSettings>) => onSettings({ ...settings, ...change });
  const onSort = (column: SpanColumnId) =>
    update({
      sort:
        sort?.column === column && sort.direction === 'ascending'
          ? { column, direction: 'descending' }
          : { column, direction: 'ascending' },
    });

  const select = (ids: readonly string[], on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
    if (ids.length === 1) setAnchor(ids[0]!);
  };
  const selectRange = (to: string) => {
    const j = items.indexOf(to);
    const i = anchor === null || items.indexOf(anchor) < 0 ? j : items.indexOf(anchor);
    const run: string[] = [];
    for (let k = Math.min(i, j); k <= Math.max(i, j); k++) {
      const item = items.at(k);
      if (item.kind === 'span') run.push(item.key);
    }
    setSelected((current) => new Set([...current, ...run]));
    if (anchor === null) setAnchor(to);
  };
  const allSelected = shown.length > 0 && chosen.length === shown.length;
  const selectAll = () => setSelected(allSelected ? new Set() : new Set(shown.map((e) => e.row.id)));

  const undoKeys = () => chordLabel(SHORTCUTS.find((shortcut) => shortcut.id === 'undo')!.chords[0]);
  const afterChange = async () => {
    setSelected(new Set());
    await load();
    onChanged();
  };

  const retag = async (tagId: string) => {
    setPicker(null);
    const label = tags.find((tag) => tag.id === tagId)?.label[language] ?? tagId;
    try {
      const { changed, skipped } = await call('annotations.retagMany', { ids: chosen, tag: tagId });
      retagButton.current?.focus();
      if (!changed) {
        showToast('info', t('retagNothing', { label }));
        return;
      }
      const counts = { count: changed, label, keys: undoKeys(), skipped };
      showToast('info', skipped ? t('retaggedSome', counts) : t('retagged', counts));
      await afterChange();
    } catch (error) {
      showToast('error', errorMessage(error));
    }
  };

  const remove = async () => {
    if (!chosen.length) return;
    try {
      const { removed } = await call('annotations.removeMany', { ids: chosen });
      showToast('info', t('removed', { count: removed, keys: undoKeys() }));
      await afterChange();
    } catch (error) {
      showToast('error', errorMessage(error));
    }
  };

  const openLink = () => {
    const rows = shown.filter((e) => selected.has(e.row.id));
    if (rows.length !== 2) return;
    const [a, b] = rows as [SpanEntry, SpanEntry];
    if (a.row.docId !== b.row.docId) {
      showToast('error', t('linkOtherDocs', { a: a.doc.title, b: b.doc.title }));
      return;
    }
    setLinking([a.row, b.row]);
  };

  const link = async ({ from, to, type }: RowLink) => {
    setLinking(null);
    try {
      await call('relations.create', { docId: from.docId, type, from: from.id, to: to.id });
      const label = relationTypes.find((candidate) => candidate.id === type)?.label[language] ?? type;
      showToast('info', t('linked', { from: shortQuote(from.quote), type: label, to: shortQuote(to.quote), keys: undoKeys() }));
      // The two rows stay selected: their relations cell shows the new link.
      await load();
      onChanged();
    } catch (error) {
      showToast('error', errorMessage(error));
    }
  };

  const travel = async (direction: 'undo' | 'redo') => {
    if (isTyping(document.activeElement)) {
      // The menu's accelerator took the key from a filter field: give the field its own undo.
      document.execCommand(direction);
      return;
    }
    try {
      await call(direction === 'undo' ? 'history.undo' : 'history.redo', {});
      showToast('info', t(direction === 'undo' ? 'undone' : 'redone'));
      await afterChange();
    } catch (error) {
      showToast('error', errorMessage(error));
    }
  };
  useCommand('undo', () => void travel('undo'));
  useCommand('redo', () => void travel('redo'));

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && !isTyping(event.target) && !picker && !linking) {
      event.preventDefault();
      onClose();
    }
  };

  // In the web mode no menu owns Ctrl+Z and Ctrl+Y: the view takes them anywhere in the window but in fields and dialogs, as the workspace does.
  const onWindowKey = useRef<(event: globalThis.KeyboardEvent) => void>(() => {});
  onWindowKey.current = (event) => {
    const key = event.key.toLowerCase();
    const mod = event.ctrlKey || event.metaKey;
    if (event.defaultPrevented || !mod || event.altKey || (key !== 'z' && key !== 'y')) return;
    const target = event.target as Element | null;
    if (isTyping(target) || target?.closest?.('[role="dialog"], [role="alertdialog"]')) return;
    event.preventDefault();
    void travel(key === 'y' || event.shiftKey ? 'redo' : 'undo');
  };
  useEffect(() => {
    const listener = (event: globalThis.KeyboardEvent) => onWindowKey.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const cellContext = useMemo<CellContext>(
    () => ({
      tags: new Map(tags.map((tag) => [tag.id, tag])),
      relationTypes: new Map(relationTypes.map((type) => [type.id, type])),
      language,
      comparator: (comparator) => t(`comparator_${comparator}` as Parameters<typeof t>[0]),
    }),
    [tags, relationTypes, language, t],
  );

  const openPicker = () => {
    const box = retagButton.current?.getBoundingClientRect();
    if (box) setPicker({ x: box.left, y: box.bottom + 4 });
  };

  return (
    <section className="span-table" aria-labelledby="span-table-title" onKeyDown={onKeyDown}>
      <header className="span-table-header">
        <h2 id="span-table-title" className="span-table-title">
          {t('title')}
        </h2>
        <span className="span-table-summary" role="status" aria-live="polite">
          {table ? t('summary', { count: entries.length, total: entries.length, shown: shown.length }) : t('loading')}
        </span>
        <button type="button" className="button span-table-close" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      <SpanTableFilters
        tags={tags}
        relationTypes={relationTypes}
        documents={table?.documents ?? []}
        filter={settings.filter}
        grouping={grouping}
        onFilter={(change) => update({ filter: { ...settings.filter, ...change } })}
        onGrouping={(next) => update({ grouping: next })}
        onClear={() => update({ filter: NO_SPAN_FILTER })}
      />
      <div className="span-table-actions" role="toolbar" aria-label={t('selected', { count: chosen.length })}>
        <span className="span-table-selected">{t('selected', { count: chosen.length })}</span>
        <button
          ref={retagButton}
          type="button"
          className="button"
          aria-haspopup="menu"
          aria-expanded={picker !== null}
          disabled={!chosen.length}
          onClick={openPicker}
        >
          {t('retag')}
        </button>
        <button
          type="button"
          className="button span-table-link"
          aria-haspopup="dialog"
          disabled={chosen.length !== 2}
          title={chosen.length === 2 ? undefined : t('linkNeedsTwo')}
          onClick={openLink}
        >
          {t('link')}
        </button>
        <button type="button" className="button span-table-remove" disabled={!chosen.length} onClick={() => void remove()}>
          {t('remove')}
        </button>
        <button type="button" className="button" disabled={!chosen.length} onClick={() => setSelected(new Set())}>
          {t('clearSelection')}
        </button>
        <button
          type="button"
          className="button span-table-export"
          disabled={!shown.length}
          onClick={() => onExport(shown.map((e) => e.row.id))}
        >
          {t('exportRows')}
        </button>
      </div>
      <p className="span-table-help">{t('help')}</p>
      {table && !entries.length ? (
        <p className="span-table-empty">{t('empty')}</p>
      ) : table && !shown.length ? (
        <p className="span-table-empty">{t('noMatch')}</p>
      ) : null}
      <SpanGrid
        items={items}
        columns={SPAN_COLUMN_VIEWS}
        cellContext={cellContext}
        sort={sort}
        onSort={onSort}
        selected={selected}
        onSelect={select}
        onSelectRange={selectRange}
        onSelectAll={selectAll}
        allSelected={allSelected}
        someSelected={chosen.length > 0 && !allSelected}
        onOpen={onOpen}
        onToggleGroup={(key) =>
          setCollapsed((current) => {
            const next = new Set(current);
            if (!next.delete(key)) next.add(key);
            return next;
          })
        }
        onDelete={() => void remove()}
      />
      {linking && (
        <LinkRowsDialog
          rows={linking}
          types={relationTypes}
          tags={tags}
          language={language}
          onLink={(chosenLink) => void link(chosenLink)}
          onClose={() => setLinking(null)}
        />
      )}
      {picker && (
        <TagMenu
          tags={tags}
          language={language}
          label={t('retagMenu')}
          x={picker.x}
          y={picker.y}
          onPick={(tagId) => void retag(tagId)}
          onClose={() => setPicker(null)}
        />
      )}
    </section>
  );
}
