import type { Annotation } from '../../shared/model';
import type { CoreContext } from './CoreContext';
import { exportFromStore, type ExportLayers } from './exportFromStore';
import type { Handlers } from './handlerTypes';
import { readTeamLayers, type TeamLayers } from './teamLayers';

/** The own analyst names the session's spans; `all` adds every other analyst's layer from the team replica. */
async function exportLayers(ctx: CoreContext, layers: 'own' | 'all'): Promise<ExportLayers | undefined> {
  const own = ctx.settings.data.analyst;
  if (layers === 'own') return own ? { own, analysts: [own], others: [] } : undefined;
  return layersForExport(await readTeamLayers(ctx));
}

/** Every other analyst's spans beside the own layer, each id once in the export. */
export function layersForExport(team: TeamLayers): ExportLayers {
  const all = [...team.byDoc.values()].flatMap((byAnalyst) => [...byAnalyst]);
  const taken = new Set(all.flatMap(([analyst, spans]) => (analyst === team.own.id ? spans.map((a) => a.id) : [])));
  const others: Annotation[] = [];
  for (const [analyst, spans] of all) {
    if (analyst === team.own.id) continue;
    // Analysts who started from one shared session have spans of the same id; an export holds each id once.
    for (const a of spans) {
      const id = taken.has(a.id) ? `${a.id}-${analyst.replace(/[^A-Za-z0-9_-]/g, '_')}`.slice(0, 66) : a.id;
      taken.add(id);
      others.push(id === a.id ? a : { ...a, id });
    }
  }
  return { own: team.own, analysts: team.analysts, others };
}

export const exportOps: Handlers<'export.run'> = {
  'export.run': async (request, ctx) => {
    const file = await exportFromStore(ctx.requireStore(), request, await exportLayers(ctx, request.layers));
    return { fileName: file.fileName, mimeType: file.mimeType, data: Buffer.from(file.bytes).toString('base64') };
  },
};
