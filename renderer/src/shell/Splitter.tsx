import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../i18n/i18n';
import type { PanelSide } from './lib/panelLayout';
import { layoutStrings } from './strings/layoutStrings';
import { usePanel } from './panelContext';

/** Pixels one arrow press moves the splitter; with Shift, four times as far. */
const STEP = 16;

/**
 * The bar between a side panel and the text: drag it, or focus it and press
 * ←/→ (Home and End for the narrowest and widest), to resize the panel;
 * Enter folds the panel. The document list sits left of its splitter, the
 * annotation panel right of its own, so → widens the one and narrows the other.
 */
export function Splitter({ side, controls }: { side: PanelSide; controls: string }) {
  const { t } = useT(layoutStrings);
  const panel = usePanel(side);
  const drag = useRef<{ x: number; width: number } | null>(null);
  const { min, max } = panel.range;
  const grows = side === 'documents' ? 1 : -1;
  const set = (width: number) => panel.resize(Math.min(max, Math.max(min, width)));

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? STEP * 4 : STEP;
    const to: Record<string, number> = {
      ArrowRight: panel.width + grows * step,
      ArrowLeft: panel.width - grows * step,
      Home: min,
      End: max,
    };
    if (event.key in to) {
      event.preventDefault();
      set(to[event.key]!);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      panel.toggle();
    }
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width: panel.width };
  };
  const onPointerMove = (event: PointerEvent) => {
    if (drag.current) set(drag.current.width + grows * (event.clientX - drag.current.x));
  };
  const onPointerUp = () => {
    if (!drag.current) return;
    drag.current = null;
    panel.commitResize();
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t(`resize_${side}`)}
      aria-controls={controls}
      aria-valuenow={panel.width}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={t('widthValue', { width: panel.width })}
      tabIndex={0}
      className={`splitter splitter-${side}`}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    />
  );
}
