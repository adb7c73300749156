import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import type { HistoryState, ImportPreview, ImportReport, SessionInfo } from '../../../electron/shared/contract';
import type { Annotation } from '../../../electron/shared/model';
import type { SuggestionItem } from '../../../electron/shared/suggest/suggestionItem';
import { call, closeCores, startCore, stopCore } from '../core/coreCalls';
import { tempDir } from '../store/storeFixture';

const appRoot = resolve(import.meta.dirname, '..', '..', '..');
/** Policies the engine finds (实施提振消费专项行动 twice), and a target. */
const TEXT_A =
  '2024年政府工作任务\n要实施积极的财政政策。继续实施提振消费专项行动，推进供给侧结构性改革。\n到2025年，粮食产量达到1.3万亿斤以上。坚持实施提振消费专项行动。\n';
const TEXT_B = '另一篇报告\n我们要实施提振消费专项行动。各地也要实施提振消费专项行动。\n';

afterEach(closeCores);

async function start(dir: string): Promise<Core> {
  const core = await startCore({ dataDir: join(dir, 'data'), sessionPath: join(dir, 's.pizhu'), warn: () => undefined });
  return core;
}

async function restart(core: Core, dir: string): Promise<Core> {
  await stopCore(core);
  return start(dir);
}

async function importText(core: Core, name: string, text: string): Promise<string> {
  const preview = await call<ImportPreview>(core, 'import.preview', {
    files: [{ name, data: Buffer.from(text).toString('base64') }],
    cleanup: false,
  });
  return (await call<ImportReport>(core, 'import.commit', { previewId: preview.previewId })).created[0]!.id;
}

const list = (core: Core, docId: string) => call<SuggestionItem[]>(core, 'suggestions.list', { docId });
const spans = (core: Core, docId: string) => call<Annotation[]>(core, 'annotations.list', { docId });
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

