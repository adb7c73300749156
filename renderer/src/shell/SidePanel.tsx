import { useId, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { Icon } from './Icon';
import type { PanelSide } from './lib/panelLayout';
import { ariaKeyShortcuts, SHORTCUTS } from './lib/shortcuts';
import { isMac } from './lib/platform';
import { usePanel } from './panelContext';
import { Splitter } from './Splitter';
import { layoutStrings } from './strings/layoutStrings';
import { useChordLabel } from './useChordLabel';

const SHORTCUT = { documents: 'toggleDocuments', annotations: 'toggleAnnotations' } as const;
const ICON = { documents: 'panelStart', annotations: 'panelEnd' } as const;

/** The fold and unfold buttons' names, with the shortcut written as the reader's platform writes it. */
function useToggleLabel(side: PanelSide): { label: (showing: boolean) => string; keys: string } {
  const { t } = useT(layoutStrings);
  const chordLabel = useChordLabel();
  const chords = SHORTCUTS.find((s) => s.id === SHORTCUT[side])!.chords;
  return {
    label: (showing) => t(showing ? `hide_${side}` : `show_${side}`, { keys: chords.map(chordLabel).join(' / ') }),
    keys: ariaKeyShortcuts([SHORTCUT[side]], isMac),
  };
}

/** The button in a panel's header that folds it (or closes it where it lies over the text). */
export function PanelFoldButton({ side }: { side: PanelSide }) {
  const panel = usePanel(side);
  const { label, keys } = useToggleLabel(side);
  return (
    <button
      type="button"
      className="icon-button panel-fold"
      data-panel-toggle={side}
      aria-label={label(true)}
      title={label(true)}
      aria-keyshortcuts={keys}
      onClick={panel.toggle}
    >
      <Icon name={ICON[side]} />
    </button>
  );
}

/**
 * A side panel's frame: open beside the text at its width with a splitter
 * on its inner edge, or a rail whose button opens it again; when the window
 * has no room beside the text, the rail opens it over the text, and Escape
 * or a click elsewhere closes it.
 */
export function SidePanel({ side, children }: { side: PanelSide; children: ReactNode }) {
  const panel = usePanel(side);
  const { label, keys } = useToggleLabel(side);
  const id = useId();
  const style = { '--panel-width': `${panel.width}px` } as CSSProperties;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !panel.overlaid) return;
    event.preventDefault();
    panel.closeOverlay();
  };

  if (panel.mode === 'open') {
    return (
      <div className={`side-panel side-panel-${side}`} data-panel={side} style={style}>
        <div className="side-panel-body" id={id}>
          {children}
        </div>
        <Splitter side={side} controls={id} />
      </div>
    );
  }
  return (
    <div className={`side-panel side-panel-${side} side-panel-rail`} data-panel={side} style={style} onKeyDown={onKeyDown}>
      <button
        type="button"
        className="icon-button panel-rail-button"
        data-panel-rail={side}
        aria-label={label(false)}
        title={label(false)}
        aria-keyshortcuts={keys}
        aria-expanded={panel.overlaid}
        aria-controls={panel.overlaid ? id : undefined}
        onClick={panel.toggle}
      >
        <Icon name={ICON[side]} />
      </button>
      {panel.overlaid && (
        <div className="side-panel-body side-panel-overlay" id={id}>
          {children}
        </div>
      )}
    </div>
  );
}
