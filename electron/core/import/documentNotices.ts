import type { ImportNotice } from '../../shared/contract';
import { isLineBreakControl, removeControls } from './controlCharacters';
import type { DecodedText } from './decodeText';
import { unifyIdeographs } from './unifyIdeographs';

/** Most examples or places a notice's detail names; the count covers all of them. */
const MAX_EXAMPLES = 12;

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function byCount(changed: Map<string, number>): [string, number][] {
  return [...changed].sort((a, b) => b[1] - a[1]);
}

function total(changed: Map<string, number>): number {
  let sum = 0;
  for (const count of changed.values()) sum += count;
  return sum;
}

function listed(items: string[], more: number): string {
  return more > 0 ? `${items.join(', ')} and ${more} more` : items.join(', ');
}

/**
 * What the import changes in a file's characters on the way in, counted as
 * it goes: controls removed (or made line breaks) and look-alike ideographs
 * unified. The document's `original` keeps the text as decoded.
 */
export class CharacterChanges {
  private readonly controls = new Map<string, number>();
  private readonly ideographs = new Map<string, number>();

  /** The text as it is stored; `lineBreak` is what a line-break control becomes: '\n' in plain text, ' ' inside a paragraph. */
  apply(text: string, lineBreak: '\n' | ' '): string {
    return unifyIdeographs(removeControls(text, lineBreak, this.controls), this.ideographs);
  }

  notices(): ImportNotice[] {
    const notices: ImportNotice[] = [];
    if (this.controls.size > 0) {
      const entries = byCount(this.controls);
      const parts = entries
        .slice(0, MAX_EXAMPLES)
        .map(([char, count]) => `${codePoint(char)} ×${count} ${isLineBreakControl(char) ? 'made a line break' : 'removed'}`);
      notices.push({ kind: 'control-characters', count: total(this.controls), detail: listed(parts, entries.length - parts.length) });
    }
    if (this.ideographs.size > 0) {
      const entries = byCount(this.ideographs);
      const parts = entries.slice(0, MAX_EXAMPLES).map(([char, count]) => `${char}→${unifyIdeographs(char, new Map())} ×${count}`);
      notices.push({
        kind: 'compatibility-ideographs',
        count: total(this.ideographs),
        detail: listed(parts, entries.length - parts.length),
      });
    }
    return notices;
  }
}

/** The notice for characters that could not be decoded, naming the lines they are on; null when there are none. */
export function replacementNotice(decoded: DecodedText): ImportNotice | null {
  if (decoded.replaced === 0) return null;
  const lines: number[] = [];
  let line = 1;
  let found = 0;
  for (let i = 0; i < decoded.text.length; i++) {
    const c = decoded.text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && decoded.text.charCodeAt(i + 1) !== 0x0a)) line++;
    else if (c === 0xfffd) {
      found++;
      if (lines[lines.length - 1] !== line) lines.push(line);
    }
  }
  const shown = lines.slice(0, MAX_EXAMPLES).map(String);
  const what = decoded.replaced === 1 ? 'character is not valid and shows' : 'characters are not valid and show';
  const where = `${lines.length === 1 ? 'line' : 'lines'} ${listed(shown, lines.length - shown.length)}`;
  const own = found > decoded.replaced ? `, beside ${found - decoded.replaced} � the file itself holds` : '';
  const last = decoded.text.endsWith('\ufffd') ? "; the file's last character is one of them (was the file cut off?)" : '';
  return {
    kind: 'decoded-with-replacement',
    count: decoded.replaced,
    detail: `${decoded.replaced} ${decoded.encoding} ${what} as � on ${where}${own}${last}`,
  };
}
