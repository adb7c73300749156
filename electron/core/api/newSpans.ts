import type { Annotation } from '../../shared/model';
import { withFreshFields } from '../spans/spanFields';
import { RECORDS_PER_PIECE } from '../store/changePieces';
import { yieldToEventLoop } from '../store/eventLoop';
import type { CoreContext } from './CoreContext';
import { makeSpan } from './spanRecords';
import { stamped } from './annotator';

/**
 * The spans of `tag` to make over `ranges` of a document, each checked
 * against its text and given its section (and a target its value), leaving
 * out a range already a span of that tag (or named twice); built in chunks
 * with the event loop running between them.
 */
export async function newSpans(
  ctx: CoreContext,
  docId: string,
  tag: string,
  ranges: readonly { start: number; end: number }[],
): Promise<Annotation[]> {
  const { offsets } = await ctx.text(docId);
  const facts = await ctx.facts(docId);
  const now = new Date().toISOString();
  const existing = new Set(
    ctx
      .requireStore()
      .annotations(docId)
      .filter((a) => a.tag === tag)
      .map((a) => `${a.start}:${a.end}`),
  );
  const made: Annotation[] = [];
  for (let i = 0; i < ranges.length; i++) {
    if (i > 0 && i % RECORDS_PER_PIECE === 0) await yieldToEventLoop();
    const { start, end } = ranges[i]!;
    const key = `${start}:${end}`;
    if (existing.has(key)) continue;
    existing.add(key);
    made.push(stamped(ctx, withFreshFields(makeSpan(offsets, docId, start, end, tag, '', now), facts)));
  }
  return made;
}
