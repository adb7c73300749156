import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { OffsetMap } from '../../electron/shared/codePoints';
import { DEFAULT_TAGS } from '../../electron/shared/defaultTags';
import type { Annotation, DocumentRecord } from '../../electron/shared/model';
import { api, appRoot, startWebHost, stopWebHost, type WebHost } from '../../tests/e2e/webHost';
import { median, type Bench, type Report } from './figure';
import { findOnce, firstScreen, longestTask, marksInPlace, probedPage, tagOnce, within, type MarkWatch, type TagTarget } from './pageProbe';
import { plainMarksHtml, type PlainSpan } from './plainMarks';
import { sharedPath } from '../../tests/sharedDir';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/chromium';

const CORPUS = sharedPath('corpus', 'national_gwr');
const MIN_CHARS = 200_000;
const SPANS = 5_000;
/** Page loads per figure: the load is the noisiest measurement on a shared machine, and the 30 MB one takes seconds. */
const OPENS = 5;
const BIG_OPENS = 3;
const TAGS = 50;
const BIG_BYTES = 30 * 1000 * 1000;
const BIG_TAGS = 20;
const BIG_FINDS = 3;
/** A phrase of the later reports: some thousand matches in the 30 MB text, as a real query has, not one per line. */
const BIG_QUERY = '高质量发展';
/** How long one page may take to show what is waited for before the bench gives up and says what is missing. */
const PATIENCE_MS = 180_000;
const VIEWPORT = { width: 1440, height: 900 };

/** Pizhu's new highlight: provisional marks (ids `pending-…`) until the core has stored the span. */
const PIZHU: TagTarget & { chunk: string } = {
  root: '.ws-doc-text',
  chunk: '.ws-chunk',
  added: () => 'mark[data-ids*="pending-"]',
  settled: 'mark[data-ids*="pending-"]',
};
/** The plain page names the spans its hotkey adds `added-1`, `added-2`, …. */
const PLAIN: TagTarget = { root: '#doc', added: (round) => `mark[data-ids="added-${round + 1}"]` };

/** A deterministic PRNG (mulberry32), so every run tags the same spans. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The national work reports, newest first, with single line breaks. */
function reports(): string[] {
  return readdirSync(CORPUS)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .reverse()
    .map(
      (name) =>
        readFileSync(join(CORPUS, name), 'utf8')
          .replace(/\r\n?/g, '\n')
          .replace(/\n{2,}/g, '\n')
          .trim() + '\n',
    );
}

/** Work reports joined until the text has at least MIN_CHARS code points. */
function longText(): string {
  let text = '';
  for (const report of reports()) {
    text += report;
    if ([...text].length >= MIN_CHARS) break;
  }
  return text;
}

/**
 * The reports over and over until the text is `bytes` long in UTF-8, each
 * round with its digits shifted by one (2023 → 3134 → 4245 …), so that no two
 * copies of a report are the same text and figures differ as in real reports.
 */
function reportsOfSize(bytes: number): string {
  const all = reports();
  const parts: string[] = [];
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    for (const report of all) {
      const varied = report.replace(/[0-9]/g, (d) => String((Number(d) + round) % 10));
      parts.push(varied);
      size += Buffer.byteLength(varied);
      if (size >= bytes) break;
    }
  }
  return parts.join('');
}

/** SPANS spans, every tenth nested in the one before and every tenth across its end, split by tag. */
function spansFor(length: number): Map<string, { start: number; end: number }[]> {
  const next = random(20260128);
  const byTag = new Map<string, { start: number; end: number }[]>([
    ['target', []],
    ['project', []],
    ['policy', []],
  ]);
  const tags = [...byTag.keys()];
  let previous = { start: 0, end: 10 };
  for (let i = 0; i < SPANS; i++) {
    const size = 2 + Math.floor(next() * 40);
    let start = Math.floor(next() * (length - size - 1));
    if (i % 10 === 1) start = previous.start + 1;
    if (i % 10 === 2) start = Math.max(0, previous.end - 2);
    const span = { start, end: Math.min(length, start + size) };
    byTag.get(tags[i % 3]!)!.push(span);
    previous = span;
  }
  return byTag;
}

