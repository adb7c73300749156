import type { BrowserContext, Page } from '@playwright/test';

/**
 * What the editor benchmark watches for in a page of line blocks: the element
 * whose children are the text's lines, one block per line in order (or chunks
 * of them, whose children are the lines), and for
 * each line how many UTF-16 units of its text lie inside a <mark>. A line is
 * "in place" when its block shows exactly that many; the same test holds for
 * Pizhu's flat marks and for the plain page's nested ones, so it does not
 * depend on how a view builds its marks.
 */
export interface MarkWatch {
  root: string;
  /** The children of the root that hold a run of line blocks, not one line (Pizhu's chunks); none when every child is a line. */
  chunk?: string;
  covered: readonly number[];
  /** Whether to watch for every line in place as well as the first screen; counting every line of a 30 MB text costs a frame. */
  everyLine: boolean;
}

/** Installed in every page before its own scripts run (`probe` on window). */
interface Probe {
  /** performance.now() once the next frame has been painted. */
  afterPaint(): Promise<number>;
  /** Called from a frame callback: performance.now() once this frame has been painted. */
  afterFrame(): Promise<number>;
  /** Every task of 50 ms or more since the page started (the Long Tasks API). */
  longTasks: { start: number; duration: number }[];
  /** With a MarkWatch: when the first screen's lines, and when all lines, were in place and painted. */
  first?: Promise<number>;
  all?: Promise<number>;
  /** What is still missing, for the error when a watch times out. */
  state?: () => string;
}

declare global {
  interface Window {
    probe: Probe;
  }
}

/**
 * Runs in the page at document start. Every figure of the editor benchmark
 * ends the same way, in Pizhu and in the plain pages alike: a frame callback
 * sees the change in the DOM, and posts a message on a MessageChannel. Frame
 * callbacks run just before the frame's style, layout and paint, and the
 * message is a task, handled only once that frame has been rendered and the
 * main thread is free again: its performance.now() is when the change was on
 * screen and the page could answer input.
 */
function installProbe(watch: MarkWatch | null): void {
  const posted = (resolve: (at: number) => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  };
  const probe: Probe = {
    afterPaint: () => new Promise((resolve) => requestAnimationFrame(() => posted(resolve))),
    afterFrame: () => new Promise(posted),
    longTasks: [],
  };
  window.probe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  if (!watch) return;

  const want = watch.covered;
  let root: Element | null = null;
  const done = new Uint8Array(want.length);
  let complete = 0;
  let rescan = true;
  // Only the blocks a mutation touched are counted again, so watching costs little beside the page's own work.
  const dirty = new Set<Node>();
  const isChunk = (node: Node | null) => !!watch.chunk && node instanceof Element && node.parentNode === root && node.matches(watch.chunk);
  // The line blocks in order, flattened out of the chunks again whenever the root's children change.
  let blocks: ArrayLike<Element> = [];
  let blocksOf = -1;
  const lineBlocks = (): ArrayLike<Element> => {
    if (!watch.chunk) return root!.children;
    if (root!.childElementCount !== blocksOf) {
      blocks = [...root!.children].flatMap((child) => (isChunk(child) ? [...child.children] : [child]));
      blocksOf = root!.childElementCount;
    }
    return blocks;
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.target === root || isChunk(record.target)) {
        record.addedNodes.forEach((node) =>
          isChunk(node) ? [...(node as Element).children].forEach((block) => dirty.add(block)) : dirty.add(node),
        );
      } else {
        let node: Node | null = record.target;
        while (node && node.parentNode !== root && !isChunk(node.parentNode)) node = node.parentNode;
        if (node) dirty.add(node);
      }
    }
  });
  const markedLength = (block: Element) => {
    if (!block.querySelector('mark')) return 0;
    let length = 0;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest('mark')) length += node.length;
    }
    return length;
  };
  let firstSeen: ((at: number) => void) | null = null;
  let allSeen: ((at: number) => void) | null = null;
  probe.first = new Promise((resolve) => (firstSeen = resolve));
  if (watch.everyLine) probe.all = new Promise((resolve) => (allSeen = resolve));
  probe.state = () => {
    const blocks = root ? lineBlocks() : undefined;
    const missing = want.findIndex((length, i) => !blocks?.[i] || markedLength(blocks[i]) !== length);
    const block = blocks?.[missing];
    return `${blocks ? blocks.length : 'no'} blocks for ${want.length} lines; line ${missing} wants ${want[missing]} marked, shows ${block ? markedLength(block) : 'nothing'}`;
  };

  const frame = () => {
    if (!root?.isConnected) {
      root = document.querySelector(watch.root);
      observer.disconnect();
      done.fill(0);
      complete = 0;
      rescan = true;
      blocksOf = -1;
      if (root && allSeen) observer.observe(root, { childList: true, subtree: true, characterData: true });
    }
    if (root) {
      const blocks = lineBlocks();
      const count = Math.min(blocks.length, want.length);
      if (firstSeen && count > 0) {
        // The first screen: the blocks between the top and the bottom of the window, found by a binary search.
        let lo = 0;
        let hi = count - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (blocks[mid]!.getBoundingClientRect().bottom <= 0) lo = mid + 1;
          else hi = mid;
        }
        let shown = 0;
        let ready = true;
        for (let i = lo; i < count && blocks[i]!.getBoundingClientRect().top < innerHeight; i++, shown++) {
          if (markedLength(blocks[i]!) !== want[i]) {
            ready = false;
            break;
          }
        }
        if (ready && shown > 0) {
          posted(firstSeen);
          firstSeen = null;
        }
      }
      if (allSeen && (rescan || dirty.size > 0)) {
        for (let i = 0; i < count; i++) {
          const block = blocks[i]!;
          if (!rescan && !dirty.has(block)) continue;
          const ok = markedLength(block) === want[i] ? 1 : 0;
          complete += ok - done[i]!;
          done[i] = ok;
        }
        rescan = false;
        dirty.clear();
        if (complete === want.length) {
          posted(allSeen);
          allSeen = null;
        }
      }
    }
    if (firstSeen || allSeen) requestAnimationFrame(frame);
    else observer.disconnect();
  };
  requestAnimationFrame(frame);
}

