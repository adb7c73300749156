import { describe, expect, it } from 'vitest';
import { parseTargetValue } from '../../../electron/shared/values/targetValue';
import { TargetValueSchema, type TargetValue } from '../../../electron/shared/values/valueSchema';
import { expected } from './targetValueFixture';

const cases: Array<[string, Partial<TargetValue>]> = [
  // The issue's own examples.
  ['新增就业4万人', { indicator: '新增就业', amount: '40000', unit: '人', scale: '万' }],
  ['粮食产量1.4万亿斤', { indicator: '粮食产量', amount: '1400000000000', unit: '斤', scale: '万亿' }],
  ['城镇新增就业1200万人左右', { indicator: '城镇新增就业', amount: '12000000', unit: '人', scale: '万', comparator: 'around' }],
  ['国内生产总值增长5%左右', { indicator: '国内生产总值增长', amount: '5', unit: '%', comparator: 'around' }],
  ['居民消费价格涨幅3%左右', { indicator: '居民消费价格涨幅', amount: '3', unit: '%', comparator: 'around' }],
  ['粮食产量保持在1.3万亿斤以上', { indicator: '粮食产量', amount: '1300000000000', unit: '斤', scale: '万亿', comparator: 'at-least' }],
  ['居民人均可支配收入4.52万元', { indicator: '居民人均可支配收入', amount: '45200', unit: '元', scale: '万' }],
  // Comparators.
  ['国内生产总值增长约5%', { indicator: '国内生产总值增长', amount: '5', unit: '%', comparator: 'around' }],
  ['城镇调查失业率控制在5.5%以内', { indicator: '城镇调查失业率', amount: '5.5', unit: '%', comparator: 'at-most' }],
  ['城镇调查失业率控制在5.5%', { indicator: '城镇调查失业率', amount: '5.5', unit: '%', comparator: 'at-most' }],
  ['城镇调查失业率不超过5.5%', { indicator: '城镇调查失业率', amount: '5.5', unit: '%', comparator: 'at-most' }],
  ['城镇登记失业率低于4.6%', { indicator: '城镇登记失业率', amount: '4.6', unit: '%', comparator: 'at-most' }],
  ['覆盖率不低于90%', { indicator: '覆盖率', amount: '90', unit: '%', comparator: 'at-least' }],
  ['普及率超过30%', { indicator: '普及率', amount: '30', unit: '%', comparator: 'at-least' }],
  ['培育企业不少于100家', { indicator: '培育企业', amount: '100', unit: '家', comparator: 'at-least' }],
  ['单个企业最高500万元', { indicator: '单个企业', amount: '5000000', unit: '元', scale: '万', comparator: 'at-most' }],
  ['减税8000多亿元', { indicator: '减税', amount: '800000000000', unit: '元', scale: '亿', comparator: 'at-least' }],
  ['标识注册总量突破5亿', { indicator: '标识注册总量', amount: '500000000', scale: '亿', comparator: 'at-least' }],
  ['完成投资1000万元及以上的', { indicator: '投资', amount: '10000000', unit: '元', scale: '万', comparator: 'at-least' }],
  ['经济增长4.5%至5%', { indicator: '经济增长', amount: '4.5', amountMax: '5', unit: '%', comparator: 'range' }],
  ['建设3—5个示范区', { indicator: '建设示范区', amount: '3', amountMax: '5', unit: '个', comparator: 'range' }],
  ['建成三到五个基地', { indicator: '建成基地', amount: '3', amountMax: '5', unit: '个', comparator: 'range' }],
  ['投资5000万到1亿', { indicator: '投资', amount: '50000000', amountMax: '100000000', scale: '万', comparator: 'range' }],
  ['新建十几个公园', { indicator: '新建公园', unit: '个' }],
  // Modality.
  [
    '确保城镇新增就业1100万人以上',
    { indicator: '城镇新增就业', amount: '11000000', unit: '人', scale: '万', comparator: 'at-least', modality: 'hard' },
  ],
  ['力争全省建成10个二级节点', { indicator: '全省建成二级节点', amount: '10', unit: '个', modality: 'soft' }],
  ['争取新增就业100万人', { indicator: '新增就业', amount: '1000000', unit: '人', scale: '万', modality: 'soft' }],
  ['努力实现增长6%', { indicator: '增长', amount: '6', unit: '%', modality: 'soft' }],
  [
    '力争到2025年，新能源汽车销量占比达到20%',
    {
      indicator: '新能源汽车销量占比',
      amount: '20',
      unit: '%',
      modality: 'soft',
      deadline: { year: 2025, by: 'end', raw: '到2025年' },
    },
  ],
  // Deadlines, relative ones against the document's year.
  [
    '年内至少降低30%',
    { indicator: '降低', amount: '30', unit: '%', comparator: 'at-least', deadline: { year: 2023, by: 'within', raw: '年内' } },
  ],
  ['年底前完成改造1000户', { indicator: '改造', amount: '1000', unit: '户', deadline: { year: 2023, by: 'end', raw: '年底前' } }],
  [
    '到二〇二五年，森林覆盖率达到百分之二十四',
    {
      indicator: '森林覆盖率',
      amount: '24',
      unit: '%',
      deadline: { year: 2025, by: 'end', raw: '到二〇二五年' },
    },
  ],
  [
    '“十四五”末，城镇新增就业5000万人以上',
    {
      indicator: '城镇新增就业',
      amount: '50000000',
      unit: '人',
      scale: '万',
      comparator: 'at-least',
      deadline: { year: 2025, by: 'end', raw: '“十四五”末' },
    },
  ],
  ['2025年前建成5个', { indicator: '建成', amount: '5', unit: '个', deadline: { year: 2025, by: 'before', raw: '2025年前' } }],
  ['年底前完成全部改造任务', { indicator: '全部改造任务', deadline: { year: 2023, by: 'end', raw: '年底前' } }],
  ['到2025年，基本建成现代化产业体系', { indicator: '基本建成现代化产业体系', deadline: { year: 2025, by: 'end', raw: '到2025年' } }],
  ['基本建成现代化产业体系，到2025年', { indicator: '基本建成现代化产业体系', deadline: { year: 2025, by: 'end', raw: '到2025年' } }],
  ['审批在5个工作日内办结', { indicator: '审批', amount: '5', unit: '工作日', comparator: 'at-most' }],
  ['梳理10项内容', { indicator: '梳理内容', amount: '10', unit: '项' }],
  // Baselines.
  [
    '单位国内生产总值能耗比2020年下降13.5%',
    {
      indicator: '单位国内生产总值能耗下降',
      amount: '13.5',
      unit: '%',
      baseline: { year: 2020, raw: '比2020年' },
    },
  ],
  [
    '地方专项债券比去年增加5500亿元',
    {
      indicator: '地方专项债券增加',
      amount: '550000000000',
      unit: '元',
      scale: '亿',
      baseline: { year: 2022, raw: '比去年' },
    },
  ],
  ['在2020年基础上，居民收入翻一番', { indicator: '居民收入翻', amount: '1', unit: '番', baseline: { year: 2020, raw: '在2020年基础上' } }],
  ['在优化结构、提高效益的基础上，国内生产总值增长8%左右', { indicator: '国内生产总值增长', amount: '8', unit: '%', comparator: 'around' }],
  ['居民收入在2020年基础上翻一番', { indicator: '居民收入翻', amount: '1', unit: '番', baseline: { year: 2020, raw: '在2020年基础上' } }],
  // Indicator boundaries.
  ['耕地轮作休耕试点面积增加到3000万亩', { indicator: '耕地轮作休耕试点面积', amount: '30000000', unit: '亩', scale: '万' }],
  ['居民基本医保人均财政补助标准再增加40元', { indicator: '居民基本医保人均财政补助标准增加', amount: '40', unit: '元' }],
  ['二氧化硫、氮氧化物排放量要下降3%', { indicator: '二氧化硫、氮氧化物排放量下降', amount: '3', unit: '%' }],
  ['新建800个智能工厂、数字化车间', { indicator: '新建智能工厂、数字化车间', amount: '800', unit: '个' }],
  [
    '培育3家左右在国内具有较强影响力的双跨平台',
    { indicator: '培育在国内具有较强影响力的双跨平台', amount: '3', unit: '家', comparator: 'around' },
  ],
  [
    '今年经济增长预期目标为7%左右',
    { indicator: '经济增长', amount: '7', unit: '%', comparator: 'around', deadline: { year: 2023, by: 'within', raw: '今年' } },
  ],
  ['全市90%的重点领域市场主体纳入监管平台', { indicator: '全市重点领域市场主体纳入监管平台', amount: '90', unit: '%' }],
  ['每千人口拥有3岁以下婴幼儿托位数4.5个', { indicator: '每千人口拥有3岁以下婴幼儿托位数', amount: '4.5', unit: '个' }],
  [
    '对RCEP国家货物符合放行条件的48小时内放行',
    { indicator: '对RCEP国家货物符合放行条件的', amount: '48', unit: '小时', comparator: 'at-most' },
  ],
  ['货物贸易、对外投资和实际利用外资分别占比达30%、20%和10%', { indicator: '货物贸易占比', amount: '30', unit: '%' }],
  ['要素市场交易额1000亿元', { indicator: '要素市场交易额', amount: '100000000000', unit: '元', scale: '亿' }],
  ['再生资源回收量1000万吨', { indicator: '再生资源回收量', amount: '10000000', unit: '吨', scale: '万' }],
  ['使用率达到90%', { indicator: '使用率', amount: '90', unit: '%' }],
  ['并购重组金额100亿元', { indicator: '并购重组金额', amount: '10000000000', unit: '元', scale: '亿' }],
  ['主要污染物排放总量要减少10%', { indicator: '主要污染物排放总量减少', amount: '10', unit: '%' }],
  ['主要增加100亿元', { indicator: '主要增加', amount: '10000000000', unit: '元', scale: '亿' }],
  // Quotation marks, words after the unit, a class named by a figure.
  ['打造2座“十亿元级”税收楼宇', { indicator: '打造“十亿元级”税收楼宇', amount: '2', unit: '座' }],
  ['力争做到“只进一扇门”', { indicator: '进门', amount: '1', unit: '扇', modality: 'soft' }],
  ['“最多跑一次”', { indicator: '跑', amount: '1', unit: '次', comparator: 'at-most' }],
  ['实施新一轮千亿斤粮食产能提升行动', { indicator: '粮食产能提升', amount: '100000000000', unit: '斤', scale: '亿' }],
  ['生产一千八百万吨钢', { indicator: '生产钢', amount: '18000000', unit: '吨', scale: '万' }],
  ['力争实现50兆进牧户', { indicator: '进牧户', amount: '50', unit: '兆', modality: 'soft' }],
  ['赤字率拟按3%安排', { indicator: '赤字率', amount: '3', unit: '%' }],
  ['人均基本公共卫生服务经费标准由25元提高到30元', { indicator: '人均基本公共卫生服务经费标准', amount: '30', unit: '元' }],
  [
    '今年新农合和城镇居民基本医疗保险财政补助标准由每人每年240元提高到280元',
    {
      indicator: '新农合和城镇居民基本医疗保险财政补助标准',
      amount: '280',
      unit: '元',
      deadline: { year: 2023, by: 'within', raw: '今年' },
    },
  ],
  ['严守18亿亩耕地红线', { indicator: '耕地红线', amount: '1800000000', unit: '亩', scale: '亿' }],
  ['广义货币M2预期增长目标拟定为13%左右', { indicator: '广义货币M2增长', amount: '13', unit: '%', comparator: 'around' }],
  ['今年預計將達二萬五千五百公里', { amount: '25500', unit: '公里', deadline: { year: 2023, by: 'within', raw: '今年' } }],
  // Numeral forms in context.
  ['新增就业四万人', { indicator: '新增就业', amount: '40000', unit: '人', scale: '万' }],
  ['新建住房两千五百套', { indicator: '新建住房', amount: '2500', unit: '套' }],
  ['增长百分之三点五', { indicator: '增长', amount: '3.5', unit: '%' }],
  ['粮食产量达到１．３万亿斤', { indicator: '粮食产量', amount: '1300000000000', unit: '斤', scale: '万亿' }],
  ['新增就业1,200万人', { indicator: '新增就业', amount: '12000000', unit: '人', scale: '万' }],
  ['审批时间压缩三分之一', { indicator: '审批时间压缩', amount: '1/3', unit: null }],
  ['婴儿死亡率下降千分之五', { indicator: '婴儿死亡率下降', amount: '5', unit: '‰' }],
  ['增长-2%', { indicator: '增长', amount: '-2', unit: '%' }],
  [
    '启动新的三年棚改攻坚计划，今年开工580万套',
    { indicator: '开工', amount: '5800000', unit: '套', scale: '万', deadline: { year: 2023, by: 'within', raw: '今年' } },
  ],
  ['新能源汽车车辆购置税优惠政策再延长三年', { indicator: '新能源汽车车辆购置税优惠政策延长', amount: '3', unit: '年' }],
  // A scaled number without a unit: what it counts joins the indicator.
  ['增加500万农村沼气用户', { indicator: '增加农村沼气用户', amount: '5000000', scale: '万' }],
  [
    '今年要再解决3200万农村人口的安全饮水问题',
    { indicator: '解决农村人口的安全饮水问题', amount: '32000000', scale: '万', deadline: { year: 2023, by: 'within', raw: '今年' } },
  ],
  // 安排 after the spender, and 总计为, only introduce the sum.
  [
    '今年中央财政安排“三农”支出5625亿元',
    {
      indicator: '中央财政“三农”支出',
      amount: '562500000000',
      unit: '元',
      scale: '亿',
      deadline: { year: 2023, by: 'within', raw: '今年' },
    },
  ],
  ['中央建设投资总计为1521亿元', { indicator: '中央建设投资', amount: '152100000000', unit: '元', scale: '亿' }],
  // 从今年起 dates a target from the document's year; 高于上年 is its baseline.
  [
    '从今年起农机具购置补贴覆盖到所有农业县',
    {
      indicator: '农机具购置补贴覆盖到所有农业县',
      amount: null,
      comparator: null,
      deadline: { year: 2023, by: 'within', raw: '从今年起' },
    },
  ],
  [
    '今年财政支农投入的增量要明显高于上年',
    {
      indicator: '财政支农投入的增量',
      amount: null,
      comparator: null,
      deadline: { year: 2023, by: 'within', raw: '今年' },
      baseline: { year: 2022, raw: '高于上年' },
    },
  ],
  [
    '今年土地利用计划总规模控制在去年水平',
    { indicator: '土地利用计划总规模', deadline: { year: 2023, by: 'within', raw: '今年' }, baseline: { year: 2022, raw: '去年水平' } },
  ],
  [
    '今年中央财政将安排科技支出1134亿元',
    { indicator: '中央财政科技支出', amount: '113400000000', unit: '元', scale: '亿', deadline: { year: 2023, by: 'within', raw: '今年' } },
  ],
  [
    '城镇居民收入增速快于去年3个百分点',
    { indicator: '城镇居民收入增速', amount: '3', unit: '个百分点', baseline: { year: 2022, raw: '快于去年' } },
  ],
];

