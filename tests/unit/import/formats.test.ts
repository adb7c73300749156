import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headingLines, importViaFile, rejection, tempFolder } from './importFixtures';

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(() => folder.done());

describe('Word documents', () => {
  it('reads paragraphs and headings', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '关于推进数据专区建设的指导意见', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({
              children: [new TextRun('为促进政企数据融合应用，'), new TextRun({ text: '充分释放数据要素价值。', bold: true })],
            }),
            new Paragraph({ text: '一、总体要求', heading: HeadingLevel.HEADING_2 }),
            new Paragraph('以习近平新时代中国特色社会主义思想为指导。'),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const [imported, ...rest] = await importViaFile(folder.dir, '指导意见.docx', bytes);
    expect(rest).toEqual([]);
    expect(imported!.text).toBe(
      '关于推进数据专区建设的指导意见\n为促进政企数据融合应用，充分释放数据要素价值。\n一、总体要求\n以习近平新时代中国特色社会主义思想为指导。',
    );
    expect(headingLines(imported!)).toEqual([
      { text: '关于推进数据专区建设的指导意见', level: 1 },
      { text: '一、总体要求', level: 2 },
    ]);
    expect(imported!.title).toBe('关于推进数据专区建设的指导意见');
    expect(imported!.source).toMatchObject({ format: 'docx', encoding: null, fileName: '指导意见.docx' });
  });
});

describe('HTML pages', () => {
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>页面标题</title>
    <style>p { color: red }</style><script>document.write("不要这段")</script></head>
    <body><noscript>请启用脚本</noscript><template><p>模板内容</p></template>
    <h1>政府工作报告</h1>
    <p>各位代表：&nbsp;现在，我代表国务院&mdash;&mdash;向大会报告工作 &amp; 请予审议。</p>
    <div>第一段<br>第二段</div>
    <h3>（一）稳定&ldquo;经济&rdquo;大盘</h3>
    <ul><li>扩大内需；</li><li>稳定就业。</li></ul>
    </body></html>`;

  it('reads headings and blocks, drops script/style/noscript/template and decodes entities', async () => {
    const [doc] = await importViaFile(folder.dir, 'report.html', page);
    expect(doc!.text.split('\n')).toEqual([
      '政府工作报告',
      '各位代表：\u00a0现在，我代表国务院——向大会报告工作 & 请予审议。',
      '第一段',
      '第二段',
      '（一）稳定“经济”大盘',
      '扩大内需；',
      '稳定就业。',
    ]);
    expect(headingLines(doc!)).toEqual([
      { text: '政府工作报告', level: 1 },
      { text: '（一）稳定“经济”大盘', level: 3 },
    ]);
    expect(doc!.text).not.toMatch(/不要这段|color|请启用脚本|模板内容|页面标题/);
    expect(doc!.source).toMatchObject({ format: 'html', encoding: 'UTF-8' });
  });

  it('decodes by the charset a page declares', async () => {
    const gbPage = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>青岛市北区发力五大战场。</p></body></html>`;
    const { default: iconv } = await import('iconv-lite');
    const [doc] = await importViaFile(folder.dir, 'gb.htm', new Uint8Array(iconv.encode(gbPage, 'gb18030')));
    expect(doc!.text).toBe('青岛市北区发力五大战场。');
    expect(doc!.source.encoding).toBe('GB18030');
  });
});

describe('Markdown', () => {
  it('turns # headings into headings and strips markup to text', async () => {
    const md = [
      '# 数据专区建设',
      '',
      '为促进**政企数据**融合应用，',
      '充分释放[数据要素](https://example.org)价值。',
      '',
      '## 一、总体要求',
      '',
      '- 坚持`政府引导`；',
      '- 坚持 _市场运作_。',
      '',
      '> 引用的一段话。',
      '',
      '---',
      '',
      '副标题',
      '---',
    ].join('\n');
    const [doc] = await importViaFile(folder.dir, 'notes.md', md, false);
    expect(doc!.text.split('\n')).toEqual([
      '数据专区建设',
      '为促进政企数据融合应用，充分释放数据要素价值。',
      '一、总体要求',
      '坚持政府引导；',
      '坚持 市场运作。',
      '引用的一段话。',
      '副标题',
    ]);
    expect(headingLines(doc!)).toEqual([
      { text: '数据专区建设', level: 1 },
      { text: '一、总体要求', level: 2 },
      { text: '副标题', level: 2 },
    ]);
    expect(doc!.title).toBe('数据专区建设');
  });

  it('keeps the markdown headings when the clean-up runs', async () => {
    const [doc] = await importViaFile(folder.dir, 'notes.md', '# 标题\n\n正文第一段，没有结束，\n\n接着写完。\n', true);
    expect(doc!.text).toBe('标题\n正文第一段，没有结束，接着写完。');
    expect(headingLines(doc!)).toEqual([{ text: '标题', level: 1 }]);
  });
});

async function makePdf(draw: (page: import('pdf-lib').PDFPage, font: import('pdf-lib').PDFFont) => void): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  draw(pdf.addPage([595, 842]), font);
  return pdf.save();
}

describe('PDF', () => {
  it('reads the text layer: lines joined into paragraphs, large print as headings', async () => {
    const bytes = await makePdf((page, font) => {
      page.drawText('Annual Work Report', { x: 50, y: 780, size: 24, font });
      page.drawText('The economy grew steadily over the year and the', { x: 50, y: 740, size: 12, font });
      page.drawText('government kept its promises.', { x: 50, y: 726, size: 12, font });
      page.drawText('Employment stayed stable.', { x: 50, y: 690, size: 12, font });
      page.drawText('Next Steps', { x: 50, y: 650, size: 18, font });
      page.drawText('Keep going.', { x: 50, y: 620, size: 12, font });
    });
    const [doc] = await importViaFile(folder.dir, 'report.pdf', bytes);
    expect(doc!.text.split('\n')).toEqual([
      'Annual Work Report',
      'The economy grew steadily over the year and the government kept its promises.',
      'Employment stayed stable.',
      'Next Steps',
      'Keep going.',
    ]);
    expect(headingLines(doc!)).toEqual([
      { text: 'Annual Work Report', level: 1 },
      { text: 'Next Steps', level: 2 },
    ]);
    expect(doc!.source).toMatchObject({ format: 'pdf', encoding: null });
  });

  it('refuses a PDF without a text layer', async () => {
    const bytes = await makePdf((page) => page.drawRectangle({ x: 10, y: 10, width: 100, height: 100 }));
    const error = await rejection(() => importViaFile(folder.dir, 'scan.pdf', bytes));
    expect(error.code).toBe('BAD_FILE');
    expect(error.message).toBe('scan.pdf: no text layer (scanned?)');
  });
});