/** The stored spans in UTF-16 offsets, as a page sees them, with their tag's index. */
function pageSpans(text: string, spans: readonly Annotation[]): PlainSpan[] {
  const map = new OffsetMap(text);
  const tags = DEFAULT_TAGS.map((tag) => tag.id);
  return spans.map((span) => ({ start: map.toUtf16(span.start), end: map.toUtf16(span.end), tag: tags.indexOf(span.tag) }));
}

/** For each line of `text` (split at '\n', as Pizhu splits it), how many of its UTF-16 units some span covers. */
function coveredPerLine(text: string, spans: readonly PlainSpan[]): number[] {
  const marked = new Uint8Array(text.length);
  for (const span of spans) marked.fill(1, span.start, span.end);
  const covered: number[] = [];
  let count = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      covered.push(count);
      count = 0;
    } else count += marked[i]!;
  }
  return covered;
}

/** Each `run()` in turn, `times` times: its figures, for the median and the range. */
async function repeat<T>(times: number, run: (round: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let round = 0; round < times; round++) results.push(await run(round));
  return results;
}

/** A document and its spans stored in the session, every other document removed, the document open. */
async function storeDocument(host: WebHost, name: string, text: string): Promise<DocumentRecord> {
  const preview = await api<{ previewId: string }>(host, 'import.preview', {
    files: [{ name, data: Buffer.from(text).toString('base64') }],
    cleanup: false,
  });
  const imported = await api<{ created: { id: string; length: number }[] }>(host, 'import.commit', { previewId: preview.previewId });
  const docId = imported.created[0]!.id;
  for (const doc of await api<{ id: string }[]>(host, 'documents.list')) {
    if (doc.id !== docId) await api(host, 'documents.remove', { id: doc.id });
  }
  for (const [tag, spans] of spansFor(imported.created[0]!.length)) await api(host, 'annotations.createMany', { docId, tag, spans });
  await api(host, 'view.set', { openDocId: docId });
  return api<DocumentRecord>(host, 'documents.get', { id: docId });
}