describe('parseTargetValue', () => {
  it.each(cases)('%s', (quote, fields) => {
    expect(parseTargetValue(quote, { documentYear: 2023 })).toEqual(expected(fields));
  });

  it('gives no value to a target without a figure or a deadline', () => {
    expect(parseTargetValue('居民收入增长与经济增长基本同步')).toBeNull();
    expect(parseTargetValue('')).toBeNull();
  });

  it('leaves relative years open without the document year', () => {
    expect(parseTargetValue('年内至少降低30%')?.deadline).toEqual({ year: null, by: 'within', raw: '年内' });
    expect(parseTargetValue('比去年增加300亿元')?.baseline).toEqual({ year: null, raw: '比去年' });
  });

  it('reads the first target stated in figures when a quote holds several', () => {
    const v = parseTargetValue('今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右', { documentYear: 2023 });
    expect(v).toEqual(
      expected({
        indicator: '国内生产总值增长',
        amount: '5',
        unit: '%',
        comparator: 'around',
        deadline: { year: 2023, by: 'within', raw: '今年' },
      }),
    );
  });

  it('keeps the text as written in the indicator, full-width characters and all', () => {
    expect(parseTargetValue('打造１００个“5G＋工业互联网”典型应用案例')?.indicator).toBe('打造“5G＋工业互联网”典型应用案例');
  });

  it('gives values the schema accepts', () => {
    for (const [quote] of cases) {
      const v = parseTargetValue(quote, { documentYear: 2023 });
      expect(TargetValueSchema.safeParse(v).success).toBe(true);
    }
  });
});

