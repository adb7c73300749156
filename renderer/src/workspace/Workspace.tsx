import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type JSX } from 'react';
import { createPortal } from 'react-dom';
import { OffsetMap } from '../../../electron/shared/codePoints';
import type { HistoryState } from '../../../electron/shared/contract';
import type { Annotation, DocumentRecord, PanelFilter, Tag } from '../../../electron/shared/model';
import type { Outline } from '../../../electron/shared/structure/outline';
import type { SuggestionItem } from '../../../electron/shared/suggest/suggestionItem';
import { call } from '../api/client';
import { useCommand } from '../commands';
import { useT } from '../i18n/i18n';
import { isTyping } from '../keys';
import { errorMessage } from '../shell/lib/errorMessage';
import { isMac } from '../shell/lib/platform';
import { isShortcut, SHORTCUTS } from '../shell/lib/shortcuts';
import { usePanel } from '../shell/panelContext';
import { PanelFoldButton, SidePanel } from '../shell/SidePanel';
import { showToast } from '../shell/toastStore';
import { useChordLabel } from '../shell/useChordLabel';
import { AnnotationPanel } from './AnnotationPanel';
import { REVEAL_OFFSET_COMMAND, REVEAL_SPAN_COMMAND, SHOW_MATCHES_COMMAND } from './editor/commands';
import { DocumentView } from './editor/DocumentView';
import { rangeBox, selectedRange } from './editor/domRanges';
import { FindBar } from './FindBar';
import { OutlinePanel } from './outline/OutlinePanel';
import { createReadingPosition } from './outline/readingPosition';
import { splitLines } from './segments';
import { SpanPopover } from './SpanPopover';
import { TagMenu } from './TagMenu';
import { Toolbar } from './Toolbar';
import type { TextRange } from './trimRange';
import { PENDING, useAnnotations } from './useAnnotations';
import { takeEarlyOpen } from './earlyOpen';
import { useDebounced } from './useDebounced';
import { WordBoundaries } from './wordBoundaries';
import { workspaceStrings } from './workspaceStrings';
import './workspace.css';
import { SourceNote } from './SourceNote';
import { SectionHeadings } from './sectionHeadings';
import { ANY_SUGGESTION, nextAfter, shownSuggestions, type SuggestionFilter } from './suggestionFilter';
import { SideStack } from './SideStack';
import { SuggestionsPanel } from './SuggestionsPanel';
import { useDecisionQueue } from './useDecisionQueue';
import { useSuggestions } from './useSuggestions';
import { FragmentBar } from './relations/FragmentBar';
import { LinkBar } from './relations/LinkBar';
import { likelyType } from './relations/relationPalette';
import { RelationTargetsContext } from './relations/RelationMarker';
import { SpanLinks } from './relations/SpanLinks';
import { relationStrings } from './relationStrings';
import { useRelations } from './useRelations';
import { useTeamLayers } from './useTeamLayers';
import { LayerToggles } from './LayerToggles';

export interface WorkspaceProps {
  docId: string;
  /** Display order; the shell reloads them after tag edits. */
  tags: Tag[];
  /** New spans snap to word boundaries (an app setting), and so do moved edges. */
  snapToWords: boolean;
  /** After any annotation change, so the shell refreshes span counts. */
  onChanged: () => void;
  /** Undo or redo touched another document: the shell opens it. */
  onOpenDocument: (docId: string) => void;
  /** Where the shell has room for the document's outline (under the document list), or null while that panel is folded. */
  outlineSlot: HTMLElement | null;
  /** A range to show once the document is open (a search hit), painted as a find match and scrolled to. */
  reveal: { docId: string; start: number; end: number } | null;
  /** Bumped when spans changed from outside the workspace (a search's "tag all"): the spans shown are read again. */
  spansRevision: number;
}

