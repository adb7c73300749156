import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementMatrix, CurationResult, Disagreement } from '../../../electron/shared/agreement/agreementSchemas';
import type { ExportFile, HistoryState } from '../../../electron/shared/contract';
import type { Annotation } from '../../../electron/shared/model';
import { rangeOf, startAnalysts, type TeamAnalyst } from './teamAnalysts';
import { startTeamServer, type TestServer } from './teamServer';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const TEXT = '一、主要目标\n城镇新增就业1200万人以上，居民消费价格涨幅2%左右。实施提振消费专项行动。推进新型城镇化建设。\n';

/** Two coders and a curator: 王 and 李 double-code the report, 赵 has marked one target and curates. */
const LAYERS: Record<string, Array<[string, string]>> = {
  王: [
    ['target', '城镇新增就业1200万人以上'],
    ['target', '居民消费价格涨幅2%左右'],
    ['policy', '实施提振消费专项行动'],
    ['project', '推进新型城镇化建设'],
  ],
  李: [
    ['target', '城镇新增就业1200万人以上'],
    ['target', '消费价格涨幅2%左右'],
    ['policy', '实施提振消费专项行动'],
    ['policy', '推进新型城镇化建设'],
    ['project', '城镇化建设'],
  ],
  赵: [['target', '城镇新增就业1200万人以上']],
};

