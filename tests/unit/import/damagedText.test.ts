import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, importWithNotices, rejection, tempFolder } from './importFixtures';

let folder: Awaited<ReturnType<typeof tempFolder>>;
let regulation: string;
let traditional: string;
beforeAll(async () => {
  folder = await tempFolder();
  regulation = await readFile(`${CORPUS}/local_policy/广东省公共数据管理办法(FBM-CLI.11.4619854).txt`, 'utf8');
  // Big5 holds traditional characters only: the lines of the 1954 report that survive a round trip.
  traditional = (await readFile(`${CORPUS}/national_gwr/gwr_1954.txt`, 'utf8'))
    .split('\n')
    .filter((line) => iconv.decode(iconv.encode(line, 'big5'), 'big5') === line)
    .join('\n');
});
afterAll(() => folder.done());

/** Encodings the decoder reads, each with a text it can hold and a last character of several bytes to cut into. */
const ENCODINGS: { label: string; encoding: string; bom: boolean; reported: string; text: () => string; last: string }[] = [
  { label: 'UTF-8', encoding: 'utf-8', bom: false, reported: 'UTF-8', text: () => regulation, last: '𠮷' },
  { label: 'UTF-8 with BOM', encoding: 'utf-8', bom: true, reported: 'UTF-8', text: () => regulation, last: '𠮷' },
  { label: 'UTF-16LE', encoding: 'utf-16le', bom: false, reported: 'UTF-16LE', text: () => regulation, last: '𠮷' },
  { label: 'UTF-16LE with BOM', encoding: 'utf-16le', bom: true, reported: 'UTF-16LE', text: () => regulation, last: '𠮷' },
  { label: 'UTF-16BE', encoding: 'utf-16be', bom: false, reported: 'UTF-16BE', text: () => regulation, last: '𠮷' },
  { label: 'UTF-16BE with BOM', encoding: 'utf-16be', bom: true, reported: 'UTF-16BE', text: () => regulation, last: '𠮷' },
  { label: 'GB18030', encoding: 'gb18030', bom: false, reported: 'GB18030', text: () => regulation, last: '𠮷' },
  { label: 'Big5', encoding: 'big5', bom: false, reported: 'Big5', text: () => traditional, last: '會' },
];

describe('a text file cut in the middle of its last character (head -c)', () => {
  for (const { label, encoding, bom, reported, text, last } of ENCODINGS) {
    const width = iconv.encode(last, encoding).length;
    for (let kept = 1; kept < width; kept++) {
      it(`${label}: keeps everything before the cut, shows the cut character as � and says so (${kept} of its ${width} bytes left)`, async () => {
        const whole = new Uint8Array(iconv.encode(`${text()}\n完${last}`, encoding, { addBOM: bom }));
        const cut = whole.subarray(0, whole.length - width + kept);
        const lastLine = text().split(/\r\n?|\n/).length + 1;
        const reference = await importWithNotices(folder.dir, 'whole.txt', whole, false);
        const { documents, notices } = await importWithNotices(folder.dir, 'cut.txt', cut, false);
        expect(documents).toHaveLength(1);
        expect(documents[0]!.source.encoding).toBe(reported);
        expect(documents[0]!.text).toBe(`${reference.documents[0]!.text.slice(0, -last.length)}\ufffd`);
        expect(notices).toEqual([
          {
            kind: 'decoded-with-replacement',
            count: 1,
            detail: `1 ${reported} character is not valid and shows as � on line ${lastLine}; the file's last character is one of them (was the file cut off?)`,
          },
        ]);
        expect(reference.notices).toEqual([]);
      });
    }
  }

  it('names the lines of stray undecodable bytes inside a UTF-8 text, and still reads it as UTF-8', async () => {
    const good = new TextEncoder().encode('有效文本。'.repeat(400));
    const line = new TextEncoder().encode('\n第二行，');
    const bytes = new Uint8Array([...good, ...line, 0xff, 0xc3, 0x28, ...line, ...good, 0xe2, 0x28, 0xa1]);
    const { documents, notices } = await importWithNotices(folder.dir, 'stray.txt', bytes, false);
    expect(documents[0]!.source.encoding).toBe('UTF-8');
    expect(documents[0]!.text.split('\n')[1]).toBe('第二行，\ufffd\ufffd(');
    expect(notices).toEqual([
      {
        kind: 'decoded-with-replacement',
        count: 4,
        detail:
          "4 UTF-8 characters are not valid and show as � on lines 2, 3; the file's last character is one of them (was the file cut off?)",
      },
    ]);
  });

  it('does not count a U+FFFD the file itself holds', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`已有的替换符\ufffd。${'正文。'.repeat(50)}`), 0xe4, 0xb8]);
    const { documents, notices } = await importWithNotices(folder.dir, 'own.txt', bytes, false);
    expect(documents[0]!.text.endsWith('正文。\ufffd')).toBe(true);
    expect(notices).toEqual([
      {
        kind: 'decoded-with-replacement',
        count: 1,
        detail:
          "1 UTF-8 character is not valid and shows as � on line 1, beside 1 � the file itself holds; the file's last character is one of them (was the file cut off?)",
      },
    ]);
  });
});

describe('control characters in a text', () => {
  it('keeps a text with one stray C1 control (U+0085): the control becomes the line break it stands for, and is reported', async () => {
    const text = '第一条 为了规范公共数据管理，制定本办法。\u0085第二条 本办法适用于本省行政区域内公共数据的管理。';
    const { documents, notices } = await importWithNotices(folder.dir, 'nel.txt', text, false);
    expect(documents[0]!.text).toBe('第一条 为了规范公共数据管理，制定本办法。\n第二条 本办法适用于本省行政区域内公共数据的管理。');
    expect(documents[0]!.original).toBe(text);
    expect(notices).toEqual([{ kind: 'control-characters', count: 1, detail: 'U+0085 ×1 made a line break' }]);
  });

  it('removes other controls, which only split words, and counts each kind', async () => {
    const preamble = '为了规范公共数据管理，推进数字政府建设，提高政府治理能力，根据有关法律法规，结合本省实际，制定本办法。';
    const text = `广东省公共\u0001数据\u0001管理\u009b办法\u000b${preamble}\u000b第二条\u0007 本办法适用于本省行政区域内公共数据的收集、使用和管理活动。`;
    const { documents, notices } = await importWithNotices(folder.dir, 'controls.txt', text, false);
    expect(documents[0]!.text).toBe(
      `广东省公共数据管理办法\n${preamble}\n第二条 本办法适用于本省行政区域内公共数据的收集、使用和管理活动。`,
    );
    expect(notices).toEqual([
      {
        kind: 'control-characters',
        count: 6,
        detail: 'U+0001 ×2 removed, U+000B ×2 made a line break, U+009B ×1 removed, U+0007 ×1 removed',
      },
    ]);
  });

  it('still refuses a file that is mostly control characters as binary', async () => {
    const noise = new Uint8Array(4000).map((_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 8)));
    const error = await rejection(() => importWithNotices(folder.dir, 'noise.txt', noise));
    expect(error.message).toBe('noise.txt: binary file (not text)');
  });
});