interface PopoverState {
  ids: string[];
  chosen: string | null;
  /** What it stands beside: the clicked highlight, then the chosen span. */
  anchor: DOMRect;
  /** Where the focus goes back to when the popover closes. */
  opener: HTMLElement | null;
}

const NO_SUGGESTIONS: readonly SuggestionItem[] = [];

/** A link being made from one span: the span it would go to, and the type the analyst chose (null: the likely one). */
interface LinkingState {
  from: string;
  to: string | null;
  type: string | null;
}

/** The ids of `tags` in a fixed order: what changes when a tag is added or deleted, not when one is renamed or moved. */
function idSet(tags: readonly Tag[]): string {
  const ids = tags.map((tag) => tag.id);
  return ids.sort().join(' ');
}

/** The annotation workspace of one document: toolbar, the read-only text with its highlights, and the annotation panel. */
export function Workspace({
  docId,
  tags,
  snapToWords,
  onChanged,
  onOpenDocument,
  outlineSlot,
  reveal: revealHit,
  spansRevision,
}: WorkspaceProps): JSX.Element {
  const { t, language } = useT(workspaceStrings);
  const { t: tr } = useT(relationStrings);
  const [doc, setDoc] = useState<DocumentRecord | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // A status belongs to the document it was said of: "已标注 2775 处" must not stay when another one opens.
  const [said, setSaid] = useState<{ docId: string; text: string } | null>(null);
  const status = said?.docId === docId ? said.text : null;
  const setStatus = useCallback((text: string | null) => setSaid(text === null ? null : { docId, text }), [docId]);
  const [history, setHistory] = useState<HistoryState>({ canUndo: false, canRedo: false, docId: null, docIds: [] });
  const [filter, setFilter] = useState<PanelFilter>({ tags: [], query: '', groupByTag: false });
  const [initialScroll, setInitialScroll] = useState(0);
  const [popover, setPopover] = useState<PopoverState | null>(null);
  const [menu, setMenu] = useState<{ range: TextRange; x: number; y: number } | null>(null);
  const [findToken, setFindToken] = useState(0);
  const editor = useRef<LexicalEditor | null>(null);
  const shell = useRef<HTMLDivElement>(null);
  const [outline, setOutline] = useState<{ docId: string; outline: Outline | null; error: string | null } | null>(null);
  const [outlineOpen, setOutlineOpen] = useState(true);
  const [folded, setFolded] = useState<ReadonlySet<number>>(() => new Set());
  const [outlineFocus, setOutlineFocus] = useState(0);
  const position = useMemo(() => createReadingPosition(), []);
  const documentsPanel = usePanel('documents');
  const chordLabel = useChordLabel();

  const report = useCallback((error: unknown) => setStatus(t('saveFailed', { message: errorMessage(error) })), [t, setStatus]);
  const reportRef = useRef(report);
  reportRef.current = report;
  const { spans, reload, create, createMany, update, resize, addFragment, remove, settled } = useAnnotations(docId, report);
  const links = useRelations(docId);
  const { reload: reloadRelations } = links;
  const [linking, setLinking] = useState<LinkingState | null>(null);
  const [fragmentFor, setFragmentFor] = useState<string | null>(null);
  const suggest = useSuggestions(docId);
  const { reload: reloadSuggestions } = suggest;
  const [showSuggestions, setShowSuggestions] = useState(true);
  const team = useTeamLayers(docId, report);
  const [suggestFilter, setSuggestFilter] = useState<SuggestionFilter>(ANY_SUGGESTION);
  const [currentSuggestion, setCurrentSuggestion] = useState<string | null>(null);
  const decisions = useDecisionQueue(report);
  const [suggestionsOpen, setSuggestionsOpen] = useState(true);
  const suggestionsId = useId();

  useEffect(() => {
    let live = true;
    const fail = (error: unknown) => live && setLoadError(errorMessage(error));
    // The text shows as soon as it and its spans are here: the history and the relations follow it, as the suggestions do.
    Promise.all([call('history.state', {}), reloadRelations()])
      .then(([historyState]) => live && setHistory(historyState))
      .catch(fail);
    takeEarlyOpen(docId)
      .then((early) =>
        Promise.all([early?.record ?? call('documents.get', { id: docId }), early?.view ?? call('view.get', {}), reload(early?.spans)]),
      )
      .then(([record, viewState]) => {
        if (!live) return;
        setFilter(viewState.filter);
        setShowSuggestions(viewState.showSuggestions ?? true);
        setInitialScroll(viewState.scroll[docId] ?? 0);
        setOutlineOpen(viewState.outline?.open ?? true);
        setFolded(new Set(viewState.outline?.folded[docId] ?? []));
        setDoc(record);
        // The core started on the suggestions as it handed out the document; they follow it, and it never waits for them.
        reloadSuggestions().catch((error: unknown) => live && reportRef.current(error));
      })
      .catch(fail);
    return () => {
      live = false;
    };
  }, [docId, reload, reloadSuggestions, reloadRelations]);

  // Asked for apart from the text, so that the text shows while the core analyses its structure.
  useEffect(() => {
    let live = true;
    call('documents.outline', { docId })
      .then((value) => live && setOutline({ docId, outline: value, error: null }))
      .catch((error: unknown) => live && setOutline({ docId, outline: null, error: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [docId]);
  const shownOutline = outline?.docId === docId ? outline : null;

  // Deleting a tag deletes its spans or moves them to another tag, in the core: the spans shown here must follow,
  // and the history, which a tag change clears. Renames, recolours and reorders keep the set of ids and cost nothing.
  const tagIds = useMemo(() => idSet(tags), [tags]);
  const shownTagIds = useRef(tagIds);
  useEffect(() => {
    if (shownTagIds.current === tagIds) return;
    shownTagIds.current = tagIds;
    Promise.all([reload(), call('history.state', {}), reloadSuggestions(), reloadRelations()])
      .then(([, historyState]) => setHistory(historyState))
      .catch(report);
  }, [tagIds, reload, report, reloadSuggestions, reloadRelations]);

  const shownRevision = useRef(spansRevision);
  useEffect(() => {
    if (shownRevision.current === spansRevision) return;
    shownRevision.current = spansRevision;
    Promise.all([reload(), call('history.state', {}), reloadRelations()])
      .then(([, historyState]) => setHistory(historyState))
      .catch(report);
  }, [spansRevision, reload, report, reloadRelations]);

  const map = useMemo(() => new OffsetMap(doc?.text ?? ''), [doc]);
  const lines = useMemo(() => splitLines(doc?.text ?? '', doc?.headings ?? []), [doc]);
  const words = useMemo(() => new WordBoundaries(map, lines), [map, lines]);
  const sections = useMemo(() => new SectionHeadings(map, doc?.headings ?? []), [map, doc]);
  const shown = useMemo(
    () => shownSuggestions(suggest.suggestions, suggestFilter, sections).filter((s) => !decisions.pending.has(s.id)),
    [suggest.suggestions, suggestFilter, sections, decisions.pending],
  );
  const root = () => editor.current?.getRootElement() ?? null;
  const saveFilter = useDebounced((next: PanelFilter) => call('view.set', { filter: next }).catch(report), 300);
  const saveScroll = useDebounced((fraction: number) => call('view.set', { scroll: { docId, fraction } }).catch(() => {}), 400);
  // The fraction is of the text at the top of the view; rounding, not flooring, keeps a heading put there in its own section.
  const onScroll = (fraction: number) => {
    position.set(Math.round(fraction * map.length));
    saveScroll(fraction);
  };
  useEffect(() => position.set(Math.round(initialScroll * map.length)), [position, initialScroll, map]);
  const showOutline = (open: boolean) => {
    setOutlineOpen(open);
    call('view.set', { outline: { open } }).catch(report);
  };
  const foldOutline = (next: ReadonlySet<number>) => {
    setFolded(next);
    call('view.set', { outline: { folded: { docId, starts: [...next] } } }).catch(report);
  };
  const jumpTo = (offset: number) => {
    position.set(offset);
    editor.current?.dispatchCommand(REVEAL_OFFSET_COMMAND, { offset });
  };

  // Ctrl+Shift+O goes to the outline, showing the panel and the outline first where they are hidden, and from the outline back to the text.
  const outlineKey = useRef<(event: KeyboardEvent) => void>(() => {});
  outlineKey.current = (event) => {
    if (event.repeat || !isShortcut('toggleOutline', event, isMac)) return;
    if ((event.target as Element | null)?.closest?.('[role="dialog"][aria-modal="true"], [role="alertdialog"]')) return;
    event.preventDefault();
    event.stopPropagation();
    if (document.activeElement?.closest('[role="tree"]')) {
      editor.current?.getRootElement()?.focus({ preventScroll: true });
      return;
    }
    if (documentsPanel.mode !== 'open' && !documentsPanel.overlaid) documentsPanel.toggle();
    if (!outlineOpen) showOutline(true);
    setOutlineFocus((n) => n + 1);
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => outlineKey.current(event);
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, []);

  // Spans cover suggestions of their tag, and accepted text is suggested elsewhere: any change to the spans changes them.
  // A span's removal takes its relations along, in the core: they are read again too.
  const changed = useCallback(async () => {
    onChanged();
    const [state] = await Promise.all([call('history.state', {}), reloadSuggestions(), reloadRelations()]);
    setHistory(state);
  }, [onChanged, reloadSuggestions, reloadRelations]);

  const tagRange = async (range: TextRange, tag: string) => {
    setMenu(null);
    getSelection()?.removeAllRanges();
    setStatus(null);
    if (await create(map, snapToWords ? words.snap(range) : range, tag)) await changed();
  };

  const selection = () => {
    const element = root();
    return element && selectedRange(element, map, lines);
  };

  const tagSelection = (tag: string) => {
    const range = selection();
    if (range) void tagRange(range, tag);
  };

  const closePopover = useCallback(() => {
    setPopover((current) => {
      current?.opener?.focus({ preventScroll: true });
      return null;
    });
  }, []);

  const travel = async (direction: 'undo' | 'redo') => {
    if (isTyping(document.activeElement)) {
      // The menu's accelerator took the key from a text field: give the field its own undo.
      document.execCommand(direction);
      return;
    }
    try {
      await Promise.all([settled(), decisions.drained()]);
      const state = await call(direction === 'undo' ? 'history.undo' : 'history.redo', {});
      setHistory(state);
      setPopover(null);
      setLinking(null);
      setFragmentFor(null);
      // A step over several documents (a search's "tag all") stays on this one if it touched it.
      if (state.docId && !state.docIds.includes(docId)) {
        onOpenDocument(state.docId);
        onChanged();
        return;
      }
      await Promise.all([reload(), reloadSuggestions(), reloadRelations()]);
      onChanged();
    } catch (error) {
      report(error);
    }
  };

  const undoKeys = () => chordLabel(SHORTCUTS.find((shortcut) => shortcut.id === 'undo')!.chords[0]);

  /**
   * Accept or reject suggestions (one undoable step however many). The current one moves on to the next shown at once,
   * and the decision joins the queue, so that a key pressed before the core has answered is for that next one.
   */
  const decide = (kind: 'accept' | 'reject', ids: string[]) => {
    setCurrentSuggestion(nextAfter(shown, new Set(ids)));
    decisions.enqueue(ids, async () => {
      await settled();
      const count = kind === 'accept' ? (await suggest.accept(ids)).length : await suggest.reject(ids);
      if (kind === 'accept') await reload();
      await changed();
      if (ids.length > 1) showToast('info', t(kind === 'accept' ? 'suggestAccepted' : 'suggestRejected', { count, keys: undoKeys() }));
    });
  };

  // The suggestions panel is memoised: its callbacks keep their identity across renders, so that tagging leaves it alone.
  const decideRef = useRef(decide);
  decideRef.current = decide;
  const acceptSuggestions = useCallback((ids: string[]) => decideRef.current('accept', ids), []);
  const rejectSuggestions = useCallback((ids: string[]) => decideRef.current('reject', ids), []);

  const toggleSuggestions = useCallback((visible: boolean) => {
    setShowSuggestions(visible);
    call('view.set', { showSuggestions: visible }).catch((error: unknown) => reportRef.current(error));
  }, []);

  const openFind = () => setFindToken((n) => n + 1);
  const showMatches = useCallback((matches: readonly TextRange[], current: number) => {
    editor.current?.dispatchCommand(SHOW_MATCHES_COMMAND, { matches, current });
  }, []);
  const closeFind = () => {
    setFindToken(0);
    showMatches([], -1);
    // The bar leaves the page with the focus in it; reading goes on in the text, not from the top of the page.
    editor.current?.getRootElement()?.focus({ preventScroll: true });
  };

  // The hit is shown once the text is in the page; the focus goes to the text, for the keys to go on from there.
  const revealStart = revealHit?.docId === docId ? revealHit.start : -1;
  const revealEnd = revealHit?.docId === docId ? revealHit.end : -1;
  useEffect(() => {
    if (!doc || revealStart < 0) return;
    const frame = requestAnimationFrame(() => {
      editor.current?.dispatchCommand(SHOW_MATCHES_COMMAND, { matches: [{ start: revealStart, end: revealEnd }], current: 0 });
      editor.current?.getRootElement()?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [doc, revealStart, revealEnd, revealHit]);

  useCommand('find', openFind);
  useCommand('undo', () => void travel('undo'));
  useCommand('redo', () => void travel('redo'));

  const onKey = useRef<(event: KeyboardEvent) => void>(() => {});
  onKey.current = (event) => {
    if (event.defaultPrevented || !doc) return;
    // Keys typed in the shell's own dialogs are theirs; anywhere else in the window (the document list too) they are ours.
    const target = event.target as Element | null;
    if (!shell.current?.contains(target) && target?.closest?.('[role="dialog"], [role="alertdialog"]')) return;
    const key = event.key.toLowerCase();
    const mod = event.ctrlKey || event.metaKey;
    if (mod && !event.altKey && !event.shiftKey && key === 'f') {
      event.preventDefault();
      openFind();
      return;
    }
    if (isTyping(event.target)) return;
    if (mod && !event.altKey && (key === 'z' || key === 'y')) {
      event.preventDefault();
      void travel(key === 'y' || event.shiftKey ? 'redo' : 'undo');
      return;
    }
    if (mod || event.altKey || event.repeat) return;
    if (isShortcut('linkStart', event, isMac) && chosen && !linking) {
      event.preventDefault();
      startLinking(chosen.id);
      return;
    }
    const tag = tags.find((x) => x.hotkey !== null && x.hotkey.toLowerCase() === key);
    if (!tag) return;
    const range = selection();
    if (!range) return;
    event.preventDefault();
    void tagRange(range, tag.id);
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const saved = (id: string) => !id.startsWith(PENDING) && spans.some((span) => span.id === id);
  /** Open the popover on the spans `ids`, beside `anchor`, or beside the (one) span itself when there is none. */
  const openPopover = (ids: string[], anchor: DOMRect | null, opener: HTMLElement | null) => {
    const known = ids.filter(saved);
    const span = spans.find((s) => s.id === known[0]);
    const element = editor.current?.getRootElement();
    const at = anchor ?? (span && element ? rangeBox(element, span, map, lines) : null);
    if (known.length === 0 || !at) return;
    setMenu(null);
    setPopover({ ids: known, chosen: known.length === 1 ? known[0]! : null, anchor: at, opener });
  };

  // The panel's items are memoised: their callbacks must keep their identity across renders.
  const openRef = useRef(openPopover);
  openRef.current = openPopover;
  const reveal = useCallback((id: string) => {
    editor.current?.dispatchCommand(REVEAL_SPAN_COMMAND, { id, flash: true });
  }, []);
  const openFromPanel = useCallback(
    (id: string) => {
      reveal(id);
      openRef.current([id], null, document.activeElement as HTMLElement | null);
    },
    [reveal],
  );

  const deleteFromPanel = (span: Annotation) => {
    void remove(span.id)
      .then(changed)
      .then(() => {
        const quote = [...span.quote].length > 24 ? `${[...span.quote].slice(0, 24).join('')}…` : span.quote;
        showToast('info', t('deleted', { quote, keys: undoKeys() }));
      })
      .catch(report);
  };
  const deleteRef = useRef(deleteFromPanel);
  deleteRef.current = deleteFromPanel;
  const deleteFromList = useCallback((span: Annotation) => deleteRef.current(span), []);

  // Looked up only while a popover is open: a map of thousands of spans on every change would slow tagging down.
  const candidates = popover ? spans.filter((span) => popover.ids.includes(span.id)) : [];
  const chosen = popover?.chosen ? (candidates.find((span) => span.id === popover.chosen) ?? null) : null;
  const activeId = chosen?.id ?? null;

  useEffect(() => {
    if (popover && (candidates.length === 0 || (popover.chosen && !chosen))) setPopover(null);
  }, [popover, candidates.length, chosen]);

  // The popover stands beside the whole span, above or below it, so it never covers the handles on its edges; a
  // moved edge can take the span onto another line. The marks are rebuilt by now (the view's effects run first).
  const [chosenStart, chosenEnd] = chosen ? [chosen.start, chosen.end] : [-1, -1];
  useLayoutEffect(() => {
    const element = editor.current?.getRootElement();
    const box = chosenStart >= 0 && element ? rangeBox(element, { start: chosenStart, end: chosenEnd }, map, lines) : null;
    if (box) setPopover((current) => current && { ...current, anchor: box });
  }, [chosenStart, chosenEnd, map, lines]);

  const focusText = () => editor.current?.getRootElement()?.focus({ preventScroll: true });
  /** Start a link from a span: the popover gives way to the link bar, and the keys move through the spans from the text. */
  const startLinking = (from: string) => {
    setPopover(null);
    setFragmentFor(null);
    setLinking({ from, to: null, type: null });
    focusText();
  };
  const linkFrom = linking ? (spans.find((s) => s.id === linking.from) ?? null) : null;
  const linkTo = linking?.to ? (spans.find((s) => s.id === linking.to) ?? null) : null;
  const linkType = linking && linkFrom ? (linking.type ?? likelyType(links.types, linkFrom, linkTo)) : null;
  const finishLink = async () => {
    if (!linking || !linkTo || !linkType) return;
    const from = linking.from;
    try {
      await settled();
      const made = await links.create(linkType, from, linkTo.id);
      setLinking(null);
      const label = links.types.find((type) => type.id === made.type)?.label[language] ?? made.type;
      setStatus(tr('linked', { type: label }));
      await changed();
      openPopover([from], null, editor.current?.getRootElement() ?? null);
    } catch (error) {
      report(error);
    }
  };
  const cancelLink = () => {
    const from = linking?.from;
    setLinking(null);
    if (from) openPopover([from], null, editor.current?.getRootElement() ?? null);
  };

  const fragmentSpan = fragmentFor ? (spans.find((s) => s.id === fragmentFor) ?? null) : null;
  /** The selection becomes a piece of the span it is for ("Add fragment", or Ctrl held with a span active); false when there is none. */
  const selectFragment = (): boolean => {
    const id = fragmentFor ?? chosen?.id;
    const range = selection();
    if (!id || !range) return false;
    getSelection()?.removeAllRanges();
    const armed = fragmentFor !== null;
    setFragmentFor(null);
    void addFragment(id, snapToWords ? words.snap(range) : range)
      .then(async () => {
        setStatus(tr('fragmentAdded'));
        await changed();
        if (armed) openPopover([id], null, editor.current?.getRootElement() ?? null);
      })
      .catch(report);
    return true;
  };

  // A document without relations (most of them) pays nothing here as it is tagged: no map of its thousands of spans.
  const relationTargets = useMemo(() => {
    const targets = new Map<string, string[]>();
    if (!links.relations.length) return targets;
    const quotes = new Map(spans.map((s) => [s.id, s.quote]));
    for (const r of links.relations) {
      const quote = quotes.get(r.to);
      if (quote !== undefined) targets.set(r.from, [...(targets.get(r.from) ?? []), quote]);
    }
    return targets;
  }, [spans, links.relations]);

  const resizeSpan = useCallback((id: string, range: TextRange) => resize(map, id, range), [resize, map]);

  const edit = (action: Promise<unknown>) =>
    action.then(changed).catch((error: unknown) => {
      report(error);
    });

  if (loadError) return <div className="ws ws-message">{t('loadFailed', { message: loadError })}</div>;
  if (!doc)
    return (
      <div className="ws ws-message" aria-busy="true">
        {t('loading')}
      </div>
    );

  return (
    <div className="ws" ref={shell}>
      <Toolbar
        tags={tags}
        language={language}
        canUndo={history.canUndo}
        canRedo={history.canRedo}
        status={status}
        onTag={tagSelection}
        onFind={openFind}
        onUndo={() => void travel('undo')}
        onRedo={() => void travel('redo')}
      />
      <div className="ws-main">
        {findToken > 0 && (
          <FindBar
            map={map}
            tags={tags}
            language={language}
            focusToken={findToken}
            onShow={showMatches}
            onTagAll={async (matches, tag) => {
              try {
                const created = await createMany(matches, tag);
                setStatus(t('tagged', { count: created.length }));
                await changed();
              } catch (error) {
                report(error);
              }
            }}
            onClose={closeFind}
          />
        )}
        {linking && linkFrom && (
          <LinkBar
            from={linkFrom}
            target={linkTo}
            spans={spans.filter((s) => saved(s.id))}
            types={links.types}
            type={linkType}
            tags={tags}
            language={language}
            onTarget={(to) => setLinking({ ...linking, to })}
            onType={(type) => setLinking({ ...linking, type })}
            onLink={() => void finishLink()}
            onCancel={cancelLink}
          />
        )}
        {fragmentSpan && (
          <FragmentBar
            span={fragmentSpan}
            onSelection={selectFragment}
            onCancel={() => {
              setFragmentFor(null);
              openPopover([fragmentSpan.id], null, editor.current?.getRootElement() ?? null);
            }}
          />
        )}
        <LayerToggles layers={team.layers} hidden={team.hidden} onToggle={team.toggle} />
        <DocumentView
          key={doc.id}
          editorRef={editor}
          map={map}
          lines={lines}
          spans={spans}
          tags={tags}
          active={chosen ?? linkFrom ?? fragmentSpan}
          suggestions={showSuggestions ? shown : NO_SUGGESTIONS}
          currentSuggestionId={showSuggestions ? currentSuggestion : null}
          layers={team.shown}
          words={snapToWords ? words : null}
          label={t('documentText', { title: doc.title })}
          footer={<SourceNote source={doc.source} />}
          initialScroll={initialScroll}
          onScroll={onScroll}
          // The click focused the document text: closing the popover brings the reader back there, not to the page's body.
          onMarkClick={(ids, anchor) => {
            // While a link is made, a click picks the span it goes to.
            if (linking) {
              const to = ids.find((id) => id !== linking.from && saved(id));
              if (to) setLinking({ ...linking, to });
              return;
            }
            if (fragmentFor) return;
            openPopover(ids, anchor, document.activeElement instanceof HTMLElement ? document.activeElement : null);
          }}
          relations={links.relations}
          relationTypes={links.types}
          arcsFor={chosen?.id ?? linkFrom?.id ?? null}
          linkTarget={linkTo && linkType ? { to: linkTo.id, type: linkType } : null}
          fragment={{ spanId: fragmentSpan?.id ?? chosen?.id ?? null, armed: fragmentSpan !== null, onSelect: selectFragment }}
          onContextMenu={(range, x, y) => {
            setPopover(null);
            setMenu({ range, x, y });
          }}
          onResize={resizeSpan}
        />
      </div>
      <SidePanel side="annotations">
        <SideStack bottomOpen={suggestionsOpen} bottomId={suggestionsId}>
          <RelationTargetsContext value={relationTargets}>
            <AnnotationPanel
              spans={spans}
              tags={tags}
              language={language}
              filter={filter}
              activeId={activeId}
              map={map}
              headings={doc.headings}
              docId={docId}
              outline={shownOutline?.outline ?? null}
              headerAction={<PanelFoldButton side="annotations" />}
              onFilter={(next) => {
                setFilter(next);
                saveFilter(next);
              }}
              onShow={reveal}
              onOpen={openFromPanel}
              onDelete={deleteFromList}
            />
          </RelationTargetsContext>
          <SuggestionsPanel
            id={suggestionsId}
            open={suggestionsOpen}
            onOpenChange={setSuggestionsOpen}
            all={suggest.suggestions}
            shown={shown}
            filter={suggestFilter}
            tags={tags}
            language={language}
            sections={sections}
            visible={showSuggestions}
            currentId={currentSuggestion}
            onVisible={toggleSuggestions}
            onFilter={setSuggestFilter}
            onCurrent={setCurrentSuggestion}
            onAccept={acceptSuggestions}
            onReject={rejectSuggestions}
          />
        </SideStack>
      </SidePanel>
      {outlineSlot &&
        createPortal(
          <OutlinePanel
            outline={shownOutline?.outline ?? null}
            error={shownOutline?.error ?? null}
            title={doc.title}
            position={position}
            open={outlineOpen}
            onOpenChange={showOutline}
            folded={folded}
            onFoldedChange={foldOutline}
            onJump={jumpTo}
            focusToken={outlineFocus}
          />,
          outlineSlot,
        )}
      {menu && (
        <TagMenu
          tags={tags}
          language={language}
          x={menu.x}
          y={menu.y}
          onPick={(tag) => void tagRange(menu.range, tag)}
          onClose={() => setMenu(null)}
        />
      )}
      {popover && candidates.length > 0 && (
        <SpanPopover
          candidates={candidates}
          chosen={chosen}
          tags={tags}
          language={language}
          anchor={popover.anchor}
          onChoose={(id) => setPopover((p) => p && { ...p, chosen: id })}
          onRetag={(id, tag) => void edit(update(id, { tag }))}
          onNote={(id, note) => void edit(update(id, { note }))}
          onValue={(id, value) => void edit(update(id, { value }))}
          onDelete={(id) => {
            closePopover();
            void edit(remove(id));
          }}
          onClose={closePopover}
        >
          {chosen && (
            <SpanLinks
              span={chosen}
              spans={spans}
              relations={links.relations}
              types={links.types}
              language={language}
              onLink={() => startLinking(chosen.id)}
              onAddFragment={() => {
                setPopover(null);
                setLinking(null);
                setFragmentFor(chosen.id);
                focusText();
              }}
              onDeleteRelation={(id) => void edit(links.remove(id))}
            />
          )}
        </SpanPopover>
      )}
    </div>
  );
}
