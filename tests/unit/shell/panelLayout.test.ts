import { describe, expect, it } from 'vitest';
import type { PanelLayout } from '../../../electron/shared/model';
import {
  arrange,
  DEFAULT_LAYOUT,
  MIN_MAIN_WIDTH,
  PANEL_LIMITS,
  RAIL_WIDTH,
  widthRange,
  type Arrangement,
} from '../../../renderer/src/shell/lib/panelLayout';

const layout = (documents: number | 'folded', annotations: number | 'folded'): PanelLayout => ({
  documents: documents === 'folded' ? { width: 260, collapsed: true } : { width: documents, collapsed: false },
  annotations: annotations === 'folded' ? { width: 360, collapsed: true } : { width: annotations, collapsed: false },
});

/** What the text area between the panels gets. */
function main(arranged: Arrangement, available: number): number {
  const taken = (side: keyof Arrangement) => (arranged[side].mode === 'open' ? arranged[side].width : RAIL_WIDTH);
  return available - taken('documents') - taken('annotations');
}

describe('arrange', () => {
  it('keeps the chosen widths where they fit', () => {
    const arranged = arrange(DEFAULT_LAYOUT, 1440);
    expect(arranged).toEqual({ documents: { mode: 'open', width: 260 }, annotations: { mode: 'open', width: 360 } });
  });

  it('narrows both open panels in proportion to their slack until the text keeps its minimum', () => {
    const arranged = arrange(DEFAULT_LAYOUT, 1024);
    expect(arranged.documents.mode).toBe('open');
    expect(arranged.annotations.mode).toBe('open');
    expect(main(arranged, 1024)).toBeGreaterThanOrEqual(MIN_MAIN_WIDTH);
    expect(main(arranged, 1024)).toBeLessThan(MIN_MAIN_WIDTH + 2);
    // 80 px over their minimums against 100: they give up alike.
    expect(260 - arranged.documents.width).toBeCloseTo(((360 - arranged.annotations.width) * 80) / 100, -1);
  });

  it('gives the text the room of folded panels, and folds nothing the user left open where it fits', () => {
    const arranged = arrange(layout('folded', 'folded'), 1024);
    expect(arranged.documents.mode).toBe('folded');
    expect(arranged.annotations.mode).toBe('folded');
    expect(main(arranged, 1024)).toBe(1024 - 2 * RAIL_WIDTH);
  });

  it('short of room even at the minimums, lets the document list give way first, then the annotation panel', () => {
    const narrow = arrange(DEFAULT_LAYOUT, 900);
    expect(narrow.documents.mode).toBe('crowded');
    expect(narrow.annotations.mode).toBe('open');
    expect(main(narrow, 900)).toBeGreaterThanOrEqual(MIN_MAIN_WIDTH);

    const narrower = arrange(DEFAULT_LAYOUT, 720);
    expect(narrower.documents.mode).toBe('crowded');
    expect(narrower.annotations.mode).toBe('crowded');
    // Crowded panels open over the text at their width, leaving the rails and a strip of text.
    expect(narrower.annotations.width).toBe(360);
    expect(arrange(layout(260, 640), 720).annotations.width).toBe(720 - 3 * RAIL_WIDTH);
  });

  it('keeps folded and crowded apart: only what the user folded is folded', () => {
    const arranged = arrange(layout('folded', 360), 720);
    expect(arranged.documents.mode).toBe('folded');
    expect(arranged.annotations.mode).toBe('crowded');
  });

  it('clamps stored widths to the panel’s limits', () => {
    const arranged = arrange(layout(2000, 100), 3000);
    expect(arranged.documents.width).toBe(PANEL_LIMITS.documents.max);
    expect(arranged.annotations.width).toBe(PANEL_LIMITS.annotations.min);
  });
});

describe('widthRange', () => {
  it('lets a drag go to the panel’s limits, short of taking the text below its minimum', () => {
    const wide = arrange(DEFAULT_LAYOUT, 1920);
    expect(widthRange('annotations', wide, 1920)).toEqual({ min: PANEL_LIMITS.annotations.min, max: PANEL_LIMITS.annotations.max });
    const arranged = arrange(DEFAULT_LAYOUT, 1200);
    expect(widthRange('annotations', arranged, 1200)).toEqual({ min: 260, max: 1200 - MIN_MAIN_WIDTH - 260 });
    const folded = arrange(layout('folded', 360), 1200);
    expect(widthRange('annotations', folded, 1200).max).toBe(PANEL_LIMITS.annotations.max);
  });
});
