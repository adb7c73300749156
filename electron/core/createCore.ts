import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PizhuError, type Result } from '../shared/errors';
import { OPERATION_NAMES, type OperationName } from '../shared/operationNames';
import type { Core, CoreOptions } from './coreTypes';
import { CoreContext } from './api/CoreContext';
import { parseInput } from './parseInput';
import type { Handler } from './api/handlerTypes';
import { annotationOps } from './api/annotationOps';
import { documentOps } from './api/documentOps';
import { exportOps } from './api/exportOps';
import { historyOps } from './api/historyOps';
import { commitFiles } from './api/commitImport';
import { importOps } from './api/importOps';
import { indicatorOps } from './api/indicatorOps';
import { readImportFile } from './api/readImportFile';
import { relationOps } from './api/relationOps';
import { sessionOps } from './api/sessionOps';
import { settingsOps } from './api/settingsOps';
import { searchOps } from './api/searchOps';
import { spanTableOps } from './api/spanTableOps';
import { suggestOps } from './api/suggestOps';
import { rememberCurrent, switchSession } from './api/switchSession';
import { tagOps } from './api/tagOps';
import { teamOps } from './api/teamOps';
import { adoptTeamDocuments } from './api/teamDocuments';
import { teamHost } from './api/teamHost';
import { viewOps } from './api/viewOps';
import { agreementOps } from './api/agreementOps';
import { curationOps } from './api/curationOps';
import { SettingsStore } from './settingsStore';
import { environmentCredentials } from './team/teamCredentials';
import { TeamService } from './team/TeamService';
import { sessionExists } from './store/SessionStore';
import { storageError } from './store/storageError';

/** Every operation's handler; the type makes a missing one a compile error. */
const handlers: { [N in OperationName]: Handler<N> } = {
  ...sessionOps,
  ...settingsOps,
  ...tagOps,
  ...documentOps,
  ...annotationOps,
  ...relationOps,
  ...historyOps,
  ...viewOps,
  ...importOps,
  ...exportOps,
  ...suggestOps,
  ...searchOps,
  ...spanTableOps,
  ...indicatorOps,
  ...teamOps,
  ...agreementOps,
  ...curationOps,
};

const known = new Set<string>(OPERATION_NAMES);

/**
 * Operations that only read: they answer at once, even while a long write
 * (a createMany of 100,000 spans) is under way, and see the session as it
 * was before it. Every other operation waits for the writes before it.
 * team.sync is here because it writes only through the team's merge, which
 * takes its own turn: inside one, it would wait for itself.
 */
const READS = new Set<OperationName>([
  'session.info',
  'settings.get',
  'tags.list',
  'documents.list',
  'documents.get',
  'documents.outline',
  'annotations.list',
  'relationTypes.list',
  'relations.list',
  'history.state',
  'view.get',
  'import.preview',
  'import.cancel',
  'export.run',
  'suggest.run',
  'suggestions.list',
  'search.run',
  'annotations.listAll',
  'indicators.list',
  'team.status',
  'team.sync',
  'team.layers',
  'team.conflicts',
  'agreement.matrix',
  'agreement.disagreements',
]);

/** An error thrown by a handler, as the Result a caller gets: a file system error names its file, never Node's errno text alone. */
function failure(op: OperationName, error: unknown): Result<unknown> {
  const mapped = storageError(error, (error as NodeJS.ErrnoException).path ?? op);
  if (mapped instanceof PizhuError) return { ok: false, error: { code: mapped.code, message: mapped.message } };
  return { ok: false, error: { code: 'INTERNAL', message: `${op}: ${(error as Error).message ?? String(error)}` } };
}

/** The first thing wrong with an input, as one line a person can act on. */
function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

async function dispatch(ctx: CoreContext, name: string, input: unknown): Promise<Result<unknown>> {
  if (!known.has(name)) return { ok: false, error: { code: 'NOT_FOUND', message: `unknown operation "${name}"` } };
  const op = name as OperationName;
  const parsed = await parseInput(op, input);
  if (!parsed.ok) return { ok: false, error: { code: 'INVALID_INPUT', message: `${op}: ${describeIssue(parsed.issue)}` } };
  const handler = handlers[op] as (input: unknown, ctx: CoreContext) => Promise<unknown>;
  const run = () => handler(parsed.data, ctx);
  try {
    return { ok: true, value: await (READS.has(op) ? run() : ctx.exclusive(run)) };
  } catch (error) {
    return failure(op, error);
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
  const warn = options.warn ?? ((message: string) => console.warn(`pizhu: ${message}`));
  const settings = await SettingsStore.open(options.dataDir);
  for (const notice of settings.notices) warn(notice);
  const ctx = new CoreContext(settings, options.locale ?? 'en', options.sampleFile ?? null, warn);
  ctx.team = new TeamService(
    options.dataDir,
    settings,
    options.team?.credentials ?? environmentCredentials(),
    options.team?.background ?? false,
    warn,
    (store, documents, skip) => adoptTeamDocuments(ctx, store, documents, skip),
    teamHost(ctx),
  );
  ctx.dataDir = options.dataDir;
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
    close: () =>
      ctx.exclusive(async () => {
        await rememberCurrent(ctx);
        await ctx.replaceStore(null);
      }),
  };
}
