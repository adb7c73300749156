import { createCommand } from 'lexical';
import type { TextRange } from '../trimRange';

/** Scroll a span into the middle of the view; `flash` briefly highlights it. Handled by ActiveSpanPlugin. */
export const REVEAL_SPAN_COMMAND = createCommand<{ id: string; flash: boolean }>('REVEAL_SPAN_COMMAND');

/** Paint find matches, the current one stronger, and scroll it into view; no matches clears them. Handled by FindHighlightsPlugin. */
export const SHOW_MATCHES_COMMAND = createCommand<{ matches: readonly TextRange[]; current: number }>('SHOW_MATCHES_COMMAND');

/** Scroll the line holding a code-point offset to the top of the view and put the caret at the offset. Handled by RevealOffsetPlugin. */
export const REVEAL_OFFSET_COMMAND = createCommand<{ offset: number }>('REVEAL_OFFSET_COMMAND');