describe('agreement and curation over three analysts on a CouchDB-compatible server on 127.0.0.1', () => {
  const root = mkdtempSync(join(tmpdir(), 'pizhu-curation-'));
  let server: TestServer;
  let team: TeamAnalyst[];
  let wang: TeamAnalyst, li: TeamAnalyst, zhao: TeamAnalyst;
  const spans = (who: TeamAnalyst) => who.call<Annotation[]>('annotations.list', { docId: who.docId });

  beforeAll(async () => {
    server = await startTeamServer(mkdtempSync(join(root, 'server-')));
    team = await startAnalysts(root, server.url, 'district-plans', Object.keys(LAYERS), '2024年工作报告.txt', TEXT);
    [wang, li, zhao] = team as [TeamAnalyst, TeamAnalyst, TeamAnalyst];
    for (const [i, layer] of Object.values(LAYERS).entries()) {
      for (const [tag, phrase] of layer)
        await team[i]!.call('annotations.create', { docId: team[i]!.docId, tag, ...rangeOf(TEXT, phrase) });
    }
    for (let round = 0; round < 2; round++) for (const analyst of team) await analyst.sync();
  }, 120_000);
  afterAll(async () => {
    for (const analyst of team ?? []) await analyst.core.close();
    await server?.stop();
  });

  it("gives the matrix the CLI's agreement gives, per document and pooled", async () => {
    const matrix = await zhao.call<AgreementMatrix>('agreement.matrix', {});
    expect(matrix.analysts.map((a) => [a.name, a.own, a.spans]).sort()).toEqual([
      ['李', false, 5],
      ['王', false, 4],
      ['赵', true, 1],
    ]);
    const cli = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'electron/cli/index.ts'), 'agreement', '--session', zhao.session],
      { env: { ...process.env, PIZHU_DATA_DIR: zhao.dataDir }, encoding: 'utf8', timeout: 120_000 },
    );
    expect(cli.stderr).toBe('');
    expect(matrix.corpus).toEqual(JSON.parse(cli.stdout).pairs);
    expect(matrix.documents).toEqual([{ docId: zhao.docId, title: '一、主要目标', pairs: matrix.corpus }]);

    const pair = matrix.corpus.find((p) => [p.a, p.b].sort().join() === [wang.analyst.id, li.analyst.id].sort().join())!;
    // Of 王's four spans and 李's five, two agree exactly: F1 = 2·2 / (4 + 5).
    expect(pair.overall.f1Exact).toBeCloseTo(4 / 9, 10);
    const targets = await zhao.call<AgreementMatrix>('agreement.matrix', { tag: 'target' });
    const targetPair = targets.corpus.find((p) => p.a === pair.a && p.b === pair.b)!;
    expect(Object.keys(targetPair.perTag)).toEqual(['target']);
    expect(targetPair.overall.f1Exact).toBeCloseTo(0.5, 10);
    expect(targetPair.overall.f1Overlap).toBe(1);
  }, 180_000);

  it('lists where two analysts differ, with both versions in their sentences', async () => {
    const found = await zhao.call<Disagreement[]>('agreement.disagreements', { a: wang.analyst.id, b: li.analyst.id });
    expect(found.map((d) => [d.kind, d.a?.quote ?? null, d.a?.tag ?? null, d.b?.quote ?? null, d.b?.tag ?? null])).toEqual([
      ['boundary', '居民消费价格涨幅2%左右', 'target', '消费价格涨幅2%左右', 'target'],
      ['tag', '推进新型城镇化建设', 'project', '推进新型城镇化建设', 'policy'],
      ['missing', null, null, '城镇化建设', 'project'],
    ]);
    expect(found[0]!.section).toEqual(['一、主要目标']);
    expect(found[0]!.title).toBe('一、主要目标');
    expect(found[0]!.b!.context).toMatchObject({ before: '城镇新增就业1200万人以上，居民', hit: '消费价格涨幅2%左右', after: '。' });
    const onlyProjects = await zhao.call<Disagreement[]>('agreement.disagreements', {
      a: wang.analyst.id,
      b: li.analyst.id,
      docId: zhao.docId,
      tag: 'project',
    });
    expect(onlyProjects.map((d) => d.kind)).toEqual(['tag', 'missing']);
    const unknown = await zhao.core.call('agreement.disagreements', { a: wang.analyst.id, b: 'a-nobody' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'no analyst a-nobody in this team' } });
  });

  it("takes another analyst's span into the own layer once, and undoes it", async () => {
    const [, , missing] = await zhao.call<Disagreement[]>('agreement.disagreements', { a: wang.analyst.id, b: li.analyst.id });
    const take = { docId: zhao.docId, analyst: li.analyst.id, spanIds: [missing!.b!.id] };
    const first = await zhao.call<CurationResult>('curation.take', take);
    expect(first.alreadyOwn).toBe(0);
    expect(first.taken).toHaveLength(1);
    expect(first.taken[0]).toMatchObject({
      quote: '城镇化建设',
      tag: 'project',
      origin: `curated:${li.analyst.id}`,
      annotator: zhao.analyst.id,
      section: ['一、主要目标'],
    });
    expect(await zhao.call<CurationResult>('curation.take', take)).toEqual({ taken: [], alreadyOwn: 1 });
    expect(await spans(zhao)).toHaveLength(2);
    await zhao.call<HistoryState>('history.undo');
    expect((await spans(zhao)).map((a) => a.quote)).toEqual(['城镇新增就业1200万人以上']);
  });

  it('takes every span two analysts agree on as one undo step, leaving out what the own layer has', async () => {
    const result = await zhao.call<CurationResult>('curation.takeAgreed', {
      docId: zhao.docId,
      analysts: [wang.analyst.id, li.analyst.id],
    });
    expect(result.alreadyOwn).toBe(1);
    expect(result.taken.map((a) => [a.quote, a.tag, a.origin])).toEqual([
      ['实施提振消费专项行动', 'policy', `curated:${wang.analyst.id},${li.analyst.id}`],
    ]);
    const byDefault = await zhao.call<CurationResult>('curation.takeAgreed', { docId: zhao.docId });
    expect(byDefault).toEqual({ taken: [], alreadyOwn: 2 });
    const history = await zhao.call<HistoryState>('history.undo');
    expect(history.docId).toBe(zhao.docId);
    expect(await spans(zhao)).toHaveLength(1);
    const lonely = await zhao.core.call('curation.takeAgreed', { docId: zhao.docId, analysts: [wang.analyst.id] });
    expect(lonely).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it("exports the own layer or every analyst's, each span naming its annotator, in the app and from the CLI", async () => {
    const exported = async (format: string, layers: 'own' | 'all') =>
      Buffer.from((await zhao.call<ExportFile>('export.run', { format, layers })).data, 'base64');
    const names = new Map(team.map((t) => [t.analyst.id, t.analyst.name]));

    const own = JSON.parse((await exported('json', 'own')).toString('utf8'));
    expect(own.annotations.map((a: Annotation) => a.annotator)).toEqual([zhao.analyst.id]);
    const all = JSON.parse((await exported('json', 'all')).toString('utf8'));
    expect(all.annotations).toHaveLength(10);
    expect(all.analysts.map((a: { name: string }) => a.name).sort()).toEqual(['李', '王', '赵']);
    expect(new Set(all.annotations.map((a: Annotation) => a.annotator))).toEqual(new Set(names.keys()));
    for (const a of all.annotations as Annotation[]) expect([...TEXT].slice(a.start, a.end).join('')).toBe(a.quote);

    const out = join(root, 'all.json');
    const cli = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        join(ROOT, 'electron/cli/index.ts'),
        ...['export', '--session', zhao.session, '--format', 'json', '--layers', 'all', '--out', out],
      ],
      { env: { ...process.env, PIZHU_DATA_DIR: zhao.dataDir }, encoding: 'utf8', timeout: 120_000 },
    );
    expect(cli.stderr).toBe('');
    const fromCli = JSON.parse(readFileSync(out, 'utf8'));
    expect(fromCli.annotations.map((a: Annotation) => [a.id, a.annotator])).toEqual(
      all.annotations.map((a: Annotation) => [a.id, a.annotator]),
    );

    const rows: string[][] = parse((await exported('csv', 'all')).toString('utf8').replace(/^\uFEFF/, ''));
    const annotatorColumn = rows[0]!.indexOf('标注者');
    expect(annotatorColumn).toBeGreaterThan(0);
    expect(
      rows
        .slice(1)
        .map((row) => row[annotatorColumn])
        .sort(),
    ).toEqual(['李', '李', '李', '李', '李', '王', '王', '王', '王', '赵']);

    const jsonl = JSON.parse((await exported('jsonl', 'all')).toString('utf8').trim());
    expect(jsonl.annotators).toHaveLength(10);
    expect(jsonl.annotators[0]).toHaveLength(5);

    const w3c = JSON.parse((await exported('w3c', 'all')).toString('utf8'));
    const creators = w3c.first.items.map((item: { creator: { id: string; name: string } }) => item.creator);
    expect(creators.filter((c: { name: string }) => c.name === '王')).toHaveLength(4);
    expect(creators[0].id).toMatch(/^urn:pizhu:analyst:a-/);

    const brat = await JSZip.loadAsync(await exported('brat', 'all'));
    const ann = await brat.file(/\.ann$/)[0]!.async('string');
    expect(ann.match(/\tAnnotator T\d+\t/g)).toHaveLength(10);
    expect(ann).toContain(`赵 (${zhao.analyst.id})`);

    const qdpx = await JSZip.loadAsync(await exported('qdpx', 'all'));
    const project = await qdpx.file('project.qde')!.async('string');
    const users = [...project.matchAll(/<User guid="([^"]+)" name="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(users.map(([, name]) => name).sort()).toEqual(['Pizhu', '李', '王', '赵']);
    const guidOf = new Map(users.map(([guid, name]) => [name, guid]));
    const selections = [...project.matchAll(/<PlainTextSelection [^>]*creatingUser="([^"]+)"/g)].map((m) => m[1]);
    expect(selections.filter((guid) => guid === guidOf.get('李'))).toHaveLength(5);
  });
});
