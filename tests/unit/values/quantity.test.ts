import { describe, expect, it } from 'vitest';
import { findQuantities, parseQuantity } from '../../../electron/shared/values/quantity';

/** The parts of a quantity that say what it is, without its position. */
const read = (text: string) => {
  const q = parseQuantity(text);
  return q && { amount: q.amount, amountMax: q.amountMax, unit: q.unit, scale: q.scale };
};

describe('parseQuantity: number, scale and unit in base form', () => {
  it.each([
    ['4万人', '40000', '人', '万'],
    ['四万人', '40000', '人', '万'],
    ['1.4万亿斤', '1400000000000', '斤', '万亿'],
    ['1.3万亿斤', '1300000000000', '斤', '万亿'],
    ['5.5%', '5.5', '%', null],
    ['５．５％', '5.5', '%', null],
    ['百分之三', '3', '%', null],
    ['千分之五', '5', '‰', null],
    ['0.5‰', '0.5', '‰', null],
    ['4.52万元', '45200', '元', '万'],
    ['8300亿元', '830000000000', '元', '亿'],
    ['2.38万亿元', '2380000000000', '元', '万亿'],
    ['0.4个百分点', '0.4', '个百分点', null],
    ['两个百分点', '2', '个百分点', null],
    ['0.5百分点', '0.5', '个百分点', null],
    ['20万公里', '200000', '公里', '万'],
    ['3千米', '3', '公里', null],
    ['5千克', '5', '公斤', null],
    ['10万千瓦', '100000', '千瓦', '万'],
    ['3千万千瓦', '30000000', '千瓦', '千万'],
    ['5千人', '5000', '人', '千'],
    ['3000万吨', '30000000', '吨', '万'],
    ['1亿亩', '100000000', '亩', '亿'],
    ['1,200万平方米', '12000000', '平方米', '万'],
    ['1，200人', '1200', '人', null],
    ['580万套', '5800000', '套', '万'],
    ['2万家', '20000', '家', '万'],
    ['62项', '62', '项', null],
    ['1000座', '1000', '座', null],
    ['3万名', '30000', '名', '万'],
    ['2400户', '2400', '户', null],
    ['60岁', '60', '岁', null],
    ['30年', '30', '年', null],
    ['6个月', '6', '月', null],
    ['7个工作日', '7', '工作日', null],
    ['48小时', '48', '小时', null],
    ['1000万人次', '10000000', '人次', '万'],
    ['20兆', '20', '兆', null],
    ['35微克/立方米', '35', '微克/立方米', null],
    ['1000万', '10000000', null, '万'],
    ['三分之一', '1/3', null, null],
    ['一半', '0.5', null, null],
    ['十几个', null, '个', null],
    ['几十万人', null, '人', '万'],
    ['千亿斤', '100000000000', '斤', '亿'],
    ['二百四十八亿五千万元', '24850000000', '元', '万'],
    ['二萬五千五百公里', '25500', '公里', null],
    ['8 ％', '8', '%', null],
  ])('%s → %s %s, scale %s', (text, amount, unit, scale) => {
    expect(read(text)).toEqual({ amount, amountMax: null, unit, scale });
  });

  it('marks 多/余 as a lower bound', () => {
    expect(parseQuantity('8000多亿元')).toMatchObject({ amount: '800000000000', unit: '元', scale: '亿', more: true });
    expect(parseQuantity('1000余家')).toMatchObject({ amount: '1000', unit: '家', more: true });
    expect(parseQuantity('1000家')).toMatchObject({ more: false });
  });

  it('says whether the unit counts things, and in which digits it is written', () => {
    expect(parseQuantity('800个')).toMatchObject({ counter: true, numerals: 'arabic' });
    expect(parseQuantity('三年')).toMatchObject({ counter: false, numerals: 'chinese' });
  });
});

describe('parseQuantity: ranges', () => {
  it.each([
    ['4.5%至5%', '4.5', '5', '%', null],
    ['4.5%-5%', '4.5', '5', '%', null],
    ['4.5-5%', '4.5', '5', '%', null],
    ['3—5个', '3', '5', '个', null],
    ['3-5个', '3', '5', '个', null],
    ['3~5个', '3', '5', '个', null],
    ['3～5个', '3', '5', '个', null],
    ['3――5个', '3', '5', '个', null],
    ['三到五个', '3', '5', '个', null],
    ['5000万到1亿', '50000000', '100000000', null, '万'],
    ['5000万元到1亿元', '50000000', '100000000', '元', '万'],
    ['3—5万人', '30000', '50000', '人', '万'],
    ['四千万亩到五千万亩', '40000000', '50000000', '亩', '万'],
    ['百分之三到百分之五', '3', '5', '%', null],
    ['2-3年', '2', '3', '年', null],
  ])('%s → %s to %s %s, scale %s', (text, amount, amountMax, unit, scale) => {
    expect(read(text)).toEqual({ amount, amountMax, unit, scale });
  });

  it('is no range across different units or into a year', () => {
    expect(read('3个到5家')).toEqual({ amount: '3', amountMax: null, unit: '个', scale: null });
    expect(read('3000万亩到2025年')).toEqual({ amount: '30000000', amountMax: null, unit: '亩', scale: '万' });
  });
});

describe('parseQuantity: what is no quantity', () => {
  it.each([
    '2025年',
    '到二〇二五年',
    '（2021—2023年）',
    '5G基站',
    'PM2.5',
    '广义货币M2',
    '第五代移动通信',
    '第二轮',
    '《包头市2022年数字政府建设考评办法》',
    '（包府办发〔2022〕10号）',
    '10月1日',
    '1200',
    '一体推进',
    '零部件',
    '万众创新',
    '人才队伍建设',
    '“十四五”',
    '“十亿元级”',
    '千万级',
  ])('%s', (text) => {
    expect(parseQuantity(text)).toBeNull();
  });
});

describe('findQuantities', () => {
  it('finds every quantity of a sentence in order, with its place', () => {
    const text = '今年再减少农村贫困人口1000万以上，完成易地扶贫搬迁280万人。';
    expect(findQuantities(text).map((q) => [text.slice(q.start, q.end), q.amount])).toEqual([
      ['1000万', '10000000'],
      ['280万人', '2800000'],
    ]);
  });

  it('starts looking where it is told', () => {
    expect(parseQuantity('新增就业1200万人，新增高标准农田8000万亩', 6)?.amount).toBe('80000000');
  });

  it('keeps a thousands separator inside the number and a clause comma outside', () => {
    const text = '增加1，200人，减少300人';
    expect(findQuantities(text).map((q) => q.amount)).toEqual(['1200', '300']);
  });
});
