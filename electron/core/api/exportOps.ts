import type { CoreContext } from './CoreContext';
import { exportFromStore, type ExportLayers } from './exportFromStore';
import type { Handlers } from './handlerTypes';
import { layersForExport } from './layersForExport';
import { readTeamLayers } from './teamLayers';

/** The own analyst names the session's spans; `all` adds every other analyst's layer from the team replica. */
async function exportLayers(ctx: CoreContext, layers: 'own' | 'all'): Promise<ExportLayers | undefined> {
  const own = ctx.settings.data.analyst;
  if (layers === 'own') return own ? { own, analysts: [own], others: [] } : undefined;
  return layersForExport(await readTeamLayers(ctx));
}

export const exportOps: Handlers<'export.run'> = {
  'export.run': async (request, ctx) => {
    const file = await exportFromStore(ctx.requireStore(), request, await exportLayers(ctx, request.layers));
    return { fileName: file.fileName, mimeType: file.mimeType, data: Buffer.from(file.bytes).toString('base64') };
  },
};
