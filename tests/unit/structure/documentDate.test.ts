import { describe, expect, it } from 'vitest';
import { documentDate, DocumentDateSchema } from '../../../electron/shared/structure/documentDate';
import { gwr, localPolicy, manifest, qingdaoSample } from './structureFixtures';

/** The date each local policy was signed, read off the line under its issuer. */
const LOCAL_DATES: Record<string, [year: number, month: number, day: number]> = {
  '中国(上海)自由贸易试验区临港新片区管理办法(FBM-CLI.11.1535062).txt': [2019, 8, 12],
  '中山市政务数据管理办法(FBM-CLI.11.1598088).txt': [2020, 5, 15],
  '包头市人民政府办公室关于印发《包头市2022年数...(FBM-CLI.12.5115678).txt': [2022, 4, 14],
  '北京市经济和信息化局印发《关于推进北京市数...(FBM-CLI.12.5679380).txt': [2022, 11, 21],
  '安徽省人民政府办公厅关于印发支持工业互联网...(FBM-CLI.12.4638041).txt': [2021, 9, 2],
  '安徽省推进“三地一区”建设领导小组改革开放...(FBM-CLI.12.6476457).txt': [2022, 3, 23],
  '广东省公共数据管理办法(FBM-CLI.11.4619854).txt': [2021, 10, 18],
  '阿坝州人民政府办公室关于印发《阿坝州政务数...(FBM-CLI.12.4792728).txt': [2021, 10, 11],
};

describe('documentDate on the corpus', () => {
  it('reads the dateline of the national reports that print one', () => {
    expect(documentDate(gwr(2023))).toEqual({ year: 2023, month: 3, day: 5, raw: '2023年3月5日', source: 'dateline' });
    expect(documentDate(gwr(1957))).toEqual({ year: 1957, month: 6, day: 26, raw: '1957年6月26日', source: 'dateline' });
  });

  it('finds no date in the text of the other national reports, and the year of each in its manifest title', () => {
    const reports = manifest();
    expect(reports).toHaveLength(16);
    for (const { year, title } of reports) {
      const text = gwr(year);
      const printed = documentDate(text);
      if (year === 1957 || year === 2023) {
        expect(printed?.source).toBe('dateline');
        expect(documentDate(text, title)).toEqual(printed);
      } else {
        expect(printed).toBeNull();
        expect(documentDate(text, title)).toEqual({ year, raw: `${year}年`, source: 'title' });
      }
    }
  });

  it('reads the signing date of every local policy, before the year its title names', () => {
    for (const [name, [year, month, day]] of Object.entries(LOCAL_DATES)) {
      const expected = { year, month, day, raw: `${year}年${month}月${day}日`, source: 'text' };
      expect(documentDate(localPolicy(name))).toEqual(expected);
      expect(documentDate(localPolicy(name), name.replace(/\.txt$/, ''))).toEqual(expected);
    }
  });

  it('finds no year on the newspaper page, whose dateline has none, but takes the date of its file name', () => {
    expect(documentDate(qingdaoSample())).toBeNull();
    expect(documentDate(qingdaoSample(), '市北:发力“五大战场”')).toBeNull();
    expect(documentDate(qingdaoSample(), 'qingdao-2023-01-28')).toEqual({
      year: 2023,
      month: 1,
      day: 28,
      raw: '2023-01-28',
      source: 'title',
    });
  });

  it('gives dates the schema accepts', () => {
    for (const name of Object.keys(LOCAL_DATES)) expect(DocumentDateSchema.parse(documentDate(localPolicy(name)))).toBeTruthy();
    expect(DocumentDateSchema.safeParse({ year: 2023, month: 13, raw: '2023年13月', source: 'text' }).success).toBe(false);
  });
});

describe('documentDate on the forms the corpus lacks', () => {
  it('reads a title that names a year', () => {
    expect(documentDate('一、总体要求', '2025年数字政府建设工作要点')).toEqual({ year: 2025, raw: '2025年', source: 'title' });
    expect(documentDate('一、总体要求', '2023年1月28日青岛早报')).toEqual({
      year: 2023,
      month: 1,
      day: 28,
      raw: '2023年1月28日',
      source: 'title',
    });
  });

  it('reads a dateline in Chinese numerals, and full-width digits', () => {
    expect(documentDate('政府工作报告\n（一九五四年九月二十三日在第一届全国人民代表大会第一次会议上）\n各位代表：')).toEqual({
      year: 1954,
      month: 9,
      day: 23,
      raw: '一九五四年九月二十三日',
      source: 'dateline',
    });
    expect(documentDate('通知\n各单位：\n现将有关事项通知如下。\n某某局\n１９９２年３月２０日')).toEqual({
      year: 1992,
      month: 3,
      day: 20,
      raw: '１９９２年３月２０日',
      source: 'text',
    });
  });

  it('reads a 发文日期 line, and else the year of the document number', () => {
    expect(documentDate('关于印发某某办法的通知\n发文字号：某政发〔2021〕5号\n发文日期：2021年9月2日\n正文。')).toMatchObject({
      year: 2021,
      month: 9,
      day: 2,
      source: 'text',
    });
    expect(documentDate('关于印发某某办法的通知\n某政发〔2021〕5号\n各单位：')).toEqual({ year: 2021, raw: '〔2021〕5号', source: 'text' });
  });
});
