import { PizhuError } from '../../shared/errors';
import type { Tag } from '../../shared/model';
import { TagSchema } from '../../shared/model';
import type { ConflictVersion, TeamConflict } from '../../shared/team/teamApi';
import { TeamSpanSchema } from '../team/teamRecords';
import type { CoreContext } from './CoreContext';
import type { Handlers } from './handlerTypes';

function requireTeam(ctx: CoreContext) {
  if (!ctx.team) throw new PizhuError('INTERNAL', 'team: this host runs no team service');
  return ctx.team;
}

/** A revision as the Team dialog shows it: a span's or a tag's fields, checked like any record from a server. */
function version(rev: string, current: boolean, doc: Record<string, unknown>): ConflictVersion {
  const span = TeamSpanSchema.safeParse(doc);
  const tag = doc.type === 'tag' ? TagSchema.safeParse(doc.tag) : null;
  return {
    rev,
    current,
    span: span.success
      ? {
          id: span.data.spanId,
          start: span.data.start,
          end: span.data.end,
          tag: span.data.tag,
          quote: span.data.quote,
          note: span.data.note,
          annotator: span.data.annotator,
        }
      : null,
    tag: tag?.success ? tag.data : null,
    modified: span.success ? span.data.modified : null,
  };
}

/** Carry the version chosen into the session: an own span into its document's journal, a tag into the tag set. */
async function keepInSession(ctx: CoreContext, doc: Record<string, unknown>): Promise<void> {
  const store = ctx.requireStore();
  const team = requireTeam(ctx);
  const tag = doc.type === 'tag' ? TagSchema.safeParse(doc.tag) : null;
  if (tag?.success) {
    const tags: Tag[] = store.tags().some((t) => t.id === tag.data.id)
      ? store.tags().map((t) => (t.id === tag.data.id ? tag.data : t))
      : [...store.tags(), tag.data];
    await store.setTags(tags);
    return;
  }
  const span = TeamSpanSchema.safeParse(doc);
  if (!span.success || span.data.annotator.id !== team.status().analyst?.id) return;
  const entry = store.documents().find((d) => d.hash === span.data.docHash);
  if (!entry) return;
  const { offsets } = await ctx.text(entry.id);
  if (span.data.end > offsets.length || offsets.slice(span.data.start, span.data.end) !== span.data.quote) return;
  const old = store.annotationOf(entry.id, span.data.spanId);
  const { start, end, tag: tagId, quote, note, created, modified } = span.data;
  await store.applyAnnotations(entry.id, {
    put: [
      {
        ...(old ?? {}),
        id: span.data.spanId,
        docId: entry.id,
        start,
        end,
        tag: tagId,
        quote,
        note,
        created,
        modified,
        annotator: span.data.annotator.id,
      },
    ],
    remove: [],
  });
}

export const teamOps: Handlers<
  'team.status' | 'team.join' | 'team.leave' | 'team.retry' | 'team.sync' | 'team.layers' | 'team.conflicts' | 'team.resolve'
> = {
  'team.status': async (_input, ctx) => requireTeam(ctx).status(),
  'team.join': async (input, ctx) => {
    const team = requireTeam(ctx);
    await team.join(ctx.requireStore(), input);
    return team.status();
  },
  'team.leave': async (_input, ctx) => {
    const team = requireTeam(ctx);
    await team.leave(ctx.requireStore());
    return team.status();
  },
  'team.retry': async (_input, ctx) => {
    const team = requireTeam(ctx);
    await team.retry();
    return team.status();
  },
  'team.sync': async (_input, ctx) => {
    const team = requireTeam(ctx);
    const round = await team.syncRound();
    return { ...round, status: team.status() };
  },
  'team.layers': async ({ docId }, ctx) => {
    const { record, offsets } = await ctx.text(docId);
    return requireTeam(ctx).layers(record.hash, offsets);
  },
  'team.conflicts': async (_input, ctx) => {
    const team = requireTeam(ctx);
    if (team.status().conflicts === 0) return [];
    const { replica } = team.requireRunning();
    const out: TeamConflict[] = [];
    for (const id of await replica.conflicted()) {
      const versions = await replica.revisions(id);
      out.push({
        id,
        kind: id.startsWith('span:') ? 'span' : id.startsWith('tag:') ? 'tag' : 'other',
        versions: versions.map((v) => version(v.rev, v.current, v.doc)),
      });
    }
    return out;
  },
  'team.resolve': async ({ id, rev }, ctx) => {
    const team = requireTeam(ctx);
    const chosen = await team.requireRunning().replica.resolve(id, rev);
    await keepInSession(ctx, chosen);
    await team.settled();
    await team.recheck(id);
    return team.status();
  },
};
