import type { TargetValue } from '../../../electron/shared/values/valueSchema';

/**
 * Target phrases from the corpus, each as an analyst would tag it (the
 * clause that states the figure), with the value judged right by hand
 * from the quote alone (tests/fixtures/gold/GUIDELINES.md §2).
 */
export interface CorpusTarget {
  file: string;
  year: number;
  quote: string;
  /** The fields that are not null; comparator defaults to 'point' when there is an amount. null: the phrase has no figure and no deadline. */
  value: Partial<TargetValue> | null;
}

const GWR_2018 = 'national_gwr/gwr_2018.txt';
const GWR_2023 = 'national_gwr/gwr_2023.txt';
const ANHUI_2021 = 'local_policy/安徽省人民政府办公厅关于印发支持工业互联网...(FBM-CLI.12.4638041).txt';
const ANHUI_RCEP = 'local_policy/安徽省推进“三地一区”建设领导小组改革开放...(FBM-CLI.12.6476457).txt';
const BAOTOU_2022 = 'local_policy/包头市人民政府办公室关于印发《包头市2022年数...(FBM-CLI.12.5115678).txt';
const BEIJING_2022 = 'local_policy/北京市经济和信息化局印发《关于推进北京市数...(FBM-CLI.12.5679380).txt';

const this2018 = { year: 2018, by: 'within', raw: '今年' } as const;
const all2018 = { year: 2018, by: 'within', raw: '全年' } as const;

