import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../electron/core/settingsStore';
import { startTeamServer, type TestServer } from './teamServer';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const TEXT = '一、主要目标\n城镇新增就业1200万人以上，居民消费价格涨幅2%左右。实施提振消费专项行动。\n';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Each analyst has their own machine: their own data folder (settings, replica) and session folder. */
function cli(dataDir: string, ...args: string[]): Run {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'electron/cli/index.ts'), ...args], {
    env: { ...process.env, PIZHU_DATA_DIR: dataDir, PIZHU_TEAM_USER: '', PIZHU_TEAM_PASSWORD: '' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const succeeded = (run: Run): string => {
  expect(run.stderr, run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
};
const json = (run: Run): unknown => JSON.parse(succeeded(run));

describe('the team commands of the CLI, three analysts on one CouchDB-compatible server on 127.0.0.1', () => {
  const root = mkdtempSync(join(tmpdir(), 'pizhu-team-cli-'));
  let server: TestServer;
  const file = join(root, '2024年工作报告.txt');
  const analysts = ['王', '李', '赵'].map((name, i) => ({ name, data: join(root, `data-${i}`), session: join(root, `s-${i}.pizhu`) }));

  beforeAll(async () => {
    writeFileSync(file, TEXT);
    server = await startTeamServer(mkdtempSync(join(root, 'server-')));
  }, 90_000);
  afterAll(async () => server?.stop());

  it('init, annotate, sync: every analyst sees every layer and the same agreement', () => {
    const spans: Array<[number, number, string]> = [
      [7, 21, 'target'],
      [9, 21, 'target'],
      [22, 35, 'target'],
    ];
    for (const [i, analyst] of analysts.entries()) {
      succeeded(cli(analyst.data, 'import', '--session', analyst.session, file));
      const docs = json(cli(analyst.data, 'list', '--session', analyst.session)) as { documents: Array<{ id: string }> };
      const [start, end, tag] = spans[i]!;
      json(
        cli(
          analyst.data,
          'annotate',
          '--session',
          analyst.session,
          '--doc',
          docs.documents[0]!.id,
          '--start',
          String(start),
          '--end',
          String(end),
          '--tag',
          tag,
        ),
      );
      const init = json(
        cli(
          analyst.data,
          'team',
          'init',
          '--session',
          analyst.session,
          '--server',
          server.url,
          '--db',
          'district-plans',
          '--annotator',
          analyst.name,
          '--no-guard',
        ),
      ) as { analyst: { id: string; name: string } };
      expect(init.analyst.name).toBe(analyst.name);
      expect(JSON.parse(readFileSync(join(analyst.session, 'team.json'), 'utf8'))).toEqual({ server: server.url, db: 'district-plans' });
    }
    for (let round = 0; round < 2; round++) {
      for (const analyst of analysts) json(cli(analyst.data, 'team', 'sync', '--session', analyst.session));
    }
    const statuses = analysts.map(
      (a) =>
        json(cli(a.data, 'team', 'status', '--session', a.session)) as {
          documents: number;
          analysts: Array<{ name: string; spans: number }>;
        },
    );
    for (const status of statuses) {
      expect(status.documents).toBe(1);
      expect(status.analysts.map((a) => [a.name, a.spans]).sort()).toEqual([
        ['李', 1],
        ['王', 1],
        ['赵', 1],
      ]);
    }
    const figures = analysts.map(
      (a) => json(cli(a.data, 'agreement', '--session', a.session)) as { pairs: Array<{ perTag: Record<string, { f1Overlap: number }> }> },
    );
    expect(figures[0]!.pairs).toHaveLength(3);
    expect(figures[1]).toEqual(figures[0]);
    expect(figures[2]).toEqual(figures[0]);
  }, 600_000);

  it("merges into the session what the round pulled: a teammate's document and the same analyst's span from another machine", async () => {
    const office = { data: join(root, 'data-office'), session: join(root, 'office.pizhu') };
    const laptop = { data: join(root, 'data-laptop'), session: join(root, 'laptop.pizhu') };
    const other = join(root, '另一份文件.txt');
    writeFileSync(other, '二、重点任务\n实施城市更新行动。\n');
    succeeded(cli(office.data, 'import', '--session', office.session, file));
    const [officeDoc] = (json(cli(office.data, 'list', '--session', office.session)) as { documents: Array<{ id: string; title: string }> })
      .documents;
    const docId = officeDoc!.id;
    json(cli(office.data, 'annotate', '--session', office.session, '--doc', docId, '--start', '7', '--end', '21', '--tag', 'target'));
    const init = ['team', 'init', '--server', server.url, '--db', 'two-machines', '--no-guard'];
    const { analyst } = json(cli(office.data, ...init, '--session', office.session, '--annotator', '王')) as { analyst: { id: string } };
    // The laptop knows the same analyst (the same id in its settings) and has a session of its own without that text.
    const settings = await SettingsStore.open(laptop.data);
    await settings.update((s) => void (s.analyst = { id: analyst.id, name: '王' }));
    succeeded(cli(laptop.data, 'import', '--session', laptop.session, other));
    json(cli(laptop.data, ...init, '--session', laptop.session));

    json(cli(office.data, 'team', 'sync', '--session', office.session));
    const pulled = cli(laptop.data, 'team', 'sync', '--session', laptop.session);
    expect(pulled.code).toBe(0);
    expect(pulled.stderr).toMatch(new RegExp(`^pizhu: team: added "${officeDoc!.title}" \\(d_[\\w-]+\\), imported by a teammate\n$`));
    const round = JSON.parse(pulled.stdout) as { merged: { documents: number; spans: number }; problems: string[] };
    expect(round.problems).toEqual([]);
    expect(round.merged).toMatchObject({ documents: 1, spans: 1 });
    const listed = json(cli(laptop.data, 'list', '--session', laptop.session)) as {
      documents: Array<{ title: string; counts: Record<string, number> }>;
    };
    expect(listed.documents.map((d) => [d.title, d.counts.target]).sort()).toEqual([
      [officeDoc!.title, 1],
      ['二、重点任务', 0],
    ]);
    // A second round brings nothing new and merges nothing twice.
    const again = json(cli(laptop.data, 'team', 'sync', '--session', laptop.session)) as { merged: { documents: number; spans: number } };
    expect(again.merged).toMatchObject({ documents: 0, spans: 0 });
  }, 300_000);

  it('refuses a URL with a password in it, and sync without a team, each as one line naming the problem', () => {
    const analyst = analysts[0]!;
    const withPassword = cli(
      analyst.data,
      'team',
      'init',
      '--session',
      analyst.session,
      '--server',
      'http://u:secret@127.0.0.1:1/',
      '--db',
      'x',
    );
    expect(withPassword.code).toBe(1);
    expect(withPassword.stderr).toMatch(/^pizhu: team: no user name or password in the URL\n$/);
    const other = join(root, 'lonely.pizhu');
    succeeded(cli(analyst.data, 'import', '--session', other, file));
    const sync = cli(analyst.data, 'team', 'sync', '--session', other);
    expect(sync.code).toBe(1);
    expect(sync.stderr).toContain('team.json: this session has no team');
  }, 300_000);
});