/**
 * A page with the probe installed in every document it loads. tsx compiles
 * this file with esbuild's keepNames, which wraps named functions in calls to
 * a `__name` helper; functions sent to the page run where that helper does
 * not exist, so the page gets one that does nothing.
 */
export async function probedPage(context: BrowserContext, watch: MarkWatch | null = null): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.addInitScript(installProbe, watch);
  return page;
}

/** `promise`, or an error naming `what` after `ms`. */
export async function within<T>(promise: Promise<T>, ms: number, what: () => Promise<string> | string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => void Promise.resolve(what()).then((why) => reject(new Error(`editor bench: ${why} after ${ms / 1000} s`)), reject),
      ms,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Milliseconds from navigation start until the page's MarkWatch saw the first screen in place and painted. */
export async function firstScreen(page: Page, timeoutMs: number): Promise<number> {
  return within(
    page.evaluate(() => window.probe.first!),
    timeoutMs,
    async () => `first screen not in place (${await watchState(page)})`,
  );
}

/** Milliseconds from navigation start until the first screen, and every line, were in place and painted (a MarkWatch of every line). */
export async function marksInPlace(page: Page, timeoutMs: number): Promise<{ first: number; all: number }> {
  const first = await firstScreen(page, timeoutMs);
  const all = await within(
    page.evaluate(() => window.probe.all!),
    timeoutMs,
    async () => `marks not all in place (${await watchState(page)})`,
  );
  return { first, all };
}

function watchState(page: Page): Promise<string> {
  return page.evaluate(() => window.probe.state?.() ?? 'no mark watch').catch((error: Error) => error.message);
}

/** The longest task, in ms, that started between `from` and `to` (page time); 0 when none reached the Long Tasks API's 50 ms. */
export function longestTask(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ([a, b]) => Math.max(0, ...window.probe.longTasks.filter((task) => task.start >= a && task.start < b).map((task) => task.duration)),
    [from, to] as const,
  );
}

/** Where a page shows its text and how a new highlight is recognised there. */
export interface TagTarget {
  /** The element whose descendants are the text. */
  root: string;
  /** The marks of the highlight the hotkey adds, once they are painted; `round` counts the hotkeys pressed on this page. */
  added: (round: number) => string;
  /** Pizhu first paints a provisional highlight and swaps in the stored one when the core answers: wait for that before the next round. */
  settled?: string;
}

/**
 * Select a few untagged characters (the first in the text that are) and time
 * the hotkey "1" until the new highlight is painted: from the keydown event's
 * timestamp until a frame callback after the highlight's marks appear in the
 * DOM has led to a painted frame (see installProbe).
 */
export async function tagOnce(page: Page, target: TagTarget, round: number): Promise<number> {
  const armed = await page.evaluate(
    ({ root: rootSelector, added }) => {
      const root = document.querySelector(rootSelector)!;
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
          if (!root.querySelector(added)) return;
          observer.disconnect();
          void window.probe.afterPaint().then((at) => resolve(at - pressed));
        });
        observer.observe(root, { childList: true, subtree: true, attributes: true });
      });
      return true;
    },
    { root: target.root, added: target.added(round) },
  );
  if (!armed) throw new Error('editor bench: no untagged text left to tag');
  // A reader presses the hotkey on a settled screen: let the scroll and the selection paint first, so their cost is not billed to tagging.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.keyboard.press('1');
  const ms = await within(
    page.evaluate(() => (window as unknown as { tagTime: Promise<number> }).tagTime),
    60_000,
    () => 'no highlight painted for the hotkey',
  );
  if (target.settled) await page.waitForFunction((selector) => !document.querySelector(selector), target.settled, { timeout: 60_000 });
  return ms;
}

/**
 * Open Pizhu's find bar, type `query` as an input method commits it (one
 * input event for the whole word), and time from that event until the match
 * count is shown and the matches are highlighted, painted; then close the bar.
 */
export async function findOnce(page: Page, query: string): Promise<{ ms: number; count: string }> {
  await page.keyboard.press('Control+f');
  const field = page.locator('.ws-find input[type="search"]');
  await field.waitFor();
  await field.focus();
  await page.evaluate(() => {
    const w = window as unknown as { findTime: Promise<number> };
    w.findTime = new Promise<number>((resolve) => {
      let typed = -1;
      window.addEventListener('input', (event) => (typed = event.timeStamp), { capture: true, once: true });
      const check = () => {
        const count = document.querySelector('.ws-find-count')?.textContent ?? '';
        const painted = [...CSS.highlights.values()].some((highlight) => highlight.size > 0);
        if (typed >= 0 && count && painted) void window.probe.afterFrame().then((at) => resolve(at - typed));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  });
  await page.keyboard.insertText(query);
  const ms = await within(
    page.evaluate(() => (window as unknown as { findTime: Promise<number> }).findTime),
    60_000,
    () => `no matches shown for ${query}`,
  );
  const count = (await page.locator('.ws-find-count').textContent()) ?? '';
  await field.press('Escape');
  await page.locator('.ws-find').waitFor({ state: 'detached' });
  return { ms, count };
}