describe('parseTargetValue: forms of the older reports (gold gwr_1998, gwr_1993)', () => {
  const read = (quote: string, documentYear = 1998) => parseTargetValue(quote, { documentYear });

  it('reads digits printed apart as one number', () => {
    expect(read('粮食总产量稳定在4 9 2 5 0 万吨')).toMatchObject({ indicator: '粮食总产量', amount: '492500000', unit: '吨', scale: '万' });
    expect(read('经济增长速度8 ％')).toMatchObject({ indicator: '经济增长速度', amount: '8', unit: '%', comparator: 'point' });
  });

  it('reads 或者更多一些 as at-least, and 预定 and 计划 before a change verb as no part of the indicator', () => {
    expect(read('今年全社会固定资产投资预定增长1 0 ％或者更多一些')).toMatchObject({
      indicator: '全社会固定资产投资增长',
      amount: '10',
      comparator: 'at-least',
    });
    expect(read('今年国民生产总值计划增长百分之八', 1993)).toMatchObject({ indicator: '国民生产总值增长', amount: '8', unit: '%' });
  });

  it('reads the level reached from 从…减少到… and 由…调高到…', () => {
    expect(read('国务院组成部门从4 0 个减少到2 9 个')).toMatchObject({ indicator: '国务院组成部门', amount: '29', unit: '个' });
    expect(read('国民经济增长速度由原定平均每年百分之六调高到百分之八至九', 1993)).toMatchObject({
      indicator: '国民经济增长速度',
      amount: '8',
      amountMax: '9',
      comparator: 'range',
    });
  });

  it('reads 到本世纪末, a year heading its clause and a span of years heading its figure as deadlines', () => {
    expect(read('力争到本世纪末使大多数国有大中型骨干企业初步建立起现代企业制度')).toMatchObject({
      indicator: '大多数国有大中型骨干企业初步建立起现代企业制度',
      modality: 'soft',
      deadline: { year: 2000, by: 'end', raw: '到本世纪末' },
    });
    expect(read('争取１９９７年粮食产量达到４．７５亿吨', 1993)).toMatchObject({
      indicator: '粮食产量',
      amount: '475000000',
      deadline: { year: 1997, by: 'within', raw: '１９９７年' },
    });
    expect(read('五年新增装机容量６５００万千瓦', 1993)).toMatchObject({
      indicator: '新增装机容量',
      deadline: { year: null, by: 'within', raw: '五年' },
    });
    expect(read('2025年的目标')).toBeNull();
  });
});

