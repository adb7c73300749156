import type { PanelLayout } from '../../../../electron/shared/model';

export type PanelSide = keyof PanelLayout;

export const PANEL_SIDES: readonly PanelSide[] = ['documents', 'annotations'];

/** Width of a folded panel: the rail with the button that opens it again. */
export const RAIL_WIDTH = 40;

/** The text area between the panels never gets narrower than this while a panel is open beside it. */
export const MIN_MAIN_WIDTH = 480;

/** Each panel's narrowest and widest, and its width before the user first drags it. */
export const PANEL_LIMITS: Record<PanelSide, { min: number; max: number; initial: number }> = {
  documents: { min: 180, max: 480, initial: 260 },
  annotations: { min: 260, max: 640, initial: 360 },
};

export const DEFAULT_LAYOUT: PanelLayout = {
  documents: { width: PANEL_LIMITS.documents.initial, collapsed: false },
  annotations: { width: PANEL_LIMITS.annotations.initial, collapsed: false },
};

/**
 * How a panel is shown: `open` beside the text, `folded` to its rail by the
 * user, or `crowded`: open by the user's choice but folded to its rail
 * because the window has no room for it beside the text; its rail then opens
 * it over the text instead.
 */
export type PanelMode = 'open' | 'folded' | 'crowded';

export interface ArrangedPanel {
  mode: PanelMode;
  /** The width it takes while open (beside the text, or over it when crowded). */
  width: number;
}

export type Arrangement = Record<PanelSide, ArrangedPanel>;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** `widths` taken down towards their minimums, each in proportion to what it has above its minimum, until they fit `room`. */
function shrink(sides: readonly PanelSide[], widths: readonly number[], room: number): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= room) return [...widths];
  const slack = sides.map((side, i) => widths[i]! - PANEL_LIMITS[side].min);
  const spare = slack.reduce((a, b) => a + b, 0);
  const cut = Math.min(1, (total - room) / spare);
  return widths.map((w, i) => Math.floor(w - slack[i]! * cut));
}

/**
 * Where the panels go in a window `available` pixels wide. Open panels keep
 * their widths while the text area keeps MIN_MAIN_WIDTH; short of room they
 * narrow together towards their minimums; shorter still, the document list
 * gives way first (the annotation panel is the one used while reading), then
 * the annotation panel. What the user chose is left as it is: widen the
 * window and the panels come back.
 */
export function arrange(layout: PanelLayout, available: number): Arrangement {
  const wanted = PANEL_SIDES.filter((side) => !layout[side].collapsed);
  const roomFor = (docked: readonly PanelSide[]) => available - MIN_MAIN_WIDTH - (PANEL_SIDES.length - docked.length) * RAIL_WIDTH;
  const fits = (docked: readonly PanelSide[]) => docked.reduce((sum, side) => sum + PANEL_LIMITS[side].min, 0) <= roomFor(docked);
  const docked = [wanted, wanted.filter((side) => side === 'annotations')].find(fits) ?? [];
  const widthOf = (side: PanelSide) => clamp(layout[side].width, PANEL_LIMITS[side].min, PANEL_LIMITS[side].max);
  const widths = shrink(docked, docked.map(widthOf), roomFor(docked));
  const place = (side: PanelSide): ArrangedPanel => {
    const i = docked.indexOf(side);
    if (i >= 0) return { mode: 'open', width: widths[i]! };
    // Over the text, a crowded panel leaves the two rails and a strip of the text beside it.
    const over = Math.max(PANEL_LIMITS[side].min, Math.min(widthOf(side), available - 3 * RAIL_WIDTH));
    return { mode: layout[side].collapsed ? 'folded' : 'crowded', width: over };
  };
  return { documents: place('documents'), annotations: place('annotations') };
}

/**
 * The width a drag or an arrow key may give an open panel: within its
 * limits, and leaving the text area MIN_MAIN_WIDTH beside the other panel as
 * it is now shown.
 */
export function widthRange(side: PanelSide, arrangement: Arrangement, available: number): { min: number; max: number } {
  const other = PANEL_SIDES.find((s) => s !== side)!;
  const otherWidth = arrangement[other].mode === 'open' ? arrangement[other].width : RAIL_WIDTH;
  const { min, max } = PANEL_LIMITS[side];
  return { min, max: clamp(available - MIN_MAIN_WIDTH - otherWidth, min, max) };
}
