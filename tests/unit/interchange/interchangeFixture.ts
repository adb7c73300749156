import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadOptions } from '../../../electron/core/interchange/readInterchange';
import { readInterchange } from '../../../electron/core/interchange/readInterchange';
import type { Core } from '../../../electron/core/coreTypes';
import type { ImportNotice } from '../../../electron/shared/contract';
import { tempDir } from '../store/storeFixture';
import { startCore } from '../core/coreCalls';

/** Writes the bytes to a real file and reads them back through readInterchange, as an import would. */
export async function readFromDisk(name: string, content: string | Uint8Array, options?: ReadOptions) {
  const dir = await mkdtemp(join(tmpdir(), 'pizhu-interchange-'));
  await writeFile(join(dir, name), content);
  const read = await readInterchange(name, await readFile(join(dir, name)), options);
  if (!read) throw new Error(`${name} was not read as an annotation export`);
  return read;
}

/** The notices as kind → count, to compare in one line. */
export function noticeCounts(notices: readonly ImportNotice[] | undefined): Record<string, number> {
  return Object.fromEntries((notices ?? []).map((n) => [n.kind, n.count]));
}

export function noticeDetail(notices: readonly ImportNotice[] | undefined, kind: string): string {
  return (notices ?? []).find((n) => n.kind === kind)?.detail ?? '';
}

/** A core on a new session in a temp folder, closed by `closeCores` (register it with afterEach). */
export async function startTestCore(prefix: string): Promise<Core> {
  const root = tempDir(prefix);
  return startCore({ dataDir: join(root, 'data'), sessionPath: join(root, 'work.pizhu'), sampleFile: null });
}