/** Every target-like phrase of the plan part of the 2018 report (二、2018年经济社会发展总体要求 and 三、对2018年政府工作的建议). */
export const GWR_2018_TARGETS: CorpusTarget[] = [
  ['国内生产总值增长6.5%左右', { indicator: '国内生产总值增长', amount: '6.5', unit: '%', comparator: 'around' }],
  ['居民消费价格涨幅3%左右', { indicator: '居民消费价格涨幅', amount: '3', unit: '%', comparator: 'around' }],
  ['城镇新增就业1100万人以上', { indicator: '城镇新增就业', amount: '11000000', unit: '人', scale: '万', comparator: 'at-least' }],
  ['城镇调查失业率5.5%以内', { indicator: '城镇调查失业率', amount: '5.5', unit: '%', comparator: 'at-most' }],
  ['城镇登记失业率4.5%以内', { indicator: '城镇登记失业率', amount: '4.5', unit: '%', comparator: 'at-most' }],
  ['单位国内生产总值能耗下降3%以上', { indicator: '单位国内生产总值能耗下降', amount: '3', unit: '%', comparator: 'at-least' }],
  ['今年赤字率拟按2.6%安排，比去年预算低0.4个百分点', { indicator: '赤字率', amount: '2.6', unit: '%', deadline: this2018 }],
  ['财政赤字2.38万亿元', { indicator: '财政赤字', amount: '2380000000000', unit: '元', scale: '万亿' }],
  ['中央财政赤字1.55万亿元', { indicator: '中央财政赤字', amount: '1550000000000', unit: '元', scale: '万亿' }],
  ['地方财政赤字8300亿元', { indicator: '地方财政赤字', amount: '830000000000', unit: '元', scale: '亿' }],
  ['今年全国财政支出21万亿元', { indicator: '全国财政支出', amount: '21000000000000', unit: '元', scale: '万亿', deadline: this2018 }],
  ['中央对地方一般性转移支付增长10.9%', { indicator: '中央对地方一般性转移支付增长', amount: '10.9', unit: '%' }],
  [
    '移动网络流量资费年内至少降低30%',
    {
      indicator: '移动网络流量资费降低',
      amount: '30',
      unit: '%',
      comparator: 'at-least',
      deadline: { year: 2018, by: 'within', raw: '年内' },
    },
  ],
  [
    '今年再压减钢铁产能3000万吨左右',
    { indicator: '压减钢铁产能', amount: '30000000', unit: '吨', scale: '万', comparator: 'around', deadline: this2018 },
  ],
  ['退出煤炭产能1.5亿吨左右', { indicator: '退出煤炭产能', amount: '150000000', unit: '吨', scale: '亿', comparator: 'around' }],
  [
    '淘汰关停不达标的30万千瓦以下煤电机组',
    { indicator: '淘汰关停不达标的煤电机组', amount: '300000', unit: '千瓦', scale: '万', comparator: 'at-most' },
  ],
  ['工程建设项目审批时间再压减一半', { indicator: '工程建设项目审批时间压减', amount: '0.5' }],
  [
    '全年再为企业和个人减税8000多亿元',
    { indicator: '为企业和个人减税', amount: '800000000000', unit: '元', scale: '亿', comparator: 'at-least', deadline: all2018 },
  ],
  ['一般工商业电价平均降低10%', { indicator: '一般工商业电价平均降低', amount: '10', unit: '%' }],
  [
    '全年要为市场主体减轻非税负担3000多亿元',
    { indicator: '为市场主体减轻非税负担', amount: '300000000000', unit: '元', scale: '亿', comparator: 'at-least', deadline: all2018 },
  ],
  [
    '今年安排地方专项债券1.35万亿元，比去年增加5500亿元',
    { indicator: '地方专项债券', amount: '1350000000000', unit: '元', scale: '万亿', deadline: this2018 },
  ],
  [
    '今年再减少农村贫困人口1000万以上',
    { indicator: '减少农村贫困人口', amount: '10000000', scale: '万', comparator: 'at-least', deadline: this2018 },
  ],
  ['完成易地扶贫搬迁280万人', { indicator: '易地扶贫搬迁', amount: '2800000', unit: '人', scale: '万' }],
  ['今年二氧化硫、氮氧化物排放量要下降3%', { indicator: '二氧化硫、氮氧化物排放量下降', amount: '3', unit: '%', deadline: this2018 }],
  ['今年化学需氧量、氨氮排放量要下降2%', { indicator: '化学需氧量、氨氮排放量下降', amount: '2', unit: '%', deadline: this2018 }],
  ['完成造林1亿亩以上', { indicator: '造林', amount: '100000000', unit: '亩', scale: '亿', comparator: 'at-least' }],
  ['耕地轮作休耕试点面积增加到3000万亩', { indicator: '耕地轮作休耕试点面积', amount: '30000000', unit: '亩', scale: '万' }],
  ['新增高标准农田8000万亩以上', { indicator: '新增高标准农田', amount: '80000000', unit: '亩', scale: '万', comparator: 'at-least' }],
  // 新增 is said once for both clauses (新增高标准农田8000万亩以上、高效节水灌溉面积2000万亩), but a value is read from its quote alone.
  ['高效节水灌溉面积2000万亩', { indicator: '高效节水灌溉面积', amount: '20000000', unit: '亩', scale: '万' }],
  ['新建改建农村公路20万公里', { indicator: '新建改建农村公路', amount: '200000', unit: '公里', scale: '万' }],
  ['今年再进城落户1300万人', { indicator: '进城落户', amount: '13000000', unit: '人', scale: '万', deadline: this2018 }],
  ['今年要完成铁路投资7320亿元', { indicator: '铁路投资', amount: '732000000000', unit: '元', scale: '亿', deadline: this2018 }],
  ['公路水运投资1.8万亿元左右', { indicator: '公路水运投资', amount: '1800000000000', unit: '元', scale: '万亿', comparator: 'around' }],
  ['水利在建投资规模达到1万亿元', { indicator: '水利在建投资规模', amount: '1000000000000', unit: '元', scale: '万亿' }],
  ['中央预算内投资安排5376亿元，比去年增加300亿元', { indicator: '中央预算内投资', amount: '537600000000', unit: '元', scale: '亿' }],
  ['整体通关时间再压缩三分之一', { indicator: '整体通关时间压缩', amount: '1/3' }],
  ['居民基本医保人均财政补助标准再增加40元，一半用于大病保险', { indicator: '居民基本医保人均财政补助标准增加', amount: '40', unit: '元' }],
  ['今年开工580万套', { indicator: '开工', amount: '5800000', unit: '套', scale: '万', deadline: this2018 }],
  // Targets without a figure: nothing to compute.
  ['居民收入增长和经济增长基本同步', null],
  ['进出口稳中向好', null],
  ['国际收支基本平衡', null],
  ['主要污染物排放量继续下降', null],
  ['宏观杠杆率保持基本稳定', null],
].map(([quote, value]) => ({ file: GWR_2018, year: 2018, quote, value }) as CorpusTarget);

