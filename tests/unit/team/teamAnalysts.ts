import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../../electron/core/createCore';
import type { Core } from '../../../electron/core/coreTypes';
import { initTeamDatabase } from '../../../electron/core/team/initTeamDatabase';
import { analystFor, databaseUrl, openReplica, sessionLayer, writeTeamConfig } from '../../../electron/core/team/teamSession';
import type { ImportPreview, ImportReport } from '../../../electron/shared/contract';
import type { Analyst } from '../../../electron/shared/model';

/** One analyst on a machine of their own: a data folder (settings, replica), a session folder, and a running core. */
export interface TeamAnalyst {
  analyst: Analyst;
  dataDir: string;
  session: string;
  core: Core;
  docId: string;
  /** Call an operation that must succeed; its value. */
  call<T>(name: string, input?: unknown): Promise<T>;
  /** Publish the layer as the session holds it and replicate both ways, beside the core that keeps the session open (nothing is merged into it). */
  sync(): Promise<void>;
}

/** Analysts on one team database of `server`, each with `text` imported as `title` into a session of their own. */
export async function startAnalysts(root: string, server: string, db: string, names: string[], title: string, text: string) {
  const config = { server, db };
  await initTeamDatabase(databaseUrl(config), { guard: false });
  const analysts: TeamAnalyst[] = [];
  for (const [i, name] of names.entries()) {
    const dataDir = join(root, `data-${i}`);
    const session = join(root, `session-${i}.pizhu`);
    mkdirSync(dataDir, { recursive: true });
    const analyst = await analystFor(dataDir, name);
    const core = await createCore({ dataDir, sessionPath: session });
    writeTeamConfig(session, config);
    const call = async <T>(op: string, input: unknown = {}): Promise<T> => {
      const result = await core.call(op, input);
      if (!result.ok) throw new Error(`${op}: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    };
    const preview = await call<ImportPreview>('import.preview', {
      files: [{ name: title, data: Buffer.from(text, 'utf8').toString('base64') }],
      cleanup: false,
    });
    const report = await call<ImportReport>('import.commit', { previewId: preview.previewId });
    const sync = async () => {
      const replica = openReplica(dataDir, config);
      try {
        await replica.publish(await sessionLayer(session, analyst));
        await replica.sync(databaseUrl(config));
      } finally {
        await replica.close();
      }
    };
    analysts.push({ analyst, dataDir, session, core, docId: report.created[0]!.id, call, sync });
  }
  return analysts;
}

/** Code-point range of the first `phrase` in `text`. */
export function rangeOf(text: string, phrase: string): { start: number; end: number } {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in the text`);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...phrase].length };
}
