import { PizhuError } from '../../shared/errors';
import type { Analyst, Annotation } from '../../shared/model';
import { openReplica, readTeamConfig } from '../team/teamSession';
import type { SessionStore } from '../store/SessionStore';
import type { TeamReplica } from '../team/TeamReplica';
import type { CoreContext } from './CoreContext';

/** Every analyst's layer over the open session's documents: the own one from the journal, the others from the team replica. */
export interface TeamLayers {
  own: Analyst;
  /** Every analyst with a layer, the own one included, by id. */
  analysts: Analyst[];
  /** Per document of the session: each analyst's spans (id, annotator and local docId set), in text order. */
  byDoc: Map<string, Map<string, Annotation[]>>;
}

/** The analyst this app works as; curation and agreement need one. */
export function ownAnalyst(ctx: CoreContext): Analyst {
  const analyst = ctx.settings.data.analyst;
  if (!analyst) throw new PizhuError('INVALID_INPUT', 'no analyst is set: join a team (or name yourself with --annotator) first');
  return analyst;
}

/** The tail of the replica reads: LevelDB takes one opener at a time, and two reads at once (the view asks for the matrix and a list together) would race on its lock. */
let reading: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const result = reading.then(work);
  reading = result.catch(() => undefined);
  return result;
}

const byTextOrder = (a: Annotation, b: Annotation): number => a.start - b.start || a.end - b.end || a.tag.localeCompare(b.tag);

/**
 * The layers as they stand now. The own layer is read from the session, not from the replica, so that a span just
 * taken counts at once; the replica is opened for the read and closed after it, and only spans of the session's
 * documents (by text hash) are kept: the others cannot be shown or jumped to.
 */
export async function readTeamLayers(ctx: CoreContext): Promise<TeamLayers> {
  if (!ctx.dataDir) throw new PizhuError('INTERNAL', 'team: the core was started without a data folder');
  const store = ctx.requireStore();
  return teamLayersOf(store, ownAnalyst(ctx), ctx.dataDir, ctx.team?.replicaOf(store) ?? null);
}

/** The same over any store (the CLI's read-only one), for the analyst `own` and the replica in `dataDir`. */
export async function teamLayersOf(
  store: SessionStore,
  own: Analyst,
  dataDir: string,
  open: TeamReplica | null = null,
): Promise<TeamLayers> {
  const contents = open
    ? await open.contents()
    : await oneAtATime(async () => {
        const replica = openReplica(dataDir, readTeamConfig(store.path));
        return replica.contents().finally(() => replica.close());
      });

  const docByHash = new Map(store.documents().map((entry) => [entry.hash, entry.id]));
  const analysts = new Map<string, Analyst>([[own.id, own]]);
  const byDoc = new Map<string, Map<string, Annotation[]>>();
  const layerOf = (docId: string, analystId: string): Annotation[] => {
    let layers = byDoc.get(docId);
    if (!layers) byDoc.set(docId, (layers = new Map()));
    let spans = layers.get(analystId);
    if (!spans) layers.set(analystId, (spans = []));
    return spans;
  };
  for (const entry of store.documents()) {
    for (const a of store.annotations(entry.id)) layerOf(entry.id, own.id).push({ ...a, annotator: own.id });
  }
  for (const span of contents.spans) {
    if (span.annotator.id === own.id) continue;
    const docId = docByHash.get(span.docHash);
    if (!docId) continue;
    if (!analysts.has(span.annotator.id)) analysts.set(span.annotator.id, span.annotator);
    layerOf(docId, span.annotator.id).push({
      id: span.spanId,
      docId,
      start: span.start,
      end: span.end,
      quote: span.quote,
      tag: span.tag,
      note: span.note,
      created: span.created,
      modified: span.modified,
      annotator: span.annotator.id,
    });
  }
  for (const layers of byDoc.values()) for (const spans of layers.values()) spans.sort(byTextOrder);
  // In code-unit order, as the CLI's agreement names its pairs.
  return { own, analysts: [...analysts.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), byDoc };
}
