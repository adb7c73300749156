import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadOptions } from '../../../electron/core/interchange/readInterchange';
import { readInterchange } from '../../../electron/core/interchange/readInterchange';
import type { ImportNotice } from '../../../electron/shared/contract';

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
