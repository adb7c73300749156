import { describe, expect, it } from 'vitest';
import { findBaselines } from '../../../electron/shared/values/baseline';
import { findDeadlines } from '../../../electron/shared/values/deadline';
import { foldText } from '../../../electron/shared/values/fold';
import { planEndYear } from '../../../electron/shared/values/planPeriod';

const deadlines = (text: string, year?: number) => findDeadlines(foldText(text), text, year).map((d) => d.meaning);
const baselines = (text: string, year?: number) => findBaselines(foldText(text), text, year).map((b) => b.meaning);

describe('deadlines', () => {
  it.each([
    ['到2025年，', 2025, 'end', '到2025年'],
    ['到２０２５年', 2025, 'end', '到２０２５年'],
    ['到二〇二五年', 2025, 'end', '到二〇二五年'],
    ['2025年底前完成', 2025, 'end', '2025年底前'],
    ['到2025年底', 2025, 'end', '到2025年底'],
    ['2025年年底前', 2025, 'end', '2025年年底前'],
    ['截至2025年6月底', 2025, 'end', '截至2025年6月底'],
    ['2025年前建成', 2025, 'before', '2025年前'],
    ['2025年以前', 2025, 'before', '2025年以前'],
    ['2025年内完成', 2025, 'within', '2025年内'],
    ['2023年，全市', 2023, 'within', '2023年'],
    ['到“十四五”末', 2025, 'end', '到“十四五”末'],
    ['“十四五”期末', 2025, 'end', '“十四五”期末'],
    ['“十三五”时期', 2020, 'within', '“十三五”时期'],
    ['“十五”期间', 2005, 'within', '“十五”期间'],
    ['“十五五”末', 2030, 'end', '“十五五”末'],
    ['年内至少降低', 2018, 'within', '年内'],
    ['年底前完成', 2018, 'end', '年底前'],
    ['今年年底前', 2018, 'end', '今年年底前'],
    ['今年开工', 2018, 'within', '今年'],
    ['全年再为企业', 2018, 'within', '全年'],
    ['明年底', 2019, 'end', '明年底'],
    ['6月底前上线', 2018, 'end', '6月底前'],
    ['三年内完成', null, 'within', '三年内'],
    ['三个月内把新部委组建起来', null, 'within', '三个月内'],
    ['半年内完成', null, 'within', '半年内'],
    ['在本世纪末把人口控制在', 2100, 'end', '在本世纪末'],
  ])('%s → %s %s', (text, year, by, raw) => {
    expect(deadlines(text, 2018)).toEqual([{ year, by, raw }]);
  });

  it('leaves a relative year open without the document year', () => {
    expect(deadlines('年底前完成')).toEqual([{ year: null, by: 'end', raw: '年底前' }]);
  });

  it.each([
    '2025年的目标',
    '比2020年下降',
    '“十四五”规划',
    '“十四五”重大工程',
    '每年底',
    '去年底',
    '近年来',
    '《包头市2022年数字政府建设考评办法》',
    '48小时内放行',
  ])('%s states no deadline', (text) => {
    expect(deadlines(text, 2018)).toEqual([]);
  });

  it('numbers the five-year plans from 1953', () => {
    expect([1, 2, 3, 6, 10, 13, 14, 15].map(planEndYear)).toEqual([1957, 1962, 1970, 1985, 2005, 2020, 2025, 2030]);
    expect(planEndYear(0)).toBeNull();
  });
});

describe('baselines', () => {
  it.each([
    ['比2020年下降13.5%', 2020, '比2020年'],
    ['较2020年增长', 2020, '较2020年'],
    ['比2020年底增加', 2020, '比2020年底'],
    ['与2020年相比', 2020, '与2020年相比'],
    ['比去年增加5500亿元', 2017, '比去年'],
    ['比上年增长', 2017, '比上年'],
    ['比前年', 2016, '比前年'],
    ['同比增长5%', 2017, '同比'],
    ['比“十三五”末提高', 2020, '比“十三五”末'],
    ['在2020年基础上翻一番', 2020, '在2020年基础上'],
    ['在现有基础上再增加', null, '在现有基础上'],
  ])('%s → %s', (text, year, raw) => {
    expect(baselines(text, 2018)).toEqual([{ year, raw }]);
  });

  it('leaves 去年 open without the document year', () => {
    expect(baselines('比去年增加')).toEqual([{ year: null, raw: '比去年' }]);
  });
});
