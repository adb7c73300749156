import { describe, expect, it } from 'vitest';
import { documentOrigin } from '../../../electron/shared/structure/documentOrigin';
import { gwr, localPolicy, manifest, qingdaoSample } from './structureFixtures';

/**
 * What each local policy says of itself, read by hand: the order's heading
 * ('上海市人民政府令') or the opening of the title names the issuer, and the
 * region is the one the issuer's name starts with.
 */
const LOCAL_ORIGINS: Record<string, { region: string; issuer: string }> = {
  '中国(上海)自由贸易试验区临港新片区管理办法(FBM-CLI.11.1535062).txt': { region: '上海市', issuer: '上海市人民政府' },
  '中山市政务数据管理办法(FBM-CLI.11.1598088).txt': { region: '中山市', issuer: '中山市人民政府' },
  '包头市人民政府办公室关于印发《包头市2022年数...(FBM-CLI.12.5115678).txt': { region: '包头市', issuer: '包头市人民政府办公室' },
  '北京市经济和信息化局印发《关于推进北京市数...(FBM-CLI.12.5679380).txt': { region: '北京市', issuer: '北京市经济和信息化局' },
  '安徽省人民政府办公厅关于印发支持工业互联网...(FBM-CLI.12.4638041).txt': { region: '安徽省', issuer: '安徽省人民政府办公厅' },
  '安徽省推进“三地一区”建设领导小组改革开放...(FBM-CLI.12.6476457).txt': {
    region: '安徽省',
    issuer: '安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室',
  },
  '广东省公共数据管理办法(FBM-CLI.11.4619854).txt': { region: '广东省', issuer: '广东省人民政府' },
  '阿坝州人民政府办公室关于印发《阿坝州政务数...(FBM-CLI.12.4792728).txt': { region: '阿坝州', issuer: '阿坝州人民政府办公室' },
};

/** The national reports whose opening words name no body: the others say '我代表国务院，向大会…'. */
const SILENT_REPORTS = [1954, 1957, 1959, 1964, 1981];

describe('documentOrigin on the corpus', () => {
  it('finds the region and issuer of every local policy in its text alone, and the same with its file name as title', () => {
    for (const [name, expected] of Object.entries(LOCAL_ORIGINS)) {
      expect(documentOrigin(localPolicy(name)), name).toEqual(expected);
      expect(documentOrigin(localPolicy(name), name.replace(/\.txt$/, '')), name).toEqual(expected);
    }
  });

  it('gives every national report the State Council as issuer and no region, from its speaker or its title', () => {
    const reports = manifest();
    expect(reports).toHaveLength(16);
    for (const { year, title } of reports) {
      const silent = SILENT_REPORTS.includes(year);
      expect(documentOrigin(gwr(year)), String(year)).toEqual({ region: null, issuer: silent ? null : '国务院' });
      expect(documentOrigin(gwr(year), title), title).toEqual({ region: null, issuer: '国务院' });
    }
  });

  it("takes no region nor issuer from the premier's byline of the 2023 report", () => {
    expect(gwr(2023)).toContain('国务院总理');
    expect(documentOrigin(gwr(2023), '政府工作报告')).toEqual({ region: null, issuer: '国务院' });
  });

  it('places each article of the newspaper page in the district its headline opens with, and names no issuer for it', () => {
    expect(documentOrigin(qingdaoSample())).toEqual({ region: '市北区', issuer: null });
    expect(documentOrigin(qingdaoSample(), '市北:发力“五大战场”')).toEqual({ region: '市北区', issuer: null });
    // The page's second article, as the import cuts it off.
    const second = qingdaoSample().slice(qingdaoSample().indexOf('西海岸:'));
    expect(documentOrigin(second, '西海岸:发起“十三大创新突破行动”')).toEqual({ region: '西海岸新区', issuer: null });
  });
});