describe('suggestions in a session', () => {
  it('offers the engine’s suggestions with ids that stay the same across calls and restarts', async () => {
    const dir = tempDir('pizhu-suggest-');
    let core = await start(dir);
    const docId = await importText(core, 'a.txt', TEXT_A);
    const first = await list(core, docId);
    expect(first.map((s) => s.quote)).toEqual([
      '实施积极的财政政策',
      '实施提振消费专项行动',
      '推进供给侧结构性改革',
      '到2025年，粮食产量达到1.3万亿斤以上',
      '实施提振消费专项行动',
    ]);
    expect(first.every((s) => /^s_/.test(s.id) && s.docId === docId)).toBe(true);
    expect(new Set(first.map((s) => s.id)).size).toBe(first.length);
    expect(first.find((s) => s.tag === 'target')?.value?.unit).toBe('斤');
    core = await restart(core, dir);
    expect((await list(core, docId)).map((s) => s.id)).toEqual(first.map((s) => s.id));
  });

  it('accepts many as one undo step, each span with its origin, and never suggests over a span of the same tag', async () => {
    const dir = tempDir('pizhu-suggest-');
    const core = await start(dir);
    const docId = await importText(core, 'a.txt', TEXT_A);
    const manual = await call<Annotation>(core, 'annotations.create', { docId, start: 15, end: 20, tag: 'policy' });
    const offered = await list(core, docId);
    expect(offered.some((s) => s.tag === 'policy' && overlaps(s, manual))).toBe(false);

    const chosen = offered.filter((s) => s.tag === 'policy').slice(0, 3);
    const made = await call<Annotation[]>(core, 'suggestions.accept', { docId, ids: chosen.map((s) => s.id) });
    expect(made.map((a) => [a.start, a.end, a.tag, a.quote, a.origin])).toEqual(
      chosen.map((s) => [s.start, s.end, s.tag, s.quote, `rule:${s.rule}`]),
    );
    const after = await list(core, docId);
    for (const span of await spans(core, docId)) expect(after.some((s) => s.tag === span.tag && overlaps(s, span))).toBe(false);

    await call<HistoryState>(core, 'history.undo');
    expect((await spans(core, docId)).map((a) => a.id)).toEqual([manual.id]);
    expect((await list(core, docId)).map((s) => s.id)).toEqual(offered.map((s) => s.id));
    await call<HistoryState>(core, 'history.redo');
    expect((await spans(core, docId)).filter((a) => a.origin).length).toBe(3);
  });

  it('keeps rejections in the session folder: they survive a restart, and undo brings them back', async () => {
    const dir = tempDir('pizhu-suggest-');
    let core = await start(dir);
    const docId = await importText(core, 'a.txt', TEXT_A);
    const offered = await list(core, docId);
    const rejected = [offered[0]!, offered[3]!];
    expect(await call(core, 'suggestions.reject', { docId, ids: rejected.map((s) => s.id) })).toEqual({ rejected: 2 });
    const stored = JSON.parse(readFileSync(join(dir, 's.pizhu', 'suggestions', `${docId}.json`), 'utf8'));
    expect(stored.rejected.map((r: { quote: string }) => r.quote)).toEqual(rejected.map((s) => s.quote));

    core = await restart(core, dir);
    const left = await list(core, docId);
    expect(left.map((s) => s.id)).toEqual(offered.filter((s) => !rejected.includes(s)).map((s) => s.id));
    // A rejection (undone with Ctrl+Z in the app) is one step, kept in the history across the restart too.
    await call(core, 'history.undo');
    expect((await list(core, docId)).map((s) => s.id)).toEqual(offered.map((s) => s.id));
    await call(core, 'history.redo');
    expect((await list(core, docId)).length).toBe(offered.length - 2);

    await call(core, 'documents.remove', { id: docId });
    expect(existsSync(join(dir, 's.pizhu', 'suggestions', `${docId}.json`))).toBe(false);
  });

  it('projects accepted text onto its other occurrences, scored by how often it was accepted and rejected', async () => {
    const dir = tempDir('pizhu-suggest-');
    const core = await start(dir);
    const a = await importText(core, 'a.txt', TEXT_A);
    const b = await importText(core, 'b.txt', TEXT_B);
    const reforms = (await list(core, a)).filter((s) => s.quote === '实施提振消费专项行动');
    expect(reforms).toHaveLength(2);
    await call(core, 'suggestions.accept', { docId: a, ids: reforms.map((s) => s.id) });

    // Accepted twice, never rejected: (2 + 1) / (2 + 0 + 2), above the engine's 0.7 for the same span.
    const inB = (await list(core, b)).filter((s) => s.quote === '实施提振消费专项行动');
    expect(inB.map((s) => [s.rule, s.score])).toEqual([
      ['projection', 0.75],
      ['projection', 0.75],
    ]);
    await call(core, 'suggestions.reject', { docId: b, ids: [inB[0]!.id] });
    // Rejected once: 3 / 5 = 0.6, now under the engine's own suggestion there, which is kept instead; the rejected place stays empty.
    const next = (await list(core, b)).filter((s) => s.quote === '实施提振消费专项行动');
    expect(next.map((s) => [s.start, s.rule, s.score])).toEqual([[inB[1]!.start, 'policy.measure', 0.7]]);
    const made = await call<Annotation[]>(core, 'suggestions.accept', { docId: b, ids: [next[0]!.id] });
    expect(made[0]!.origin).toBe('rule:policy.measure');
  });

  it('opens sessions from before suggestions, and sets a damaged rejection file aside with a notice', async () => {
    const dir = tempDir('pizhu-suggest-');
    let core = await start(dir);
    const docId = await importText(core, 'a.txt', TEXT_A);
    const offered = await list(core, docId);
    await call(core, 'suggestions.reject', { docId, ids: [offered[0]!.id] });
    await stopCore(core);

    const folder = join(dir, 's.pizhu', 'suggestions');
    writeFileSync(join(folder, `${docId}.json`), '{"format":"pizhu-suggestions","version":1,"rej');
    core = await start(dir);
    const info = await call<SessionInfo>(core, 'session.info');
    expect(info.notices.join('\n')).toMatch(
      new RegExp(`suggestions/${docId}\\.json: damaged rejected suggestions \\(not JSON\\); kept aside`),
    );
    expect(readdirSync(folder).some((name) => name.startsWith(`${docId}.json.damaged-`))).toBe(true);
    expect((await list(core, docId)).length).toBe(offered.length);

    await stopCore(core);
    rmSync(folder, { recursive: true });
    core = await start(dir);
    expect((await list(core, docId)).length).toBe(offered.length);
    expect(existsSync(folder)).toBe(true);
  });
});

describe('the suggest command', () => {
  function cli(dir: string, ...args: string[]) {
    const run = spawnSync(join(appRoot, 'node_modules', '.bin', 'tsx'), [join(appRoot, 'electron', 'cli', 'index.ts'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PIZHU_DATA_DIR: join(dir, 'data') },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return JSON.parse(run.stdout) as Record<string, unknown>[];
  }

  it('leaves out rejected suggestions, and --accept-all gives each span its origin', async () => {
    const dir = tempDir('pizhu-suggest-');
    const core = await start(dir);
    const docId = await importText(core, 'a.txt', TEXT_A);
    const offered = await list(core, docId);
    await call(core, 'suggestions.reject', { docId, ids: [offered[1]!.id] });
    await stopCore(core);

    const session = join(dir, 's.pizhu');
    const printed = cli(dir, 'suggest', '--session', session);
    expect(printed.map((s) => s.quote)).toEqual(offered.filter((_, i) => i !== 1).map((s) => s.quote));
    expect(Object.keys(printed[0]!)).toEqual(['docId', 'start', 'end', 'tag', 'quote', 'rule', 'score', 'value', 'id']);

    const made = cli(dir, 'suggest', '--session', session, '--accept-all');
    expect(made.map((s) => [s.quote, s.origin])).toEqual(printed.map((s) => [s.quote, `rule:${s.rule}`]));
    expect(cli(dir, 'suggest', '--session', session)).toEqual([]);
  });
});
