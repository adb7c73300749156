import { exportFromStore } from './exportFromStore';
import type { Handlers } from './handlerTypes';

export const exportOps: Handlers<'export.run'> = {
  'export.run': async (request, ctx) => {
    const file = await exportFromStore(ctx.requireStore(), request);
    return { fileName: file.fileName, mimeType: file.mimeType, data: Buffer.from(file.bytes).toString('base64') };
  },
};
