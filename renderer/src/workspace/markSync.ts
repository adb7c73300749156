import { $setSelection } from 'lexical';
import type { OffsetMap } from '../../../electron/shared/codePoints';
import { $buildDocument, $rebuildLines, type PaintOf } from './buildDocument';
import { buildRuns, runsKey, type Line, type SpanRange } from './segments';

/**
 * Keeps one document's marks equal to the stored spans. The first sync builds
 * the whole tree; later ones rebuild only the lines whose runs or paint
 * changed, so tagging one span in a long document touches one paragraph.
 */
export class MarkSync {
  private keys: string[] | null = null;

  constructor(
    readonly map: OffsetMap,
    readonly lines: readonly Line[],
  ) {}

  /** Bring the editor's marks in line with `spans`; call inside `editor.update`. Returns how many lines were rebuilt. */
  $sync(spans: readonly SpanRange[], paintOf: PaintOf): number {
    const cache = new Map<string, string>();
    const paint: PaintOf = (ids) => {
      const key = ids.join(' ');
      let style = cache.get(key);
      if (style === undefined) cache.set(key, (style = paintOf(ids)));
      return style;
    };
    // Lexical follows the DOM selection even when read-only; lines rebuilt below would leave it on removed nodes.
    $setSelection(null);
    const runs = buildRuns(this.lines, spans);
    const keys = runs.map((r) => runsKey(r, paint));
    const previous = this.keys;
    this.keys = keys;
    if (!previous) {
      $buildDocument(this.map, this.lines, runs, paint);
      return this.lines.length;
    }
    const changed = keys.flatMap((key, i) => (key === previous[i] ? [] : [i]));
    $rebuildLines(this.map, this.lines, runs, paint, changed);
    return changed.length;
  }
}
