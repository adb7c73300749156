import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../../electron/core/import/readDocuments';
import { headingLines, NOW, SAMPLE } from './importFixtures';

async function importSample(cleanup: boolean) {
  return (await readDocuments({ name: 'qingdao-2023-01-28.txt', bytes: new Uint8Array(await readFile(SAMPLE)) }, { cleanup, now: NOW }))
    .documents;
}

describe('the Qingdao newspaper page with clean-up', () => {
  it('splits into its two articles, titled by their headlines', async () => {
    const docs = await importSample(true);
    expect(docs.map((d) => d.title)).toEqual(['市北:发力“五大战场”', '西海岸:发起“十三大创新突破行动”']);
  });

  it('joins the paragraphs that captions and page breaks cut, and takes the captions out', async () => {
    const all = (await importSample(true)).map((d) => d.text).join('\n');
    for (const joined of [
      '要吃透产业发展现状',
      '引育一批国家级、省级、市级',
      '大力推行',
      '提升开放质效',
      '集群,着力在先进制造业',
      '要继续发挥好',
    ]) {
      expect(all).toContain(joined);
    }
    expect(all).not.toContain('资料图片');
    expect(all).not.toContain('供图');
    const [first, second] = await importSample(true);
    expect(first!.source.captions).toEqual(['今年,市北区将开展“项目落地提质年”活动。 资料图片']);
    expect(second!.source.captions).toEqual(['西海岸新区今年发起“十三大创新突破行动”。 西海岸新区供图']);
  });

  it('keeps headline (1), subheading (2) and section titles (2) as heading lines of their own', async () => {
    const [first, second] = await importSample(true);
    expect(headingLines(first!)).toEqual([
      { text: '市北:发力“五大战场”', level: 1 },
      { text: '以“项目落地提质年”为主题 推动实现全年工作目标任务', level: 2 },
      { text: '发力扩大内需战场', level: 2 },
      { text: '发力招商引资战场', level: 2 },
      { text: '发力城市更新战场', level: 2 },
      { text: '发力服务升级战场', level: 2 },
      { text: '发力民生保障战场', level: 2 },
    ]);
    expect(first!.text.split('\n')).toContain('发力扩大内需战场');
    expect(headingLines(second!).map((h) => h.level)).toEqual([1, 2]);
  });

  it('moves subheading, dateline and byline into the source, out of the body', async () => {
    const [first, second] = await importSample(true);
    expect(first!.source).toMatchObject({
      subtitle: '以“项目落地提质年”为主题 推动实现全年工作目标任务',
      dateline: '早报1月28日日讯',
      byline: '(观海新闻/青岛早报记者 刘文超)',
      cleanup: true,
      encoding: 'UTF-8',
      format: 'txt',
      importedAt: NOW,
    });
    expect(second!.source).toMatchObject({ dateline: '早报1月28日讯', byline: '(观海新闻/青岛早报记者 张孝鹏)' });
    expect(first!.text.split('\n')[2]).toMatch(/^1月28日上午,中共青岛市委/);
    expect(second!.text.split('\n')[2]).toMatch(/^新年伊始/);
    expect(second!.text).not.toContain('记者');
  });

  it('lays text out one block per line with nothing blank or padded, hashed with SHA-256', async () => {
    for (const doc of await importSample(true)) {
      for (const line of doc.text.split('\n')) expect(line).toBe(line.trim() || 'non-empty');
      expect(doc.hash).toBe(createHash('sha256').update(doc.text).digest('hex'));
      expect(doc.original).toBe((await readFile(SAMPLE, 'utf8')).replace(/\r\n?/g, '\n'));
    }
  });

  it('leaves the page whole without clean-up: one document, lines trimmed, blanks dropped', async () => {
    const docs = await importSample(false);
    expect(docs).toHaveLength(1);
    const doc = docs[0]!;
    expect(doc.title).toBe('市北:发力“五大战场”');
    expect(doc.headings).toEqual([]);
    expect(doc.source.cleanup).toBe(false);
    expect(doc.text).toContain('资料图片');
    const expected = (await readFile(SAMPLE, 'utf8'))
      .split(/\r\n?|\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .join('\n');
    expect(doc.text).toBe(expected);
  });
});
