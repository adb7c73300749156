import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importViaFile, tempFolder } from './importFixtures';
import { bodyLines, textLayerPdf } from './textLayerPdf';

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(() => folder.done());

/** A regulation printed flush left, every full line 30 characters wide, as a browser prints one. */
const LINES = [
  '第一条 为了规范公共数据管理，推进数字政府建设，根据有关法律',
  '法规，结合本省实际，提高政府治理能力和服务水平，制定本办法。',
  '第二条 本办法适用于本省行政区域内公共数据的收集、使用和管理',
  '活动。',
  '第三条 公共数据主管部门应当依照本办法关于目录管理的规定以及',
  '第四条的规定，组织编制本级公共数据的目录，并向社会公开发布。',
  '（一）公共数据目录应当包括数据的名称、来源、更新频率等内容。',
  '一、本办法自公布之日起施行。',
];

describe('PDF paragraphs of a regulation printed flush left', () => {
  it('has full lines of one width (the case where a sentence end at the margin said nothing)', () => {
    expect(LINES.filter((l) => [...l].length === 30)).toHaveLength(6);
  });

  it('starts a paragraph at a numbered opening (第X条, （一）, 一、) after a line that ends a sentence at the margin', async () => {
    const [doc] = await importViaFile(folder.dir, 'regulation.pdf', textLayerPdf([bodyLines(LINES)]));
    expect(doc!.text.split('\n')).toEqual([LINES[0]! + LINES[1]!, LINES[2]! + LINES[3]!, LINES[4]! + LINES[5]!, LINES[6]!, LINES[7]!]);
  });

  it('does not split where 第X条 merely opens a line in mid-sentence', async () => {
    const [doc] = await importViaFile(folder.dir, 'reference.pdf', textLayerPdf([bodyLines(LINES.slice(4, 6))]));
    expect(doc!.text).toBe(
      '第三条 公共数据主管部门应当依照本办法关于目录管理的规定以及第四条的规定，组织编制本级公共数据的目录，并向社会公开发布。',
    );
  });
});
