import type { Page } from '@playwright/test';

/**
 * Select the `nth` occurrence of `phrase` in the document text, the way a
 * mouse drag would leave the DOM selection (it may span marks and paragraphs:
 * paragraphs count as '\n'; the lines are the children of the text's chunks). Playwright has no API for a text-range drag, so
 * the range is set on the DOM, where the workspace reads it.
 */
export async function selectText(page: Page, phrase: string, nth = 0): Promise<void> {
  await page.evaluate(
    ([phrase, nth]) => {
      const root = document.querySelector('[aria-label^="文档正文"], [aria-label^="Document text"]');
      if (!root) throw new Error('no document text on the page');
      const points: { node: Text; offset: number }[] = [];
      let text = '';
      root.querySelectorAll(':scope > .ws-chunk > *').forEach((block, i) => {
        if (i > 0) text += '\n';
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let k = 0; k < node.data.length; k++) points[text.length + k] = { node, offset: k };
          text += node.data;
          points[text.length] = { node, offset: node.data.length };
        }
      });
      let at = -1;
      for (let k = 0; k <= nth; k++) {
        at = text.indexOf(phrase, at + 1);
        if (at < 0) throw new Error(`"${phrase}" occurs fewer than ${nth + 1} times`);
      }
      const start = points[at]!;
      const end = points[at + phrase.length]!;
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [phrase, nth] as const,
  );
}

/**
 * The viewport box of the character `k` places into the first occurrence of
 * `phrase` in the document text (k may run past the phrase's end), found as
 * selectText finds the phrase.
 */
export async function charBox(page: Page, phrase: string, k: number): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate(
    ([phrase, k]) => {
      const root = document.querySelector('[aria-label^="文档正文"], [aria-label^="Document text"]')!;
      const points: { node: Text; offset: number }[] = [];
      let text = '';
      root.querySelectorAll(':scope > .ws-chunk > *').forEach((block, i) => {
        if (i > 0) text += '\n';
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let j = 0; j < node.data.length; j++) points[text.length + j] = { node, offset: j };
          text += node.data;
        }
      });
      const at = text.indexOf(phrase);
      if (at < 0) throw new Error(`"${phrase}" is not in the text`);
      const point = points[at + k]!;
      const range = document.createRange();
      range.setStart(point.node, point.offset);
      range.setEnd(point.node, point.offset + 1);
      const box = range.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    },
    [phrase, k] as const,
  );
}