/** A page served by the bench itself at `path` on the host's origin (intercepted: it never reaches the host). */
async function serve(page: Page, host: WebHost, path: string, html: string): Promise<string> {
  await page.route(`**${path}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  return `${host.origin}${path}`;
}

/**
 * The 30 MB case, in the same browser: the file imported through the web
 * UI's import dialog (the longest main-thread task while the preview is made,
 * and how long it takes to appear), then opening it, tagging and finding in it.
 * The import is made with `open` (the long document) open and all its marks in
 * place, as a reader would: the tasks that block the page meanwhile are the import's.
 */
async function thirtyMegabytes(report: Report, context: BrowserContext, host: WebHost, dir: string, open: DocumentRecord): Promise<void> {
  const file = join(dir, 'work-reports-30mb.txt');
  writeFileSync(file, reportsOfSize(BIG_BYTES));
  const before = new Set((await api<{ id: string }[]>(host, 'documents.list')).map((doc) => doc.id));

  const openSpans = pageSpans(open.text, await api<Annotation[]>(host, 'annotations.list', { docId: open.id }));
  const shell = await probedPage(context, {
    root: PIZHU.root,
    chunk: PIZHU.chunk,
    covered: coveredPerLine(open.text, openSpans),
    everyLine: true,
  });
  await shell.goto(host.url);
  await marksInPlace(shell, PATIENCE_MS);
  const input = shell.locator('input[type="file"]');
  await input.waitFor({ state: 'attached' });
  await shell.evaluate(() => window.probe.afterPaint());
  const picked = await shell.evaluate(() => performance.now());
  await input.setInputFiles(file);
  await shell.locator('.import-dialog .import-summary').waitFor({ timeout: PATIENCE_MS });
  const shown = await shell.evaluate(() => window.probe.afterPaint());
  report('editor.30mb.preview.ms', shown - picked, 'ms');
  report('editor.30mb.preview.longest.ms', await longestTask(shell, picked, shown), 'ms');
  await shell.locator('.import-dialog button.primary').click();
  await within(
    (async () => {
      while ((await api<{ id: string }[]>(host, 'documents.list')).every((doc) => before.has(doc.id)))
        await new Promise((r) => setTimeout(r, 200));
    })(),
    PATIENCE_MS,
    () => 'the 30 MB import was not committed',
  );
  await shell.close();

  const docId = (await api<{ id: string }[]>(host, 'documents.list')).find((doc) => !before.has(doc.id))!.id;
  const doc = await api<DocumentRecord>(host, 'documents.get', { id: docId });
  await api(host, 'view.set', { openDocId: docId });
  report('editor.30mb.doc.chars', [...doc.text].length, 'chars');
  const page = await probedPage(context, { root: PIZHU.root, chunk: PIZHU.chunk, covered: coveredPerLine(doc.text, []), everyLine: false });
  const opens = await repeat(BIG_OPENS, async () => {
    await page.goto(host.url);
    return firstScreen(page, PATIENCE_MS);
  });
  report('editor.30mb.open.ms', median(opens), 'ms');
  report('editor.30mb.tag.ms', median(await repeat(BIG_TAGS, (round) => tagOnce(page, PIZHU, round))), 'ms');
  const finds = await repeat(BIG_FINDS, () => findOnce(page, BIG_QUERY));
  report('editor.30mb.find.ms', median(finds.map((f) => f.ms)), 'ms');
  report('editor.30mb.find.matches', Number(/(\d+)\D*$/.exec(finds[0]!.count)?.[1] ?? 0), 'matches');
  await page.close();
}

/**
 * The editor with a long document: 200,000+ characters of work reports and
 * 5,000 overlapping spans, opened in Chromium through the web host. Beside
 * it, two floors any editor is measured against: the same text in a plain
 * <pre>, and the same text and spans as plain <p> lines with nested <mark>s
 * (what the marks cost without a framework). Then a 30 MB text, imported
 * through the import dialog and opened, tagged and searched.
 */
const bench: Bench = async (report) => {
  if (!existsSync(join(appRoot, 'out', 'renderer', 'index.html'))) {
    execFileSync(join(appRoot, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: appRoot, stdio: 'ignore' });
  }
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-editor-bench-'));
  const host = await startWebHost(join(dir, 'bench.pizhu'), join(dir, 'data'));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const doc = await storeDocument(host, 'work-reports.txt', longText());
    const spans = pageSpans(doc.text, await api<Annotation[]>(host, 'annotations.list', { docId: doc.id }));
    const watch: MarkWatch = { root: PIZHU.root, chunk: PIZHU.chunk, covered: coveredPerLine(doc.text, spans), everyLine: true };
    report('editor.doc.chars', [...doc.text].length, 'chars');
    report('editor.doc.spans', spans.length, 'spans');
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });

    const prePage = await probedPage(context, { root: 'body', covered: [0], everyLine: false });
    const preUrl = await serve(
      prePage,
      host,
      '/__pre',
      `<!doctype html><meta charset="utf-8"><pre id="pre">${doc.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>`,
    );
    const pre = median(
      await repeat(OPENS, async () => {
        await prePage.goto(preUrl);
        return firstScreen(prePage, PATIENCE_MS);
      }),
    );
    report('editor.pre.ms', pre, 'ms');
    await prePage.close();

    const plainPage = await probedPage(context, { ...watch, root: PLAIN.root });
    const plainUrl = await serve(plainPage, host, '/__marks', plainMarksHtml(doc.text, spans));
    const plain = median(
      await repeat(OPENS, async () => {
        await plainPage.goto(plainUrl);
        return (await marksInPlace(plainPage, PATIENCE_MS)).all;
      }),
    );
    report('editor.plainmarks.open.ms', plain, 'ms');
    const plainAdd = median(await repeat(TAGS, (round) => tagOnce(plainPage, PLAIN, round)));
    report('editor.plainmarks.add.ms', plainAdd, 'ms');
    await plainPage.close();

    const page = await probedPage(context, watch);
    const opens = await repeat(OPENS, async () => {
      await page.goto(host.url);
      return marksInPlace(page, PATIENCE_MS);
    });
    const first = median(opens.map((o) => o.first));
    const all = median(opens.map((o) => o.all));
    report('editor.open.first.ms', first, 'ms');
    report('editor.open.all.ms', all, 'ms');
    const tag = median(await repeat(TAGS, (round) => tagOnce(page, PIZHU, round)));
    report('editor.tag.median.ms', tag, 'ms');
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    report('editor.heap.mb', heap.usedSize / (1024 * 1024), 'MB');
    await page.close();

    report('editor.tag.ratio', tag / plainAdd, '×');
    report('editor.first.ratio', first / pre, '×');
    report('editor.all.ratio', all / plain, '×');

    await thirtyMegabytes(report, context, host, dir, doc);
  } finally {
    await browser.close();
    await stopWebHost(host);
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
