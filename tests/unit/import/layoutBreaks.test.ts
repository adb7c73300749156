import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, importViaFile, tempFolder } from './importFixtures';

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(() => folder.done());

async function corpusLines(path: string): Promise<string[]> {
  const name = path.split('/').pop()!;
  const [doc] = await importViaFile(folder.dir, name, await readFile(`${CORPUS}/${path}`));
  return doc!.text.split('\n');
}

/** The interop check's test document (shared/interop/run_all.sh): one paragraph per line, CRLF. */
const INTEROP_LINES = [
  '𠮷野家与😀测试文档',
  '第一段：目标是新增就业4万人😀，项目𠮷祥路改造工程年内完工。',
  '',
  '第二段：实施“一园一策”政策，含逗号, 和"引号"的句子。',
  '=HYPERLINK("http://example.com","点我") 这一行以等号开头',
  '-2+3 指标下降；@提及 +号开头的行',
  '𠮷𠮷😀😀 结尾段落，四个星光字符。',
];

describe('the clean-up joins only lines that layout broke, not every line that ends without a full stop', () => {
  it('keeps apart two paragraphs of which the first ends without closing punctuation (the interop document)', async () => {
    const [doc] = await importViaFile(folder.dir, 'astral-crlf.txt', `${INTEROP_LINES.join('\r\n')}\r\n`);
    expect(doc!.text.split('\n')).toEqual(INTEROP_LINES.filter((line) => line !== ''));
  });

  it('keeps the lead lines of work reports apart from the paragraphs they lead', async () => {
    expect(await corpusLines('national_gwr/gwr_1978.txt')).toContain('第一，全国动员，大办农业');
    expect(await corpusLines('national_gwr/gwr_2003.txt')).toContain('五年来，科技创新能力明显增强，教育事业蓬勃发展');
  });

  it('ends a sentence at a note in brackets after its full stop (责任单位)', async () => {
    const lines = await corpusLines('local_policy/安徽省人民政府办公厅关于印发支持工业互联网...(FBM-CLI.12.4638041).txt');
    expect(lines.filter((line) => line.startsWith('推动企业上云上平台。'))).toHaveLength(1);
    expect(lines).toContain('专栏1 工业互联网网络互联互通工程');
  });
});

describe('the clean-up still joins lines that layout broke', () => {
  it('at a page break inside a word (the 1957 report, transcribed page by page)', async () => {
    const text = (await corpusLines('national_gwr/gwr_1957.txt')).join('\n');
    for (const joined of [
      '社会财产沒有遭到損坏',
      '进行改造的方針',
      '我将在报告的下一部分',
      '问题在于我们自己',
      '不平衡的现象',
      '不是科学家',
    ]) {
      expect(text).toContain(joined);
    }
  });

  it('where a linked title stands on a line of its own in a text whose paragraphs are separated by blank lines', async () => {
    expect((await corpusLines('national_gwr/gwr_2023.txt')).join('\n')).toContain('推动区域全面经济伙伴关系协定（RCEP）生效实施');
    expect((await corpusLines('national_gwr/gwr_1954.txt')).join('\n')).toContain(
      '在聽了劉少奇同志關於憲法草案的報告並進行了三天的討論以後',
    );
    expect((await corpusLines('national_gwr/gwr_2013.txt')).join('\n')).toContain('五年来，我们贯彻民族区域自治法，支持少数民族');
  });

  it('in a hard-wrapped text, at every full line that does not end a sentence', async () => {
    const paragraphs = (await corpusLines('national_gwr/gwr_2023.txt')).filter((line) => [...line].length > 100).slice(0, 12);
    // Wrapped as a page is, at 72 columns: a CJK character takes two, a digit one.
    const wrapped: string[] = [];
    const expected: string[] = [];
    for (const paragraph of paragraphs) {
      let line = '';
      let width = 0;
      let current = '';
      const chars = [...paragraph];
      chars.forEach((char, i) => {
        line += char;
        width += /[\x20-\x7e]/.test(char) ? 1 : 2;
        const last = i === chars.length - 1;
        if (width < 71 && !last) return;
        wrapped.push(line);
        current += line;
        // A wrap right after a full stop looks like a paragraph end, and is taken as one.
        if (/[。！？；：]$/u.test(line) || last) {
          expected.push(current);
          current = '';
        }
        line = '';
        width = 0;
      });
    }
    const [doc] = await importViaFile(folder.dir, 'wrapped.txt', wrapped.join('\n'));
    expect(doc!.text.split('\n')).toEqual(expected);
  });
});
