import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PizhuError } from '../../../electron/shared/errors';
import { SessionStore } from '../../../electron/core/store/SessionStore';
import { LOCK_FILE } from '../../../electron/core/store/sessionLock';
import { deadPid, documentRecord, folderBytes, span, tempDir } from './storeFixture';

/** What crashes leave behind: temp files of atomic writes, and the files of a document the index never named. */
const LEFTOVERS = [
  '.session.json.0a1b2c3d.tmp',
  'documents/.d_orphan.json.deadbeef.tmp',
  'annotations/.d_kept.json.12345678.tmp',
  'documents/d_orphan.json',
  'annotations/d_orphan.json',
  'annotations/d_orphan.log',
];
/** Files that are not ours to delete, though they sit in the session's folders. */
const FOREIGN = ['documents/notes.txt', 'annotations/README', 'my-notes.txt', '.hidden.tmp', 'documents/.notes.txt.tmp'];

async function sessionWithLeftovers(): Promise<{ root: string; dir: string }> {
  const root = tempDir('pizhu-cleanup-');
  const dir = join(root, 'work.pizhu');
  const store = await SessionStore.open(dir, { create: true });
  const kept = documentRecord('d_kept', '保留的文档。');
  await store.addDocuments([kept], [span('a_1', kept, 0, 2)]);
  await store.close();
  for (const file of [...LEFTOVERS, ...FOREIGN]) writeFileSync(join(dir, file), `{"left":"${file}"}`);
  // Beside the session, not in it: never touched, whatever its name.
  writeFileSync(join(root, '.work.pizhu.0a1b2c3d.tmp'), 'outside');
  writeFileSync(join(root, 'd_orphan.json'), 'outside');
  return { root, dir };
}

describe('open cleans up what crashes left in the session folder', () => {
  it('a writable open removes temp files and unnamed document files, and nothing else', async () => {
    const { root, dir } = await sessionWithLeftovers();
    const outside = folderBytes(root);
    for (const key of outside.keys()) if (key.startsWith('work.pizhu')) outside.delete(key);

    const store = await SessionStore.open(dir, { create: false });
    for (const file of LEFTOVERS) expect(existsSync(join(dir, file)), file).toBe(false);
    for (const file of FOREIGN) expect(readFileSync(join(dir, file), 'utf8'), file).toBe(`{"left":"${file}"}`);
    expect((await store.readDocument('d_kept')).text).toBe('保留的文档。');
    expect(store.annotations('d_kept').map((a) => a.id)).toEqual(['a_1']);
    await store.close();
    const after = folderBytes(root);
    for (const [key, bytes] of outside) expect(after.get(key), key).toBe(bytes);
  });

  it('a read-only open removes nothing', async () => {
    const { dir } = await sessionWithLeftovers();
    const before = folderBytes(dir);
    const store = await SessionStore.open(dir, { create: false, readOnly: true });
    await store.close();
    expect(folderBytes(dir)).toEqual(before);
  });

  it('an open that is refused (locked by a live writer) removes nothing', async () => {
    const { dir } = await sessionWithLeftovers();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: hostname(), since: new Date().toISOString() }));
    const before = folderBytes(dir);
    await expect(SessionStore.open(dir, { create: false })).rejects.toMatchObject({ code: 'SESSION_LOCKED' });
    expect(folderBytes(dir)).toEqual(before);
  });

  it('recovers a dead writer`s lock and then cleans up', async () => {
    const { dir } = await sessionWithLeftovers();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid(), host: hostname(), since: new Date().toISOString() }));
    const store = await SessionStore.open(dir, { create: false });
    expect(readdirSync(join(dir, 'documents')).sort()).toEqual(['.notes.txt.tmp', 'd_kept.json', 'notes.txt']);
    await store.close();
  });

  it('refuses a session whose documents folder is a link out of it, and deletes nothing there', async () => {
    const root = tempDir('pizhu-cleanup-');
    const dir = join(root, 'work.pizhu');
    await (await SessionStore.open(dir, { create: true })).close();
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'd_someone.json'), 'not ours');
    writeFileSync(join(elsewhere, '.x.json.0a1b2c3d.tmp'), 'not ours');
    rmSync(join(dir, 'documents'), { recursive: true });
    symlinkSync(elsewhere, join(dir, 'documents'));
    const before = folderBytes(elsewhere);
    const error = await SessionStore.open(dir, { create: false }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PizhuError);
    expect((error as PizhuError).code).toBe('BAD_FILE');
    expect((error as PizhuError).message).toContain(join(dir, 'documents'));
    expect(folderBytes(elsewhere)).toEqual(before);
  });
});
