import { createCore } from '../../../electron/core/createCore';
import type { Core } from '../../../electron/core/coreTypes';
import type { ImportPreview, ImportReport } from '../../../electron/shared/contract';

/** A core as the app runs it: the session replicates in the background; credentials from the environment (none here). */
export async function teamCore(dataDir: string, sessionPath: string): Promise<Core> {
  return createCore({ dataDir, sessionPath, sampleFile: null, team: { background: true }, warn: () => undefined });
}

export async function call<T>(core: Core, name: string, input: unknown = {}): Promise<T> {
  const result = await core.call(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Import one text; its document id. */
export async function importText(core: Core, name: string, text: string): Promise<string> {
  const preview = await call<ImportPreview>(core, 'import.preview', {
    files: [{ name, data: Buffer.from(text, 'utf8').toString('base64') }],
    cleanup: false,
  });
  const report = await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId });
  return report.created[0]?.id ?? report.duplicates[0]!.existingId;
}

/** Wait until `check` holds, asking again every 100 ms: replication runs in the background, on its own time. */
export async function eventually<T>(what: string, read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > until) throw new Error(`${what}: not reached; last seen ${JSON.stringify(value).slice(0, 2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
