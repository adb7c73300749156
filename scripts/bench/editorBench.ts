import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { api, appRoot, startWebHost, stopWebHost } from '../../tests/e2e/webHost';
import { median, type Bench } from './figure';
import { sharedPath } from '../../tests/sharedDir';

const CORPUS = sharedPath('corpus', 'national_gwr');
const MIN_CHARS = 200_000;
const SPANS = 5_000;
const TAGS = 50;
/** The same flags as playwright.config.ts: Debian's Chromium, headless, no sandbox in containers. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A deterministic PRNG (mulberry32), so every run tags the same spans. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Work reports joined until the text has at least MIN_CHARS code points. */
function longText(): string {
  let text = '';
  for (const name of readdirSync(CORPUS).filter((n) => n.endsWith('.txt')).sort().reverse()) {
    text += readFileSync(join(CORPUS, name), 'utf8').replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n').trim() + '\n';
    if ([...text].length >= MIN_CHARS) break;
  }
  return text;
}

/** SPANS spans, every tenth nested in the one before and every tenth across its end, split by tag. */
function spansFor(length: number): Map<string, { start: number; end: number }[]> {
  const next = random(20260128);
  const byTag = new Map<string, { start: number; end: number }[]>([['target', []], ['project', []], ['policy', []]]);
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

/** Milliseconds from navigation start until `selector` is on screen and the page answers input again. */
async function shownAt(page: Page, selector: string): Promise<number> {
  await page.waitForSelector(selector, { timeout: 60_000 });
  return page.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))),
  );
}

/** Select a few untagged characters (the first in the text that are) and time the hotkey until the new highlight is painted. */
async function tagOnce(page: Page): Promise<number> {
  const armed = await page.evaluate(() => {
    const root = document.querySelector('.ws-doc-text')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode() as Text | null;
    while (node && (node.parentElement!.closest('mark') || node.data.trim().length < 10)) node = walker.nextNode() as Text | null;
    if (!node) return false;
    node.parentElement!.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, 2);
    range.setEnd(node, 8);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const w = window as unknown as { tagTime: Promise<number> };
    w.tagTime = new Promise<number>((resolve) => {
      let pressed = 0;
      window.addEventListener('keydown', (event) => (pressed = event.timeStamp), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (!root.querySelector('mark[data-ids*="pending-"]')) return;
        observer.disconnect();
        // A message posted from a frame callback is handled right after that frame is painted.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - pressed);
          channel.port2.postMessage(null);
        });
      });
      observer.observe(root, { childList: true, subtree: true, attributes: true });
    });
    return true;
  });
  if (!armed) throw new Error('editor bench: no untagged text left to tag');
  // A reader presses the hotkey on a settled screen: let the scroll and the selection paint first, so their cost is not billed to tagging.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.keyboard.press('1');
  const ms = await page.evaluate(() => (window as unknown as { tagTime: Promise<number> }).tagTime);
  await page.waitForFunction(() => !document.querySelector('mark[data-ids*="pending-"]'));
  return ms;
}

/**
 * The editor with a long document: 200,000+ characters of work reports and
 * 5,000 overlapping spans, opened in Chromium through the web host. Beside
 * it, the same text in a plain <pre>: the floor any editor is measured against.
 */
const bench: Bench = async (report) => {
  if (!existsSync(join(appRoot, 'out', 'renderer', 'index.html'))) {
    execFileSync(join(appRoot, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: appRoot, stdio: 'ignore' });
  }
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-editor-bench-'));
  const host = await startWebHost(join(dir, 'bench.pizhu'), join(dir, 'data'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const text = longText();
    const length = [...text].length;
    const preview = await api<{ previewId: string }>(host, 'import.preview', {
      files: [{ name: 'work-reports.txt', data: Buffer.from(text).toString('base64') }],
      cleanup: false,
    });
    const imported = await api<{ created: { id: string; length: number }[] }>(host, 'import.commit', { previewId: preview.previewId });
    const docId = imported.created[0]!.id;
    for (const doc of await api<{ id: string }[]>(host, 'documents.list')) {
      if (doc.id !== docId) await api(host, 'documents.remove', { id: doc.id });
    }
    for (const [tag, spans] of spansFor(imported.created[0]!.length)) await api(host, 'annotations.createMany', { docId, tag, spans });
    await api(host, 'view.set', { openDocId: docId });
    report('editor.doc.chars', length, 'chars');

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await page.route('**/__pre', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta charset="utf-8"><pre id="pre">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>` }),
    );
    const pre: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`${host.origin}/__pre`);
      pre.push(await shownAt(page, '#pre'));
    }
    report('editor.pre.ms', median(pre), 'ms');

    const open: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(host.url);
      open.push(await shownAt(page, '.ws-doc-text mark[data-ids]'));
    }
    report('editor.open.ms', median(open), 'ms');

    const tag: number[] = [];
    for (let round = 0; round < TAGS; round++) tag.push(await tagOnce(page));
    report('editor.tag.median.ms', median(tag), 'ms');

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    report('editor.heap.mb', heap.usedSize / (1024 * 1024), 'MB');
  } finally {
    await browser.close();
    await stopWebHost(host);
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
