import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PanelLayout } from '../../../electron/shared/model';
import { call } from '../api/client';
import { useDebounced } from '../workspace/useDebounced';
import { errorMessage } from './lib/errorMessage';
import { arrange, DEFAULT_LAYOUT, PANEL_SIDES, widthRange, type PanelMode, type PanelSide } from './lib/panelLayout';
import { isMac } from './lib/platform';
import { isShortcut } from './lib/shortcuts';
import { showToast } from './toastStore';

/** What a side panel and its controls need to know and do. */
export interface PanelControl {
  side: PanelSide;
  mode: PanelMode;
  width: number;
  /** A crowded panel opened over the text from its rail. */
  overlaid: boolean;
  /** The widths a drag or an arrow key may give it now. */
  range: { min: number; max: number };
  /** While dragging or pressing arrows: shown at once, saved once the user pauses. */
  resize(width: number): void;
  /** A drag ended: saved now. */
  commitResize(): void;
  /** The fold button, the rail, the splitter's Enter and the shortcut: fold an open panel, open a folded or crowded one. */
  toggle(): void;
  /** Close the panel shown over the text, if it is. */
  closeOverlay(): void;
}

export type PanelControls = Record<PanelSide, PanelControl>;

const SHORTCUT: Record<PanelSide, 'toggleDocuments' | 'toggleAnnotations'> = {
  documents: 'toggleDocuments',
  annotations: 'toggleAnnotations',
};

/** The window's width, followed as it resizes: the panels and the text share all of it. */
function useWindowWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}

/**
 * The side panels of one session: their widths and folds as the session's
 * view state keeps them, arranged for the window's width (lib/panelLayout),
 * and the panel opened over the text when the window has no room for it.
 * Folding moves the focus that was in the panel to the control that brings
 * it back, and opening moves it from there to the panel's fold button, so
 * that the keyboard never lands on nothing.
 */
export function usePanelLayout(stored: PanelLayout | null): PanelControls {
  const [layout, setLayout] = useState<PanelLayout>(stored ?? DEFAULT_LAYOUT);
  const [overlay, setOverlay] = useState<PanelSide | null>(null);
  const [loaded, setLoaded] = useState(stored);
  const refocus = useRef<PanelSide | null>(null);
  const available = useWindowWidth();

  // Another session (or the same one reopened) brings its own layout, taken in this render so that no frame shows the old one.
  if (loaded !== stored) {
    setLoaded(stored);
    setLayout(stored ?? DEFAULT_LAYOUT);
    setOverlay(null);
  }

  const arrangement = useMemo(() => arrange(layout, available), [layout, available]);
  // The window grew enough to hold the overlaid panel beside the text: it is simply open now.
  const shownOverlay = overlay && arrangement[overlay].mode === 'crowded' ? overlay : null;

  const save = useCallback((next: PanelLayout) => {
    call('view.set', { layout: next }).catch((error: unknown) => showToast('error', errorMessage(error)));
  }, []);
  const latest = useRef(layout);
  latest.current = layout;
  // What is saved once the user pauses is the layout then, not the one a drag had when it scheduled the save:
  // a fold right after a drag must not be overwritten by the drag's last width and fold.
  const saveLater = useDebounced(() => save(latest.current), 300);

  const change = useCallback(
    (side: PanelSide, part: Partial<PanelLayout[PanelSide]>, when: 'now' | 'later') => {
      const next = { ...latest.current, [side]: { ...latest.current[side], ...part } };
      latest.current = next;
      setLayout(next);
      if (when === 'now') save(next);
      else saveLater(undefined);
    },
    [save, saveLater],
  );

  const toggle = useCallback(
    (side: PanelSide) => {
      const active = document.activeElement;
      const panel = document.querySelector(`[data-panel="${side}"]`);
      if (panel?.contains(active) || active === document.body) refocus.current = side;
      const mode = arrange(latest.current, available)[side].mode;
      if (mode === 'open') {
        change(side, { collapsed: true }, 'now');
        setOverlay(null);
        return;
      }
      if (mode === 'folded') change(side, { collapsed: false }, 'now');
      if (arrange(latest.current, available)[side].mode !== 'crowded') return;
      // Over the text, the panel takes the focus wherever the keys came from: it is not in the tab order's usual place.
      const opening = overlay !== side;
      if (opening) refocus.current = side;
      setOverlay(opening ? side : null);
    },
    [available, change, overlay],
  );

  useEffect(() => {
    const side = refocus.current;
    if (!side) return;
    refocus.current = null;
    const showing = arrangement[side].mode === 'open' || shownOverlay === side;
    document.querySelector<HTMLElement>(showing ? `[data-panel-toggle="${side}"]` : `[data-panel-rail="${side}"]`)?.focus();
  }, [arrangement, shownOverlay]);

  useEffect(() => {
    // Taken before the page's own handlers see the keys: the document text's editor reads Ctrl+Shift+A as select-all.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat) return;
      const side = PANEL_SIDES.find((s) => isShortcut(SHORTCUT[s], event, isMac));
      if (!side) return;
      // A dialog's keys are its own; the panels behind it stay as they are.
      if ((event.target as Element | null)?.closest?.('[role="dialog"][aria-modal="true"], [role="alertdialog"]')) return;
      event.preventDefault();
      event.stopPropagation();
      toggle(side);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [toggle]);

  // A panel over the text closes when the reader goes back to the text, as a menu would.
  useEffect(() => {
    if (!shownOverlay) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Element | null;
      if (!target?.closest?.(`[data-panel="${shownOverlay}"]`)) setOverlay(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [shownOverlay]);

  return useMemo(() => {
    const control = (side: PanelSide): PanelControl => ({
      side,
      mode: arrangement[side].mode,
      width: arrangement[side].width,
      overlaid: shownOverlay === side,
      range: widthRange(side, arrangement, available),
      resize: (width) => change(side, { width: Math.round(width) }, 'later'),
      commitResize: () => save(latest.current),
      toggle: () => toggle(side),
      closeOverlay: () => {
        if (shownOverlay !== side) return;
        refocus.current = side;
        setOverlay(null);
      },
    });
    return { documents: control('documents'), annotations: control('annotations') };
  }, [arrangement, shownOverlay, available, change, save, toggle]);
}
