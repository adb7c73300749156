import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_RELATION_TYPES, DEFAULT_TAGS } from '../../../electron/shared/defaultTags';
import type { Relation } from '../../../electron/shared/model';
import { SessionStore } from '../../../electron/core/store/SessionStore';
import { backupPath } from '../../../electron/core/store/migrateSession';
import { SCHEMA_VERSION } from '../../../electron/core/store/sessionFormat';
import { documentRecord, span, tempDir } from '../store/storeFixture';

const TEXT = '加快建设现代化产业体系，全年新增就业一百万人。';

const opened: SessionStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

async function open(dir: string, readOnly = false): Promise<SessionStore> {
  const store = await SessionStore.open(dir, { create: true, readOnly });
  opened.push(store);
  return store;
}

async function close(store: SessionStore): Promise<void> {
  opened.splice(opened.indexOf(store), 1);
  await store.close();
}

function relation(from: string, to: string, type = 'serves'): Relation {
  const now = new Date().toISOString();
  return { id: 'r_import', docId: 'd_x', type, from, to, note: '', created: now, modified: now };
}

describe('SessionStore: relations', () => {
  it('a new session has the default relation types, and keeps the ones it is given', async () => {
    const dir = tempDir();
    const store = await open(dir);
    expect(store.relationTypes()).toEqual(DEFAULT_RELATION_TYPES);
    const types = [...store.relationTypes(), { id: 'cites', label: { zh: '引用', en: 'Cites' }, color: '#123456' }];
    await store.setRelationTypes(types);
    await expect(store.setRelationTypes([...types, types[0]!])).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await close(store);
    expect((await open(dir)).relationTypes()).toEqual(types);
  });

  it('addRelations writes them under fresh ids in one write; they survive a reload and a fold of the log', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const doc = documentRecord('d_x', TEXT);
    await store.addDocuments([doc], [span('a_policy', doc, 0, 11, 'policy'), span('a_target', doc, 12, 22, 'target')]);
    const added = await store.addRelations('d_x', [relation('a_policy', 'a_target'), relation('a_target', 'a_policy', 'part-of')]);
    expect(added.map((r) => r.id)).not.toContain('r_import');
    expect(new Set(added.map((r) => r.id)).size).toBe(2);
    expect(added.every((r) => /^r_/.test(r.id))).toBe(true);
    const log = readFileSync(join(dir, 'annotations', 'd_x.log'), 'utf8')
      .trim()
      .split('\n');
    expect(log).toHaveLength(2);
    await expect(store.addRelations('d_x', [relation('a_policy', 'a_gone')])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(store.addRelations('d_x', [relation('a_policy', 'a_target', 'nope')])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await close(store);
    const again = await open(dir);
    expect(again.listRelations('d_x').sort((a, b) => a.type.localeCompare(b.type))).toEqual(
      [...added].sort((a, b) => a.type.localeCompare(b.type)),
    );
    const snapshot = JSON.parse(readFileSync(join(dir, 'annotations', 'd_x.json'), 'utf8'));
    expect(snapshot.relations).toHaveLength(2);
  });

  it('removing a span removes its relations in the same line of the log', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const doc = documentRecord('d_x', TEXT);
    await store.addDocuments([doc], [span('a_policy', doc, 0, 11, 'policy'), span('a_target', doc, 12, 22, 'target')]);
    await store.addRelations('d_x', [relation('a_policy', 'a_target')]);
    await store.applyAnnotations('d_x', { put: [], remove: ['a_target'] });
    expect(store.listRelations('d_x')).toEqual([]);
    const last = JSON.parse(
      readFileSync(join(dir, 'annotations', 'd_x.log'), 'utf8')
        .trim()
        .split('\n')
        .at(-1)!,
    );
    expect(last.relations.remove).toHaveLength(1);
    await close(store);
    expect((await open(dir)).listRelations('d_x')).toEqual([]);
  });

  it('a schema 2 session gains the default relation types on open, keeping its index aside', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const doc = documentRecord('d_x', TEXT);
    await store.addDocuments([doc], [span('a_policy', doc, 0, 11, 'policy')]);
    await close(store);
    const indexPath = join(dir, 'session.json');
    const { relationTypes: _types, ...v2 } = JSON.parse(readFileSync(indexPath, 'utf8'));
    writeFileSync(indexPath, JSON.stringify({ ...v2, schemaVersion: 2, tags: DEFAULT_TAGS }));
    const bytes = readFileSync(indexPath);

    const reader = await open(dir, true);
    expect(reader.relationTypes()).toEqual(DEFAULT_RELATION_TYPES);
    expect(readFileSync(indexPath).equals(bytes)).toBe(true);
    await close(reader);

    const writer = await open(dir);
    expect(writer.relationTypes()).toEqual(DEFAULT_RELATION_TYPES);
    expect(writer.annotations('d_x')).toHaveLength(1);
    expect(JSON.parse(readFileSync(indexPath, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    expect(readFileSync(backupPath(indexPath, 2)).equals(bytes)).toBe(true);
  });
});