/** Every target-like phrase of the plan part of the 2023 report (二、对今年政府工作的建议). */
export const GWR_2023_TARGETS: CorpusTarget[] = [
  ['国内生产总值增长5%左右', { indicator: '国内生产总值增长', amount: '5', unit: '%', comparator: 'around' }],
  ['城镇新增就业1200万人左右', { indicator: '城镇新增就业', amount: '12000000', unit: '人', scale: '万', comparator: 'around' }],
  ['城镇调查失业率5.5%左右', { indicator: '城镇调查失业率', amount: '5.5', unit: '%', comparator: 'around' }],
  ['居民消费价格涨幅3%左右', { indicator: '居民消费价格涨幅', amount: '3', unit: '%', comparator: 'around' }],
  ['粮食产量保持在1.3万亿斤以上', { indicator: '粮食产量', amount: '1300000000000', unit: '斤', scale: '万亿', comparator: 'at-least' }],
  ['赤字率拟按3%安排', { indicator: '赤字率', amount: '3', unit: '%' }],
  [
    '今年拟安排地方政府专项债券3.8万亿元',
    {
      indicator: '地方政府专项债券',
      amount: '3800000000000',
      unit: '元',
      scale: '万亿',
      deadline: { year: 2023, by: 'within', raw: '今年' },
    },
  ],
  ['实施新一轮千亿斤粮食产能提升行动', { indicator: '粮食产能提升', amount: '100000000000', unit: '斤', scale: '亿' }],
  ['居民收入增长与经济增长基本同步', null],
  ['进出口促稳提质', null],
  ['国际收支基本平衡', null],
  ['单位国内生产总值能耗和主要污染物排放量继续下降', null],
  ['生态环境质量稳定改善', null],
].map(([quote, value]) => ({ file: GWR_2023, year: 2023, quote, value }) as CorpusTarget);

/** The verb 培育 is said once for three clauses (培育3家…，20家…，100家…); a value is read from its quote alone, so the later two lack it. */