describe('parseTargetValue: classes found on the training set of unmeasured reports', () => {
  const read = (quote: string, documentYear = 2021) => parseTargetValue(quote, { documentYear });
  const whole = (quote: string, fields: Partial<TargetValue>, documentYear = 2021) =>
    expect(read(quote, documentYear)).toEqual(expected(fields));

  it('reads units of transport work, the metric names of the 1950s, 担 and 枚 as units', () => {
    whole('货物周转量达到1210亿吨公里', { indicator: '货物周转量', amount: '121000000000', unit: '吨公里', scale: '亿' });
    whole('旅客周转量达到二亿四千万人海里', { indicator: '旅客周转量', amount: '240000000', unit: '人海里', scale: '万' });
    whole('住宅达到四千六百万平方公尺', { indicator: '住宅', amount: '46000000', unit: '平方米', scale: '万' });
    whole('蓄水三十八亿立方公尺以上', { indicator: '蓄水', amount: '3800000000', unit: '立方米', scale: '亿', comparator: 'at-least' });
    whole('棉花达到三千二百七十万担', { indicator: '棉花', amount: '32700000', unit: '担', scale: '万' });
    whole('投入生产的纺锭一百六十五万枚', { indicator: '投入生产的纺锭', amount: '1650000', unit: '枚', scale: '万' });
  });

  it('reads a rate as one unit, the scale of what it is per as written', () => {
    whole('人均可支配收入达到5万元/人', { indicator: '人均可支配收入', amount: '50000', unit: '元/人', scale: '万' });
    whole('粮食单产提高到500公斤/亩', { indicator: '粮食单产', amount: '500', unit: '公斤/亩' });
    whole('单位地区生产总值能耗下降到0.5吨标准煤/万元', { indicator: '单位地区生产总值能耗', amount: '0.5', unit: '吨标准煤/万元' });
    whole('新增供水能力20万立方米/日', { indicator: '新增供水能力', amount: '200000', unit: '立方米/日', scale: '万' });
    whole('PM2.5平均浓度控制在35微克/立方米以下', { indicator: 'PM2.5平均浓度', amount: '35', unit: '微克/立方米', comparator: 'at-most' });
  });

  it('leaves adverbs before the change verb, auxiliaries of ability and 共 out of the indicator', () => {
    whole('消费资料的产值则增长百分之七十九点七', { indicator: '消费资料的产值增长', amount: '79.7', unit: '%' });
    whole('产量也将增长百分之三十以上', { indicator: '产量增长', amount: '30', unit: '%', comparator: 'at-least' });
    whole('研究机构即将增加二十三所', { indicator: '研究机构增加', amount: '23', unit: '所' });
    whole('私营商业将占百分之二十一点一', { indicator: '私营商业占', amount: '21.1', unit: '%' });
    whole('发电能力可以达到五十六万千瓦以上', {
      indicator: '发电能力',
      amount: '560000',
      unit: '千瓦',
      scale: '万',
      comparator: 'at-least',
    });
    whole('每年能够出产载重汽车三万辆', { indicator: '每年出产载重汽车', amount: '30000', unit: '辆', scale: '万' });
    whole('办事机构共５９个', { indicator: '办事机构', amount: '59', unit: '个' });
    whole('各项费用将共达五十亿元以上', { indicator: '各项费用', amount: '5000000000', unit: '元', scale: '亿', comparator: 'at-least' });
    whole('公共服务支出增长8%', { indicator: '公共服务支出增长', amount: '8', unit: '%' });
    whole('中央基建投资继续安排3800亿元', { indicator: '中央基建投资', amount: '380000000000', unit: '元', scale: '亿' });
  });

  it('reads 约 before the change verb as around', () => {
    whole('国营商业约增长百分之一百三十三点二', { indicator: '国营商业增长', amount: '133.2', unit: '%', comparator: 'around' });
    whole('就业人数共增加约四百二十万人', { indicator: '就业人数增加', amount: '4200000', unit: '人', scale: '万', comparator: 'around' });
    whole('节约增长5%', { indicator: '节约增长', amount: '5', unit: '%' });
  });

  it('reads the level a figure is held at and what 把 brings forward', () => {
    whole('把总产量稳定在一亿吨的水平上', { indicator: '总产量', amount: '100000000', unit: '吨', scale: '亿' });
    whole(
      '本世纪末把我国人口控制在十二亿以内',
      {
        indicator: '我国人口',
        amount: '1200000000',
        scale: '亿',
        comparator: 'at-most',
        deadline: { year: 2000, by: 'end', raw: '本世纪末' },
      },
      1981,
    );
    whole('基本建设投资缩减为一百一十一亿元', { indicator: '基本建设投资', amount: '11100000000', unit: '元', scale: '亿' });
    whole('基本普及九年义务教育的地区要增加到全国人口的72%', { indicator: '基本普及九年义务教育的地区', amount: '72', unit: '%' });
  });

  it('dates a figure by a year qualifying its noun, and leaves 2025年的目标 undated', () => {
    whole(
      '1957年的工业总产值比1956年将增长百分之四点五',
      {
        indicator: '工业总产值增长',
        amount: '4.5',
        unit: '%',
        deadline: { year: 1957, by: 'within', raw: '1957年' },
        baseline: { year: 1956, raw: '比1956年' },
      },
      1957,
    );
    expect(read('2025年的目标')).toBeNull();
    whole('去年的粮食产量达到1.3万亿斤', { indicator: '去年的粮食产量', amount: '1300000000000', unit: '斤', scale: '万亿' });
  });

  it('reads a baseline said with its level, in a clause of its own, against 今年, and relative to the year due', () => {
    whole(
      '一九五九年的工农业总产值将比一九五八年的二千零五十亿元增长百分之四十',
      {
        indicator: '工农业总产值增长',
        amount: '40',
        unit: '%',
        deadline: { year: 1959, by: 'within', raw: '一九五九年' },
        baseline: { year: 1958, raw: '比一九五八年的二千零五十亿元' },
      },
      1959,
    );
    whole(
      '一九五七年比一九五二年，我国工业总产值将增长百分之九十八点三',
      {
        indicator: '我国工业总产值增长',
        amount: '98.3',
        unit: '%',
        deadline: { year: 1957, by: 'within', raw: '一九五七年' },
        baseline: { year: 1952, raw: '比一九五二年' },
      },
      1955,
    );
    whole('国民收入也安排为比今年增长４％左右', {
      indicator: '国民收入增长',
      amount: '4',
      unit: '%',
      comparator: 'around',
      baseline: { year: 2021, raw: '比今年' },
    });
    whole(
      '一九六五年国家预算收支都比上年增长百分之十以上',
      {
        indicator: '国家预算收支增长',
        amount: '10',
        unit: '%',
        comparator: 'at-least',
        deadline: { year: 1965, by: 'within', raw: '一九六五年' },
        baseline: { year: 1964, raw: '比上年' },
      },
      1964,
    );
    whole('国家预算收入比上年增长10%', { indicator: '国家预算收入增长', amount: '10', unit: '%', baseline: { year: 2020, raw: '比上年' } });
  });

  it('keeps a year inside the starting level and a preposition before a deadline out', () => {
    whole('工农业总产值的增长速度由今年预计的３％提高到４％', { indicator: '工农业总产值的增长速度', amount: '4', unit: '%' }, 1981);
    whole('农业总产值在五年内增长百分之二十三点三', {
      indicator: '农业总产值增长',
      amount: '23.3',
      unit: '%',
      deadline: { year: null, by: 'within', raw: '五年内' },
    });
  });

  it('reads the years an average is taken over as part of the indicator, and a conjunction before the next figure as none', () => {
    whole('五年平均人口自然增长率控制在千分之十三左右', {
      indicator: '五年平均人口自然增长率',
      amount: '13',
      unit: '‰',
      comparator: 'around',
    });
    whole('城乡居民人均收入分别增长6.5%和8%', { indicator: '城乡居民人均收入增长', amount: '6.5', unit: '%' });
  });

  it('reads the modern forms probed beside the training set', () => {
    whole('保持外贸进出口规模在1万亿元以上', {
      indicator: '外贸进出口规模',
      amount: '1000000000000',
      unit: '元',
      scale: '万亿',
      comparator: 'at-least',
    });
    whole('基础养老金最低标准提高20元', { indicator: '基础养老金最低标准提高', amount: '20', unit: '元' });
    whole('最高奖励200万元', { indicator: '奖励', amount: '2000000', unit: '元', scale: '万', comparator: 'at-most' });
    whole('年营业收入1000万元（含）以上', { indicator: '年营业收入', amount: '10000000', unit: '元', scale: '万', comparator: 'at-least' });
    whole('政务服务事项100%网上可办', { indicator: '政务服务事项网上可办', amount: '100', unit: '%' });
    whole('两年内建成10个数据专区', {
      indicator: '建成数据专区',
      amount: '10',
      unit: '个',
      deadline: { year: null, by: 'within', raw: '两年内' },
    });
  });

  it('reads the forms of the second batch: traditional characters, ○ for zero, 在 before a year, 有 before a count, and 一 as "a"', () => {
    whole(
      '參加的農戶將達一千萬戶以上',
      { indicator: '參加的農戶', amount: '10000000', unit: '户', scale: '万', comparator: 'at-least' },
      1954,
    );
    whole('產量達到五千萬噸', { indicator: '產量', amount: '50000000', unit: '吨', scale: '万' }, 1954);
    whole(
      '預計在本年內可以有五十一個重大項目完成建設',
      { indicator: '重大項目完成建設', amount: '51', unit: '个', deadline: { year: 1954, by: 'within', raw: '本年內' } },
      1954,
    );
    whole(
      '這一比重在一九五四年預計將由一九四九年的百分之三十七增加到百分之七十一左右',
      { indicator: '這一比重', amount: '71', unit: '%', comparator: 'around', deadline: { year: 1954, by: 'within', raw: '一九五四年' } },
      1954,
    );
    whole('农户将占全国农户总数的三分之一左右', { indicator: '农户占全国农户总数', amount: '1/3', comparator: 'around' });
    whole('每万人口拥有12件', { indicator: '每万人口拥有', amount: '12', unit: '件' });
    whole(
      '在一九八○年以前，建成一个独立的比较完整的工业体系',
      { indicator: '建成独立的比较完整的工业体系', deadline: { year: 1980, by: 'before', raw: '一九八○年以前' } },
      1975,
    );
    expect(read('形成一套科学完备的管理制度体系')).toBeNull();
    whole('每个县至少建设一个中心', { indicator: '每个县建设中心', amount: '1', unit: '个', comparator: 'at-least' });
    whole('力争做到“只进一扇门”', { indicator: '进门', amount: '1', unit: '扇', modality: 'soft' });
  });

  it('leaves the goal frame 目标 and its 预期 out of the indicator (guidelines §2)', () => {
    whole('城乡居民收入增长目标为6%', { indicator: '城乡居民收入增长', amount: '6', unit: '%' });
    whole('今年国内生产总值预期增长目标定为5%左右', {
      indicator: '国内生产总值增长',
      amount: '5',
      unit: '%',
      comparator: 'around',
      deadline: { year: 2021, by: 'within', raw: '今年' },
    });
  });

  it('reads two numerals joined by 、 as a range, of a figure or of years, but a list of figures as a list', () => {
    whole(
      '八年内使它们提供的商品粮比现在增加两、三倍',
      {
        indicator: '它们提供的商品粮增加',
        amount: '2',
        amountMax: '3',
        unit: '倍',
        comparator: 'range',
        deadline: { year: null, by: 'within', raw: '八年内' },
        baseline: { year: 1978, raw: '比现在' },
      },
      1978,
    );
    whole('新建三、五个示范区', { indicator: '新建示范区', amount: '3', amountMax: '5', unit: '个', comparator: 'range' });
    whole('在两、三年内实现粮食自给自余', { indicator: '粮食自给自余', deadline: { year: null, by: 'within', raw: '两、三年内' } }, 1978);
    expect(read('货物贸易、对外投资和实际利用外资分别占比达30%、20%和10%')?.amountMax).toBeNull();
  });

  it('reads 比现在 and 比目前 as the document year, and 到二十世纪末 as 2000', () => {
    whole('粮食产量比目前增长一倍', { indicator: '粮食产量增长', amount: '1', unit: '倍', baseline: { year: 1981, raw: '比目前' } }, 1981);
    whole(
      '到二十世纪末，我国农业主要产品的单位面积产量要达到或者超过世界先进水平',
      { indicator: '我国农业主要产品的单位面积产量', deadline: { year: 2000, by: 'end', raw: '到二十世纪末' } },
      1978,
    );
  });

  it('reads a share per head written 一人一亩 as a rate, the noun after it counted', () => {
    whole(
      '按农业人口达到一人一亩旱涝保收、高产稳产农田',
      { indicator: '按农业人口旱涝保收、高产稳产农田', amount: '1', unit: '亩/人' },
      1978,
    );
  });

  it('reads years before 计划 or 规划 as naming the plan, and completing and overfulfilling as reaching', () => {
    whole(
      '在一九七五年完成和超额完成第四个五年计划',
      { indicator: '第四个五年计划', deadline: { year: 1975, by: 'within', raw: '一九七五年' } },
      1975,
    );
    expect(read('制订十年长远规划')).toBeNull();
    whole('五年内超额完成造林一亿亩', {
      indicator: '造林',
      amount: '100000000',
      unit: '亩',
      scale: '亿',
      deadline: { year: null, by: 'within', raw: '五年内' },
    });
  });
});