describe('documentOrigin on the forms the corpus lacks', () => {
  it('reads a region at the start of a title, before a year or confirmed by the text', () => {
    expect(documentOrigin('各位代表：', '青岛市2023年政府工作报告')).toEqual({ region: '青岛市', issuer: null });
    expect(documentOrigin('各位代表：', '2023年青岛市政府工作报告')).toEqual({ region: '青岛市', issuer: null });
    expect(documentOrigin('一、总则', '浙江省数字经济促进条例')).toEqual({ region: '浙江省', issuer: null });
    expect(documentOrigin('一、总则', '宁波市数据条例')).toEqual({ region: null, issuer: null });
    expect(documentOrigin('宁波市人民代表大会常务委员会公告\n一、总则', '宁波市数据条例').region).toBe('宁波市');
  });

  it('reads the issuer a title opens with, and the region of the issuer', () => {
    expect(documentOrigin('各省、自治区、直辖市人民政府：', '国务院关于加快推进城市更新的通知')).toEqual({
      region: null,
      issuer: '国务院',
    });
    expect(documentOrigin('各市人民政府：', '山东省人民政府办公厅印发《山东省数字政府建设实施方案》的通知')).toEqual({
      region: '山东省',
      issuer: '山东省人民政府办公厅',
    });
    expect(documentOrigin('', '山东省青岛市人民政府关于印发某某办法的通知')).toEqual({
      region: '山东省青岛市',
      issuer: '山东省青岛市人民政府',
    });
    expect(documentOrigin('', '中共青岛市委关于某某的决定')).toEqual({ region: '青岛市', issuer: '中共青岛市委' });
    expect(documentOrigin('', '深圳市南山区人民政府关于某某的通知')).toEqual({ region: '深圳市南山区', issuer: '深圳市南山区人民政府' });
    expect(documentOrigin('', '自然资源部关于某某的通知')).toEqual({ region: null, issuer: '自然资源部' });
    expect(documentOrigin('', '市政府办公室关于某某的通知')).toEqual({ region: null, issuer: '市政府办公室' });
    expect(documentOrigin('', '新疆维吾尔自治区人民政府关于某某的意见')).toEqual({
      region: '新疆维吾尔自治区',
      issuer: '新疆维吾尔自治区人民政府',
    });
  });

  it('takes no region from a title that opens with prose', () => {
    for (const title of ['推进城市更新行动方案', '支持新区发展若干措施', '关于加快建设示范区的意见', '全市数字政府建设工作要点'])
      expect(documentOrigin('一、总体要求', title), title).toEqual({ region: null, issuer: null });
  });

  it('reads the organs signing above the date at the end, one or several', () => {
    expect(documentOrigin('关于做好某某工作的通知\n各区人民政府：\n现将有关事项通知如下。\n青岛市人民政府\n2023年1月5日')).toEqual({
      region: '青岛市',
      issuer: '青岛市人民政府',
    });
    expect(documentOrigin('通知\n各单位：\n请遵照执行。\n青岛市发展和改革委员会\n青岛市财政局\n2023年1月5日').issuer).toBe(
      '青岛市发展和改革委员会、青岛市财政局',
    );
  });

  it('reads a 发文机关 label before anything else', () => {
    expect(documentOrigin('标题：某某办法\n发文机关：江苏省人民政府\n发文日期：2021年9月2日\n正文。', '国务院关于某某的通知')).toEqual({
      region: '江苏省',
      issuer: '江苏省人民政府',
    });
    expect(documentOrigin('标题：某某办法\n发文机关：江苏省人民政府\n发文日期：2021年9月2日\n正文。')).toEqual({
      region: '江苏省',
      issuer: '江苏省人民政府',
    });
  });

  it("reads the place of a newspaper's dateline", () => {
    expect(documentOrigin('发力扩大内需\n本报青岛1月28日讯 记者张三报道。今年全区经济平稳。')).toEqual({ region: '青岛', issuer: null });
    expect(documentOrigin('新华社北京3月5日电 十四届全国人大一次会议开幕。')).toEqual({ region: '北京', issuer: null });
  });
});