/** Targets of local policies: Anhui's industrial internet plan (2021–2023), Anhui's RCEP plan, Baotou's and Beijing's 2022 digital government tasks. */
export const LOCAL_TARGETS: CorpusTarget[] = [
  [
    ANHUI_2021,
    2021,
    '培育3家在国内具有较强影响力的跨行业、跨领域综合型工业互联网平台',
    { indicator: '培育在国内具有较强影响力的跨行业、跨领域综合型工业互联网平台', amount: '3', unit: '家' },
  ],
  [
    ANHUI_2021,
    2021,
    '20家行业型、专业型、区域型工业互联网平台',
    { indicator: '行业型、专业型、区域型工业互联网平台', amount: '20', unit: '家' },
  ],
  [
    ANHUI_2021,
    2021,
    '100家具有行业示范效应的企业级工业互联网平台',
    { indicator: '具有行业示范效应的企业级工业互联网平台', amount: '100', unit: '家' },
  ],
  [ANHUI_2021, 2021, '新建800个智能工厂、数字化车间', { indicator: '新建智能工厂、数字化车间', amount: '800', unit: '个' }],
  [ANHUI_2021, 2021, '打造100个“5G＋工业互联网”典型应用案例', { indicator: '打造“5G＋工业互联网”典型应用案例', amount: '100', unit: '个' }],
  [ANHUI_2021, 2021, '重点企业生产效率提高20%以上', { indicator: '重点企业生产效率提高', amount: '20', unit: '%', comparator: 'at-least' }],
  [ANHUI_2021, 2021, '新模式应用普及率超过30%', { indicator: '新模式应用普及率', amount: '30', unit: '%', comparator: 'at-least' }],
  [ANHUI_2021, 2021, '新增“皖企登云”企业2万家', { indicator: '新增“皖企登云”企业', amount: '20000', unit: '家', scale: '万' }],
  [
    ANHUI_2021,
    2021,
    '面向3万名专业技术人才和企业高级管理人员开展工业互联网素质提升培训',
    { indicator: '面向专业技术人才和企业高级管理人员开展工业互联网素质提升培训', amount: '30000', unit: '名', scale: '万' },
  ],
  [
    ANHUI_2021,
    2021,
    '推动全省100家企业实施工业互联网网络安全分类分级管理',
    { indicator: '推动全省企业实施工业互联网网络安全分类分级管理', amount: '100', unit: '家' },
  ],
  [ANHUI_2021, 2021, '实现标识注册总量突破5亿', { indicator: '标识注册总量', amount: '500000000', scale: '亿', comparator: 'at-least' }],
  [ANHUI_2021, 2021, '力争全省建成10个二级节点', { indicator: '全省建成二级节点', amount: '10', unit: '个', modality: 'soft' }],
  [
    ANHUI_2021,
    2021,
    '全省培育3家左右在国内具有较强影响力的双跨平台',
    { indicator: '全省培育在国内具有较强影响力的双跨平台', amount: '3', unit: '家', comparator: 'around' },
  ],
  [
    ANHUI_2021,
    2021,
    '每年培育“皖企登云”企业6000家以上',
    { indicator: '每年培育“皖企登云”企业', amount: '6000', unit: '家', comparator: 'at-least' },
  ],
  [
    ANHUI_2021,
    2021,
    '每年滚动实施1000项亿元以上技术改造项目',
    { indicator: '每年滚动实施亿元以上技术改造项目', amount: '1000', unit: '项' },
  ],
  [
    ANHUI_2021,
    2021,
    '引导推动2000家规上工业企业实施技术改造',
    { indicator: '引导推动规上工业企业实施技术改造', amount: '2000', unit: '家' },
  ],
  [
    ANHUI_2021,
    2021,
    '每年推广应用工业机器人8000台以上',
    { indicator: '每年推广应用工业机器人', amount: '8000', unit: '台', comparator: 'at-least' },
  ],
  [ANHUI_2021, 2021, '工业人工智能应用100个以上', { indicator: '工业人工智能应用', amount: '100', unit: '个', comparator: 'at-least' }],
  [
    ANHUI_2021,
    2021,
    '力争每年新增200家企业通过国家数字化转型新型能力评估',
    { indicator: '每年新增企业通过国家数字化转型新型能力评估', amount: '200', unit: '家', modality: 'soft' },
  ],
  [
    ANHUI_2021,
    2021,
    '力争建设10个省级工业互联网创新中心、推广中心、体验中心、实验室等创新服务载体',
    { indicator: '建设省级工业互联网创新中心、推广中心、体验中心、实验室等创新服务载体', amount: '10', unit: '个', modality: 'soft' },
  ],
  [
    ANHUI_RCEP,
    2022,
    '到2024年，全省与其他RCEP国家货物贸易、对外投资和实际利用外资分别占比达30%、20%和10%',
    { indicator: '全省与其他RCEP国家货物贸易占比', amount: '30', unit: '%', deadline: { year: 2024, by: 'end', raw: '到2024年' } },
  ],
  [BAOTOU_2022, 2022, '各级大厅综合一窗率达90%以上', { indicator: '各级大厅综合一窗率', amount: '90', unit: '%', comparator: 'at-least' }],
  [
    BAOTOU_2022,
    2022,
    '组织发布不少于100场群众文化艺术辅导培训课程',
    { indicator: '组织发布群众文化艺术辅导培训课程', amount: '100', unit: '场', comparator: 'at-least' },
  ],
  [
    BAOTOU_2022,
    2022,
    '各部门涉企“双随机"检查事项覆盖率不低于90%',
    { indicator: '各部门涉企“双随机"检查事项覆盖率', amount: '90', unit: '%', comparator: 'at-least' },
  ],
  [
    BAOTOU_2022,
    2022,
    '全市90%的重点领域市场主体纳入自治区市场监管重点领域智慧监管（风险管控）平台',
    { indicator: '全市重点领域市场主体纳入自治区市场监管重点领域智慧监管平台', amount: '90', unit: '%' },
  ],
  [
    BAOTOU_2022,
    2022,
    '全市新增2400户（累计约3600户）大中型餐饮单位纳入“互联网+明厨亮灶"社会共治智慧监管平台',
    { indicator: '全市新增大中型餐饮单位纳入“互联网+明厨亮灶"社会共治智慧监管平台', amount: '2400', unit: '户' },
  ],
  [BAOTOU_2022, 2022, '新增5G基站1000座', { indicator: '新增5G基站', amount: '1000', unit: '座' }],
  [BAOTOU_2022, 2022, '累计建设5G基站4600个', { indicator: '累计建设5G基站', amount: '4600', unit: '个' }],
  [
    BAOTOU_2022,
    2022,
    '力争实现50兆进牧户',
    // What 50兆 measures (bandwidth) is said only in the clause before; the words after the unit are all the quote has.
    { indicator: '进牧户', amount: '50', unit: '兆', modality: 'soft' },
  ],
  [BAOTOU_2022, 2022, '年底前完成全部改造任务', { indicator: '全部改造任务', deadline: { year: 2022, by: 'end', raw: '年底前' } }],
  [
    BEIJING_2022,
    2022,
    '利用2-3年时间，建立健全数据专区配套管理制度',
    { indicator: '建立健全数据专区配套管理制度', deadline: { year: null, by: 'within', raw: '利用2-3年时间' } },
  ],
].map(([file, year, quote, value]) => ({ file, year, quote, value }) as CorpusTarget);

