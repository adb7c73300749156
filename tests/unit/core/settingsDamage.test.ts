import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import { tempDir } from '../store/storeFixture';

/** The files of the data folder other than settings.json that hold exactly `bytes`. */
function keptAside(dataDir: string, bytes: Buffer): string[] {
  return readdirSync(dataDir).filter(
    (name) => name !== 'settings.json' && name.startsWith('settings.json') && readFileSync(join(dataDir, name)).equals(bytes),
  );
}

const damaged: Array<[string, string]> = [
  ['not JSON (cut off mid-write by another program)', '{"language":"zh","recent":[{"path":"/home/analyst/qingdao.pizhu","na'],
  ['JSON of the wrong shape', JSON.stringify({ language: 'fr', recent: 'everything' })],
];

describe('settings.json: a damaged file is kept aside and reported, never overwritten', () => {
  for (const [what, content] of damaged) {
    it(`keeps a settings.json that is ${what}`, async () => {
      const root = tempDir('pizhu-settings-');
      const dataDir = join(root, 'data');
      mkdirSync(dataDir);
      const bytes = Buffer.from(content);
      writeFileSync(join(dataDir, 'settings.json'), bytes);
      const warnings: string[] = [];
      const core = await createCore({ dataDir, sessionPath: join(root, 'work.pizhu'), warn: (line) => warnings.push(line) });
      const settings = await core.call('settings.get', {});
      await core.call('settings.set', { language: 'en' });
      await core.close();

      // The user's recent-session list is still there to recover by hand, and the new settings.json is valid.
      expect(keptAside(dataDir, bytes)).toHaveLength(1);
      const aside = join(dataDir, keptAside(dataDir, bytes)[0]!);
      expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')).language).toBe('en');
      // Said once on the host's log, and in the API, naming both files.
      expect(warnings.filter((w) => w.includes(join(dataDir, 'settings.json')) && w.includes(aside))).toHaveLength(1);
      expect(settings.ok && (settings.value as { notices: string[] }).notices).toEqual([expect.stringContaining(aside)]);
    });
  }

  it('a second damage keeps the first copy too', async () => {
    const root = tempDir('pizhu-settings-');
    const dataDir = join(root, 'data');
    mkdirSync(dataDir);
    const first = Buffer.from('{ first damage');
    const second = Buffer.from('{ second damage');
    for (const bytes of [first, second]) {
      writeFileSync(join(dataDir, 'settings.json'), bytes);
      await (await createCore({ dataDir, sessionPath: join(root, 'work.pizhu'), warn: () => undefined })).close();
    }
    expect(keptAside(dataDir, first)).toHaveLength(1);
    expect(keptAside(dataDir, second)).toHaveLength(1);
  });

  it('an intact settings.json is read and nothing is set aside', async () => {
    const root = tempDir('pizhu-settings-');
    const dataDir = join(root, 'data');
    const warnings: string[] = [];
    await (await createCore({ dataDir, sessionPath: join(root, 'work.pizhu'), warn: (line) => warnings.push(line) })).close();
    const core = await createCore({ dataDir, sessionPath: join(root, 'work.pizhu'), warn: (line) => warnings.push(line) });
    const recent = await core.call('session.recent', {});
    await core.close();
    expect(recent.ok && (recent.value as { sessions: unknown[] }).sessions).toHaveLength(1);
    expect(readdirSync(dataDir).filter((n) => n.startsWith('settings.json'))).toEqual(['settings.json']);
    expect(warnings).toEqual([]);
  });
});
