import { PizhuError } from '../../shared/errors';
import type { CurationResult } from '../../shared/agreement/agreementSchemas';
import type { Annotation } from '../../shared/model';
import { withFreshFields } from '../spans/spanFields';
import type { CoreContext } from './CoreContext';
import type { Handlers } from './handlerTypes';
import { requireTag } from './requireTag';
import { applyRecorded } from './spanChanges';
import { makeSpan } from './spanRecords';
import { readTeamLayers } from './teamLayers';

const rangeKey = (s: { start: number; end: number; tag: string }) => `${s.start}:${s.end}:${s.tag}`;

/**
 * Copy spans into the own layer as one undo step: each a new span of the own analyst, its quote read again from the
 * session's text, its note kept and its origin naming where it came from. A span whose range and tag the own layer
 * already has is left out, so taking twice never doubles a span.
 */
async function take(
  ctx: CoreContext,
  docId: string,
  annotator: string,
  spans: readonly Annotation[],
  origin: string,
): Promise<CurationResult> {
  const store = ctx.requireStore();
  const own = new Set(store.annotations(docId).map(rangeKey));
  const { offsets } = await ctx.text(docId);
  const facts = await ctx.facts(docId);
  const now = new Date().toISOString();
  const taken: Annotation[] = [];
  let alreadyOwn = 0;
  for (const span of spans) {
    if (own.has(rangeKey(span))) {
      alreadyOwn++;
      continue;
    }
    own.add(rangeKey(span));
    requireTag(store, span.tag);
    const made = makeSpan(offsets, docId, span.start, span.end, span.tag, span.note, now);
    taken.push(withFreshFields({ ...made, origin, annotator }, facts));
  }
  if (taken.length) await applyRecorded(ctx, docId, { put: taken, remove: [] });
  return { taken, alreadyOwn };
}

export const curationOps: Handlers<'curation.take' | 'curation.takeAgreed'> = {
  'curation.take': async ({ docId, analyst, spanIds }, ctx) => {
    ctx.requireStore().document(docId);
    const team = await readTeamLayers(ctx);
    if (analyst === team.own.id) throw new PizhuError('INVALID_INPUT', 'curation.take: these spans are already in the own layer');
    const layer = new Map((team.byDoc.get(docId)?.get(analyst) ?? []).map((span) => [span.id, span]));
    const spans = [...new Set(spanIds)].map((id) => {
      const span = layer.get(id);
      if (!span) throw new PizhuError('NOT_FOUND', `analyst ${analyst} has no span ${id} in document ${docId}`);
      return span;
    });
    return take(ctx, docId, team.own.id, spans, `curated:${analyst}`);
  },

  /** The spans every named analyst has, same range and tag; the origin names them all. */
  'curation.takeAgreed': async ({ docId, analysts }, ctx) => {
    ctx.requireStore().document(docId);
    const team = await readTeamLayers(ctx);
    const layers = team.byDoc.get(docId) ?? new Map<string, Annotation[]>();
    const named = analysts
      ? [...new Set(analysts)]
      : team.analysts.map((a) => a.id).filter((id) => id !== team.own.id && layers.get(id)?.length);
    for (const id of named) {
      if (!team.analysts.some((a) => a.id === id)) throw new PizhuError('NOT_FOUND', `no analyst ${id} in this team`);
    }
    if (named.length < 2)
      throw new PizhuError('INVALID_INPUT', 'curation.takeAgreed: agreement needs two analysts with spans in the document');
    const [first, ...others] = named.map((id) => layers.get(id) ?? []);
    const inOthers = others.map((layer) => new Set(layer.map(rangeKey)));
    const seen = new Set<string>();
    const agreed = first!.filter((span) => {
      const key = rangeKey(span);
      if (seen.has(key) || !inOthers.every((keys) => keys.has(key))) return false;
      seen.add(key);
      return true;
    });
    return take(ctx, docId, team.own.id, agreed, `curated:${named.join(',')}`);
  },
};
