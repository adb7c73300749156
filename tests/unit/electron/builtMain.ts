import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The bundles `npm start` runs, as built; PIZHU_OUT_DIR points at a build
 * made elsewhere. `runMain` runs the main process under plain Node with
 * fakeElectron.mjs in place of 'electron', which drives it through start-up,
 * the app: scheme, IPC, hardening, menu clicks and quit, and reports.
 */
export const OUT = resolve(process.env.PIZHU_OUT_DIR ?? 'out');
export const MAIN = join(OUT, 'main', 'index.js');
export const PRELOAD = join(OUT, 'preload', 'index.cjs');
const LOADER = resolve('tests/unit/electron/fakeElectronLoader.mjs');

type IpcAnswer = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

/** What the app: scheme answered for one request. */
export interface AppResponse {
  status: number;
  type: string | null;
  csp: string | null;
  nosniff: boolean;
  script: string | null;
  body: string;
}

export interface Report {
  singleInstanceLock: number;
  windows: Array<{ show: boolean; webPreferences: Record<string, unknown> }>;
  loadFile: string[];
  loadURL: string[];
  shown: boolean;
  privilegedSchemes: Array<{ scheme: string; privileges: Record<string, unknown> }> | null;
  schemesRegisteredBeforeReady: boolean | null;
  protocolHandles: string[];
  responses: Record<string, AppResponse>;
  dialogs: Array<{ kind: 'open' | 'save'; title: string | null }>;
  handles: string[];
  ipc: Record<string, IpcAnswer>;
  sent: unknown[][];
  navigationPrevented: Record<string, boolean>;
  windowOpen: Record<string, string | null>;
  openExternal: string[];
  permissionRequest: boolean | null;
  permissionCheck: boolean | null;
  downloads: Record<string, { prevented: boolean; dialogOptions: { defaultPath?: string } | null }>;
  secondInstance: { focused?: boolean };
  errorBoxes: unknown[];
  quitSequence: string[];
}

/** Throws, naming the command, when the bundles are not built. */
export function requireBuild(): void {
  for (const file of [MAIN, PRELOAD]) {
    if (!existsSync(file)) throw new Error(`${relative('.', file)} is missing: run \`npm run build\` first (\`npm test\` does)`);
  }
}

/** Runs the built main process to its end, under `limit` (a command such as prlimit and its options) when given. */
export function runMain(home: string, args: string[] = [], { limit = [], status = 0 }: { limit?: string[]; status?: number } = {}): Report {
  const reportPath = join(home, 'report.json');
  const env: NodeJS.ProcessEnv = { ...process.env, FAKE_ELECTRON_HOME: home, FAKE_ELECTRON_REPORT: reportPath };
  delete env.ELECTRON_RENDERER_URL;
  delete env.PIZHU_DATA_DIR;
  const command = [...limit, process.execPath, '--import', LOADER, MAIN, ...args];
  const child = spawnSync(command[0]!, command.slice(1), { env, encoding: 'utf8', timeout: 120_000 });
  if (child.status !== status || !existsSync(reportPath)) {
    throw new Error(`main process exited with ${child.status}:\n${child.stdout}\n${child.stderr}`);
  }
  return JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
}
