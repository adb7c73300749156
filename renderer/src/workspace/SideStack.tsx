import { useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { workspaceStrings } from './workspaceStrings';

/** The share of the stack's height the annotation list takes at first, and the bounds a drag or key keeps it in. */
const FIRST_SHARE = 0.6;
const MIN_SHARE = 0.25;
const MAX_SHARE = 0.85;
/** How far one arrow press moves the bar; with Shift, twice as far. */
const STEP = 0.05;

const clamp = (share: number) => Math.min(MAX_SHARE, Math.max(MIN_SHARE, share));

/**
 * The side panel's two sections, the annotation list above the suggestions,
 * sharing its height: a bar between them moves the share (drag it, or focus
 * it and press ↑/↓, Home and End), and each section keeps a least height, so
 * that neither squeezes the other out. With the suggestions folded to their
 * header, the annotation list takes the rest.
 */
export function SideStack({
  children: [top, bottom],
  bottomOpen,
  bottomId,
}: {
  children: [top: ReactNode, bottom: ReactNode];
  bottomOpen: boolean;
  bottomId: string;
}) {
  const { t } = useT(workspaceStrings);
  const [share, setShare] = useState(FIRST_SHARE);
  const stack = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? STEP * 2 : STEP;
    const to: Record<string, number> = { ArrowUp: share - step, ArrowDown: share + step, Home: MIN_SHARE, End: MAX_SHARE };
    if (!(event.key in to)) return;
    event.preventDefault();
    setShare(clamp(to[event.key]!));
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    dragging.current = true;
  };
  const onPointerMove = (event: PointerEvent) => {
    const box = stack.current?.getBoundingClientRect();
    if (dragging.current && box && box.height > 0) setShare(clamp((event.clientY - box.top) / box.height));
  };
  const onPointerUp = () => {
    dragging.current = false;
  };

  const style = { '--top-share': bottomOpen ? share : 1, '--bottom-share': 1 - share } as CSSProperties;
  return (
    <div ref={stack} className={bottomOpen ? 'ws-side-stack' : 'ws-side-stack is-folded'} style={style}>
      {top}
      {bottomOpen && (
        <div
          role="separator"
          aria-orientation="horizontal"
          aria-label={t('resizeSuggestions')}
          aria-controls={bottomId}
          aria-valuenow={Math.round(share * 100)}
          aria-valuemin={MIN_SHARE * 100}
          aria-valuemax={MAX_SHARE * 100}
          aria-valuetext={t('shareValue', { percent: Math.round(share * 100) })}
          tabIndex={0}
          className="ws-stack-splitter"
          onKeyDown={onKeyDown}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
        />
      )}
      {bottom}
    </div>
  );
}