/** Targets of older reports, for the forms they are written in: Chinese numerals, traditional characters, a space before ％. */
export const OLDER_TARGETS: CorpusTarget[] = [
  [
    'national_gwr/gwr_1954.txt',
    1954,
    '今年預計將達二萬五千五百公里',
    { indicator: null, amount: '25500', unit: '公里', deadline: { year: 1954, by: 'within', raw: '今年' } },
  ],
  [
    'national_gwr/gwr_1955.txt',
    1955,
    '五年内修建公路一万公里以上',
    {
      indicator: '修建公路',
      amount: '10000',
      unit: '公里',
      scale: '万',
      comparator: 'at-least',
      deadline: { year: null, by: 'within', raw: '五年内' },
    },
  ],
  [
    'national_gwr/gwr_1955.txt',
    1955,
    '则可以开荒四千万亩到五千万亩',
    { indicator: '开荒', amount: '40000000', amountMax: '50000000', unit: '亩', scale: '万', comparator: 'range' },
  ],
  ['national_gwr/gwr_1959.txt', 1959, '生产一千八百万吨钢', { indicator: '生产钢', amount: '18000000', unit: '吨', scale: '万' }],
  ['national_gwr/gwr_1978.txt', 1978, '粮食产量达到八千亿斤', { indicator: '粮食产量', amount: '800000000000', unit: '斤', scale: '亿' }],
  [
    'national_gwr/gwr_1981.txt',
    1981,
    '力争用二十年的时间使工农业总产值翻两番',
    {
      indicator: '工农业总产值翻',
      amount: '2',
      unit: '番',
      modality: 'soft',
      deadline: { year: null, by: 'within', raw: '用二十年的时间' },
    },
  ],
  ['national_gwr/gwr_1998.txt', 1998, '经济增长速度8 ％', { indicator: '经济增长速度', amount: '8', unit: '%' }],
  [
    'national_gwr/gwr_1998.txt',
    1998,
    '商品零售价格涨幅控制在3 ％以内',
    { indicator: '商品零售价格涨幅', amount: '3', unit: '%', comparator: 'at-most' },
  ],
  [
    'national_gwr/gwr_2008.txt',
    2008,
    '在优化结构、提高效益、降低消耗、保护环境的基础上，国内生产总值增长8%左右',
    { indicator: '国内生产总值增长', amount: '8', unit: '%', comparator: 'around' },
  ],
  [
    'national_gwr/gwr_2008.txt',
    2008,
    '居民消费价格总水平涨幅控制在4.8%左右',
    { indicator: '居民消费价格总水平涨幅', amount: '4.8', unit: '%', comparator: 'around' },
  ],
  [
    'national_gwr/gwr_2013.txt',
    2013,
    '城镇新增就业900万人以上',
    { indicator: '城镇新增就业', amount: '9000000', unit: '人', scale: '万', comparator: 'at-least' },
  ],
  [
    'national_gwr/gwr_2013.txt',
    2013,
    '城镇登记失业率低于4.6%',
    { indicator: '城镇登记失业率', amount: '4.6', unit: '%', comparator: 'at-most' },
  ],
].map(([file, year, quote, value]) => ({ file, year, quote, value }) as CorpusTarget);
