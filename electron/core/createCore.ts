import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { contract } from '../shared/contract';
import { PizhuError, type Result } from '../shared/errors';
import { OPERATION_NAMES, type OperationName } from '../shared/operationNames';
import type { Core, CoreOptions } from './coreTypes';
import { CoreContext } from './api/CoreContext';
import type { Handler } from './api/handlerTypes';
import { annotationOps } from './api/annotationOps';
import { documentOps } from './api/documentOps';
import { exportOps } from './api/exportOps';
import { historyOps } from './api/historyOps';
import { commitFiles, importOps, readImportFile } from './api/importOps';
import { rememberCurrent, sessionOps, switchSession } from './api/sessionOps';
import { settingsOps } from './api/settingsOps';
import { suggestOps } from './api/suggestOps';
import { tagOps } from './api/tagOps';
import { viewOps } from './api/viewOps';
import { SettingsStore } from './settingsStore';
import { sessionExists } from './store/SessionStore';

/** Every operation's handler; the type makes a missing one a compile error. */
const handlers: { [N in OperationName]: Handler<N> } = {
  ...sessionOps,
  ...settingsOps,
  ...tagOps,
  ...documentOps,
  ...annotationOps,
  ...historyOps,
  ...viewOps,
  ...importOps,
  ...exportOps,
  ...suggestOps,
};

const known = new Set<string>(OPERATION_NAMES);

/** The first thing wrong with an input, as one line a person can act on. */
function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

async function dispatch(ctx: CoreContext, name: string, input: unknown): Promise<Result<unknown>> {
  if (!known.has(name)) return { ok: false, error: { code: 'NOT_FOUND', message: `unknown operation "${name}"` } };
  const op = name as OperationName;
  const parsed = contract[op].input.safeParse(input ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: `${op}: ${describeIssue(parsed.error.issues[0]!)}` } };
  }
  try {
    const handler = handlers[op] as (input: unknown, ctx: CoreContext) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data, ctx) };
  } catch (error) {
    if (error instanceof PizhuError) return { ok: false, error: { code: error.code, message: error.message } };
    return { ok: false, error: { code: 'INTERNAL', message: `${op}: ${(error as Error).message ?? String(error)}` } };
  }
}

/** The default session, created in the data folder with the bundled sample the first time. */
async function openDefault(ctx: CoreContext, dataDir: string): Promise<void> {
  const path = join(dataDir, 'sessions', 'default.pizhu');
  const isNew = !sessionExists(path);
  await switchSession(ctx, path, true);
  if (isNew && ctx.sampleFile && existsSync(ctx.sampleFile)) {
    const pending = await readImportFile(basename(ctx.sampleFile), readFileSync(ctx.sampleFile), true);
    await commitFiles(ctx, [pending]);
    await rememberCurrent(ctx);
  }
}

/**
 * Start the core: settings, then the session to work in: the one asked for
 * (its failure is the caller's to report), else the last one used, else
 * the default one.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const settings = await SettingsStore.open(options.dataDir);
  const ctx = new CoreContext(settings, options.locale ?? 'en', options.sampleFile ?? null);
  if (options.sessionPath) {
    await switchSession(ctx, options.sessionPath, true);
  } else {
    const last = settings.data.recent.find((r) => sessionExists(r.path));
    try {
      if (last) await switchSession(ctx, last.path, false);
      else await openDefault(ctx, options.dataDir);
    } catch {
      // The last session may be locked by another window or damaged: start on the default one instead.
      await openDefault(ctx, options.dataDir).catch(() => ctx.replaceStore(null));
    }
  }

  return {
    call: (name, input) => dispatch(ctx, name, input),
    language: () => settings.data.language ?? (ctx.locale.toLowerCase().startsWith('zh') ? 'zh' : 'en'),
    windowBounds: () => settings.data.windowBounds,
    setWindowBounds: (bounds) => settings.update((s) => void (s.windowBounds = bounds)),
    close: async () => {
      await rememberCurrent(ctx);
      await ctx.replaceStore(null);
    },
  };
}
