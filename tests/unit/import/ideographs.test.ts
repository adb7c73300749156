import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importWithNotices, tempFolder } from './importFixtures';
import { bodyLines, textLayerPdf } from './textLayerPdf';
import { chromiumPath } from '../../chromium';

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(() => folder.done());

/** As a PDF printer wrote it: Kangxi radicals (⼴ ⽤ ⼈ ⼆), CJK Radicals Supplement (⺠ ⻓), compatibility ideographs (U+F9B4 for 領, U+2F8B8 for 𢬌). */
const PRINTED = '⼴东省公共数据管理办法\n第⼆条 使⽤公共数据应当遵守中华⼈⺠共和国法律，⻓期保存\uf9b4\u{2f8b8}。';
const MEANT = '广东省公共数据管理办法\n第二条 使用公共数据应当遵守中华人民共和国法律，长期保存\u9818\u{22b0c}。';

describe('radicals and compatibility ideographs become the unified ideographs they print as', () => {
  it('in a text file: the text is searchable, the original kept, and the count reported', async () => {
    const { documents, notices } = await importWithNotices(folder.dir, 'printed.txt', PRINTED, false);
    expect(documents[0]!.text).toBe(MEANT);
    expect(documents[0]!.text).toContain('中华人民共和国');
    expect(documents[0]!.original).toBe(PRINTED);
    expect(notices).toEqual([
      {
        kind: 'compatibility-ideographs',
        count: 8,
        detail: `⼴→广 ×1, ⼆→二 ×1, ⽤→用 ×1, ⼈→人 ×1, ⺠→民 ×1, ⻓→长 ×1, \uf9b4→\u9818 ×1, \u{2f8b8}→\u{22b0c} ×1`,
      },
    ]);
  });

  it('maps the radicals NFKC leaves alone (⺠ stays ⺠ under NFKC)', async () => {
    expect('⺠'.normalize('NFKC')).toBe('⺠');
    const { documents } = await importWithNotices(folder.dir, 'min.txt', '中华⼈⺠共和国⻔户⻚面⻢路⻥类', false);
    expect(documents[0]!.text).toBe('中华人民共和国门户页面马路鱼类');
  });

  it('reads ⼾, ⺕ and ⺫ as Simplified Chinese fonts print them (户, 彐, 罒), not as the UCD’s 戶, 𫜹 and 目', async () => {
    const { documents } = await importWithNotices(folder.dir, 'forms.txt', '门⼾网站，⺕字底，⺫字头', false);
    expect(documents[0]!.text).toBe('门户网站，彐字底，罒字头');
  });

  it('keeps the compatibility ideographs that are unified ideographs themselves (U+FA0E 﨎)', async () => {
    const { documents, notices } = await importWithNotices(folder.dir, 'kept.txt', '﨎﨏是统一表意文字', false);
    expect(documents[0]!.text).toBe('﨎﨏是统一表意文字');
    expect(notices).toEqual([]);
  });

  it('in HTML, Markdown and Word documents too', async () => {
    const html = await importWithNotices(
      folder.dir,
      'p.html',
      `<html><body><h1>${PRINTED.split('\n')[0]}</h1><p>${PRINTED.split('\n')[1]}</p></body></html>`,
    );
    const md = await importWithNotices(folder.dir, 'p.md', `# ${PRINTED}`);
    const docx = new Document({ sections: [{ children: PRINTED.split('\n').map((text) => new Paragraph(text)) }] });
    const word = await importWithNotices(folder.dir, 'p.docx', new Uint8Array(await Packer.toBuffer(docx)));
    for (const { documents, notices } of [html, md, word]) {
      expect(documents[0]!.text).toBe(MEANT);
      expect(notices).toEqual([expect.objectContaining({ kind: 'compatibility-ideographs', count: 8 })]);
    }
    expect(html.documents[0]!.title).toBe('广东省公共数据管理办法');
  });

  it('in a PDF, before its layout is read: a numbered article printed as 第⼆条 still starts its own paragraph', async () => {
    const pdf = textLayerPdf([
      bodyLines([
        '⼴东省公共数据管理办法',
        '第⼀条 为了规范公共数据管理，推进数字政府建设，制定本办法。',
        '第⼆条 本办法适⽤于本省⾏政区域内的公共数据管理活动。',
      ]),
    ]);
    const { documents, notices } = await importWithNotices(folder.dir, 'gd.pdf', pdf);
    expect(documents[0]!.text.split('\n')).toEqual([
      '广东省公共数据管理办法',
      '第一条 为了规范公共数据管理，推进数字政府建设，制定本办法。',
      '第二条 本办法适用于本省行政区域内的公共数据管理活动。',
    ]);
    expect(documents[0]!.original).toContain('第⼆条 本办法适⽤于本省⾏政区域内');
    expect(notices).toEqual([{ kind: 'compatibility-ideographs', count: 5, detail: '⼴→广 ×1, ⼀→一 ×1, ⼆→二 ×1, ⽤→用 ×1, ⾏→行 ×1' }]);
  });
});

describe('a PDF that Chromium printed in a Simplified Chinese font', () => {
  it.skipIf(!existsSync(chromiumPath))('reads back as the page was written, though its text layer is full of radicals', async () => {
    const paragraphs = [
      '广东省公共数据管理办法',
      '第一条 为了规范公共数据管理，推进数字政府建设，中华人民共和国有关法律法规，结合本省实际，制定本办法。',
      '第二条 本办法适用于本省行政区域内公共数据的收集、使用和管理活动，门户网站、长江黄河流域、马路鱼类风力页面。',
    ];
    const html = join(folder.dir, 'page.html');
    const pdfPath = join(folder.dir, 'page.pdf');
    const style = 'body { font-family: "Noto Sans CJK SC"; font-size: 14pt; width: 40em }';
    await writeFile(
      html,
      `<html><head><meta charset="utf-8"><style>${style}</style></head><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`,
    );
    execFileSync(
      chromiumPath,
      ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdfPath}`, `file://${html}`],
      { stdio: 'ignore' },
    );
    const { documents, notices } = await importWithNotices(folder.dir, 'printed.pdf', await readFile(pdfPath));
    expect(documents[0]!.original).toMatch(/[\u2e80-\u2fdf]/u);
    expect(documents[0]!.text.split('\n')).toEqual(paragraphs);
    expect(notices).toEqual([expect.objectContaining({ kind: 'compatibility-ideographs' })]);
    expect(notices[0]!.count).toBeGreaterThan(10);
  });
});
