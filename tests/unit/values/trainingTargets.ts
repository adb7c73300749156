import type { CorpusTarget } from './corpusTargets';

/**
 * Training material for the value parser: target phrases from the plan
 * parts of reports that no measured gold file comes from (the first
 * five-year plan of 1955, the plans for 1957, 1959, 1965, 1982 and 1978–1985,
 * goals of the 1993 and 1998 reports and parts of the 1993 and 2008 reports
 * outside their gold regions; then a second batch from 1954, 1955 and 1975), each
 * quoted by the guidelines' span boundaries and valued by hand from the
 * quote alone (tests/fixtures/gold/GUIDELINES.md §2) before the parser was
 * run on them.
 */

const GWR_1954 = 'national_gwr/gwr_1954.txt';
const GWR_1955 = 'national_gwr/gwr_1955.txt';
const GWR_1957 = 'national_gwr/gwr_1957.txt';
const GWR_1959 = 'national_gwr/gwr_1959.txt';
const GWR_1964 = 'national_gwr/gwr_1964.txt';
const GWR_1975 = 'national_gwr/gwr_1975.txt';
const GWR_1978 = 'national_gwr/gwr_1978.txt';
const GWR_1981 = 'national_gwr/gwr_1981.txt';
const GWR_1993 = 'national_gwr/gwr_1993.txt';
const GWR_1998 = 'national_gwr/gwr_1998.txt';
const GWR_2008 = 'national_gwr/gwr_2008.txt';

const fiveYears = { year: null, by: 'within', raw: '五年内' } as const;
const by1957 = { year: 1957, by: 'end', raw: '到一九五七年' } as const;
const since1952 = { year: 1952, raw: '比一九五二年' } as const;
const since1956 = { year: 1956, raw: '比1956年' } as const;
const in1959 = { year: 1959, by: 'within', raw: '一九五九年' } as const;
const since1964 = { year: 1964, raw: '比一九六四年' } as const;
const this2008 = { year: 2008, by: 'within', raw: '今年' } as const;

type Row = readonly [string, number, string, CorpusTarget['value']];

const rows: Row[] = [
  // 1955: the first five-year plan (二、第一个五年计划概要 and the questions after it).
  [
    GWR_1955,
    1955,
    '五年内增加的发电能力为二百零五万千瓦',
    { indicator: '增加的发电能力', amount: '2050000', unit: '千瓦', scale: '万', deadline: fiveYears },
  ],
  [
    GWR_1955,
    1955,
    '五年内投入生产的纺锭为一百六十五万枚',
    { indicator: '投入生产的纺锭', amount: '1650000', unit: '枚', scale: '万', deadline: fiveYears },
  ],
  [GWR_1955, 1955, '五年内增加的年产能力为九万五千吨', { indicator: '增加的年产能力', amount: '95000', unit: '吨', deadline: fiveYears }],
  [
    GWR_1955,
    1955,
    '五年内新建成的铁路干线和支线共四千公里以上',
    { indicator: '新建成的铁路干线和支线', amount: '4000', unit: '公里', comparator: 'at-least', deadline: fiveYears },
  ],
  [
    GWR_1955,
    1955,
    '新增加的通车里程为七千一百公里以上',
    { indicator: '新增加的通车里程', amount: '7100', unit: '公里', comparator: 'at-least' },
  ],
  [
    GWR_1955,
    1955,
    '五年内将新建国营机械化农场九十一个',
    { indicator: '新建国营机械化农场', amount: '91', unit: '个', deadline: fiveYears },
  ],
  [GWR_1955, 1955, '拖拉机站一百九十四个', { indicator: '拖拉机站', amount: '194', unit: '个' }],
  [
    GWR_1955,
    1955,
    '共可蓄水三十八亿立方公尺以上',
    { indicator: '蓄水', amount: '3800000000', unit: '立方米', scale: '亿', comparator: 'at-least' },
  ],
  [GWR_1955, 1955, '钢三百二十二万吨', { indicator: '钢', amount: '3220000', unit: '吨', scale: '万' }],
  [GWR_1955, 1955, '钢材二百四十八万吨', { indicator: '钢材', amount: '2480000', unit: '吨', scale: '万' }],
  [
    GWR_1955,
    1955,
    '发电能力可以达到五十六万千瓦以上',
    { indicator: '发电能力', amount: '560000', unit: '千瓦', scale: '万', comparator: 'at-least' },
  ],
  [GWR_1955, 1955, '抚顺矿务局所属煤矿为九百三十万吨', { indicator: '抚顺矿务局所属煤矿', amount: '9300000', unit: '吨', scale: '万' }],
  [GWR_1955, 1955, '阜新矿务局所属煤矿为八百四十五万吨', { indicator: '阜新矿务局所属煤矿', amount: '8450000', unit: '吨', scale: '万' }],
  [GWR_1955, 1955, '开滦煤矿为九百六十八万吨', { indicator: '开滦煤矿', amount: '9680000', unit: '吨', scale: '万' }],
  [GWR_1955, 1955, '每年能够出产载重汽车三万辆', { indicator: '每年出产载重汽车', amount: '30000', unit: '辆', scale: '万' }],
  [
    GWR_1955,
    1955,
    '我国将能够每年出产五十四匹马力的拖拉机一万五千台',
    { indicator: '我国每年出产五十四匹马力的拖拉机', amount: '15000', unit: '台' },
  ],
  [
    GWR_1955,
    1955,
    '一九五七年比一九五二年，我国工业总产值将增长百分之九十八点三',
    {
      indicator: '我国工业总产值增长',
      amount: '98.3',
      unit: '%',
      deadline: { year: 1957, by: 'within', raw: '一九五七年' },
      baseline: since1952,
    },
  ],
  [GWR_1955, 1955, '现代工业增长百分之一百零四点一', { indicator: '现代工业增长', amount: '104.1', unit: '%' }],
  [
    GWR_1955,
    1955,
    '五年内生产资料的产值将增长百分之一百二十六点五',
    { indicator: '生产资料的产值增长', amount: '126.5', unit: '%', deadline: fiveYears },
  ],
  [GWR_1955, 1955, '消费资料的产值则增长百分之七十九点七', { indicator: '消费资料的产值增长', amount: '79.7', unit: '%' }],
  [
    GWR_1955,
    1955,
    '五年内国营工业的产值增长将为百分之一百三十点一',
    { indicator: '国营工业的产值增长', amount: '130.1', unit: '%', deadline: fiveYears },
  ],
  [
    GWR_1955,
    1955,
    '五年内，农业及其副业的总产值增长百分之二十三点三',
    { indicator: '农业及其副业的总产值增长', amount: '23.3', unit: '%', deadline: fiveYears },
  ],
  [
    GWR_1955,
    1955,
    '农业及其副业的总产值在五年内增长百分之二十三点三',
    { indicator: '农业及其副业的总产值增长', amount: '23.3', unit: '%', deadline: fiveYears },
  ],
  [GWR_1955, 1955, '粮食增长百分之十七点六', { indicator: '粮食增长', amount: '17.6', unit: '%' }],
  [GWR_1955, 1955, '棉花增长百分之二十五点四', { indicator: '棉花增长', amount: '25.4', unit: '%' }],
  [
    GWR_1955,
    1955,
    '五年内扩大播种面积一千一百多万亩',
    { indicator: '扩大播种面积', amount: '11000000', unit: '亩', scale: '万', comparator: 'at-least', deadline: fiveYears },
  ],
  [
    GWR_1955,
    1955,
    '五年内扩大播种面积三千二百多万亩',
    { indicator: '扩大播种面积', amount: '32000000', unit: '亩', scale: '万', comparator: 'at-least', deadline: fiveYears },
  ],
  [
    GWR_1955,
    1955,
    '到一九五七年，铁路货物周转量将达到一千二百一十亿吨公里',
    { indicator: '铁路货物周转量', amount: '121000000000', unit: '吨公里', scale: '亿', deadline: by1957 },
  ],
  [GWR_1955, 1955, '旅客周转量将达到三百二十亿人公里', { indicator: '旅客周转量', amount: '32000000000', unit: '人公里', scale: '亿' }],
  [
    GWR_1955,
    1955,
    '内河轮驳船货物周转量将达到一百五十三亿吨公里',
    { indicator: '内河轮驳船货物周转量', amount: '15300000000', unit: '吨公里', scale: '亿' },
  ],
  [
    GWR_1955,
    1955,
    '沿海轮驳船货物周转量将达到五十七亿五千万吨海里',
    { indicator: '沿海轮驳船货物周转量', amount: '5750000000', unit: '吨海里', scale: '万' },
  ],
  [GWR_1955, 1955, '旅客周转量将达到二亿四千万人海里', { indicator: '旅客周转量', amount: '240000000', unit: '人海里', scale: '万' }],
  [
    GWR_1955,
    1955,
    '民用航空货物周转量将达到八百零五万吨公里',
    { indicator: '民用航空货物周转量', amount: '8050000', unit: '吨公里', scale: '万' },
  ],
  [GWR_1955, 1955, '邮路总长度将达到一百九十七万公里', { indicator: '邮路总长度', amount: '1970000', unit: '公里', scale: '万' }],
  [
    GWR_1955,
    1955,
    '一九五七年全国社会商品零售总额将达到四百九十八亿元左右',
    {
      indicator: '全国社会商品零售总额',
      amount: '49800000000',
      unit: '元',
      scale: '亿',
      comparator: 'around',
      deadline: { year: 1957, by: 'within', raw: '一九五七年' },
    },
  ],
  [GWR_1955, 1955, '国营商业约增长百分之一百三十三点二', { indicator: '国营商业增长', amount: '133.2', unit: '%', comparator: 'around' }],
  [
    GWR_1955,
    1955,
    '合作社营商业约增长百分之二百三十九点五',
    { indicator: '合作社营商业增长', amount: '239.5', unit: '%', comparator: 'around' },
  ],
  [GWR_1955, 1955, '国营商业和合作社营商业将占百分之五十四点九', { indicator: '国营商业和合作社营商业占', amount: '54.9', unit: '%' }],
  [GWR_1955, 1955, '私营商业将占百分之二十一点一', { indicator: '私营商业占', amount: '21.1', unit: '%' }],
  [GWR_1955, 1955, '高等学校在校学生的人数将增长百分之一百二十七', { indicator: '高等学校在校学生的人数增长', amount: '127', unit: '%' }],
  [GWR_1955, 1955, '高级中学在校学生的人数将增长百分之一百七十八', { indicator: '高级中学在校学生的人数增长', amount: '178', unit: '%' }],
  [GWR_1955, 1955, '初级中学在校学生的人数将增长百分之七十八点六', { indicator: '初级中学在校学生的人数增长', amount: '78.6', unit: '%' }],
  [GWR_1955, 1955, '小学学生的人数将增长百分之十八', { indicator: '小学学生的人数增长', amount: '18', unit: '%' }],
  [GWR_1955, 1955, '中国科学院所属的研究机构即将增加二十三所', { indicator: '中国科学院所属的研究机构增加', amount: '23', unit: '所' }],
  [GWR_1955, 1955, '研究人员将增加三千四百人', { indicator: '研究人员增加', amount: '3400', unit: '人' }],
  [
    GWR_1955,
    1955,
    '五年内，就业人数共增加约四百二十万人',
    { indicator: '就业人数增加', amount: '4200000', unit: '人', scale: '万', comparator: 'around', deadline: fiveYears },
  ],
  [
    GWR_1955,
    1955,
    '工人职员的平均工资以货币计算约增长百分之三十三',
    { indicator: '工人职员的平均工资以货币计算增长', amount: '33', unit: '%', comparator: 'around' },
  ],
  [
    GWR_1955,
    1955,
    '国营企业和国家机关所支付的劳动保险基金、医药费、福利费和文化教育费将共达五十亿元以上',
    {
      indicator: '国营企业和国家机关所支付的劳动保险基金、医药费、福利费和文化教育费',
      amount: '5000000000',
      unit: '元',
      scale: '亿',
      comparator: 'at-least',
    },
  ],
  [GWR_1955, 1955, '购买力将增长近一倍', { indicator: '购买力增长', amount: '1', unit: '倍', comparator: 'around' }],
  [GWR_1955, 1955, '五年内病床将增长百分之七十七', { indicator: '病床增长', amount: '77', unit: '%', deadline: fiveYears }],
  [GWR_1955, 1955, '医师人数将增加百分之七十四', { indicator: '医师人数增加', amount: '74', unit: '%' }],

  // 1957: the plan and budget for 1957.
  [
    GWR_1957,
    1957,
    '1957年的国家预算收入比1956年增长近百分之二',
    {
      indicator: '国家预算收入增长',
      amount: '2',
      unit: '%',
      comparator: 'around',
      deadline: { year: 1957, by: 'within', raw: '1957年' },
      baseline: since1956,
    },
  ],
  [GWR_1957, 1957, '国家预算支出比1956年减少百分之四', { indicator: '国家预算支出减少', amount: '4', unit: '%', baseline: since1956 }],
  [
    GWR_1957,
    1957,
    '1957年的工业总产值比1956年将增长百分之四点五',
    { indicator: '工业总产值增长', amount: '4.5', unit: '%', deadline: { year: 1957, by: 'within', raw: '1957年' }, baseline: since1956 },
  ],
  [GWR_1957, 1957, '农业总产值比1956年将增长百分之四点九', { indicator: '农业总产值增长', amount: '4.9', unit: '%', baseline: since1956 }],
  [GWR_1957, 1957, '基本建设投资缩减为一百一十一亿元', { indicator: '基本建设投资', amount: '11100000000', unit: '元', scale: '亿' }],
  [
    GWR_1957,
    1957,
    '农业总产值比1952年将增长26%',
    { indicator: '农业总产值增长', amount: '26', unit: '%', baseline: { year: 1952, raw: '比1952年' } },
  ],

  // 1959: the plan for 1959.
  [
    GWR_1959,
    1959,
    '一九五九年的工农业总产值将比一九五八年的二千零五十亿元增长百分之四十',
    {
      indicator: '工农业总产值增长',
      amount: '40',
      unit: '%',
      deadline: in1959,
      baseline: { year: 1958, raw: '比一九五八年的二千零五十亿元' },
    },
  ],
  [
    GWR_1959,
    1959,
    '工业和手工业总产值为一千六百五十亿元',
    { indicator: '工业和手工业总产值', amount: '165000000000', unit: '元', scale: '亿' },
  ],
  [GWR_1959, 1959, '农业总产值为一千二百二十亿元', { indicator: '农业总产值', amount: '122000000000', unit: '元', scale: '亿' }],
  [GWR_1959, 1959, '产量也将增长百分之三十以上', { indicator: '产量增长', amount: '30', unit: '%', comparator: 'at-least' }],
  [
    GWR_1959,
    1959,
    '一九五九年将生产二百八十万到三百万千瓦',
    { indicator: '生产', amount: '2800000', amountMax: '3000000', unit: '千瓦', scale: '万', comparator: 'range', deadline: in1959 },
  ],
  [
    GWR_1959,
    1959,
    '一九五九年的铁路货物运输量将达到五亿二千万吨',
    { indicator: '铁路货物运输量', amount: '520000000', unit: '吨', scale: '万', deadline: in1959 },
  ],
  [
    GWR_1959,
    1959,
    '交通部直属企业的货物运输量将达到三千五百万吨',
    { indicator: '交通部直属企业的货物运输量', amount: '35000000', unit: '吨', scale: '万' },
  ],
  [
    GWR_1959,
    1959,
    '一九五九年的社会商品零售总额将达到六百五十亿元',
    { indicator: '社会商品零售总额', amount: '65000000000', unit: '元', scale: '亿', deadline: in1959 },
  ],

  // 1964: the plan and budget for 1965.
  [
    GWR_1964,
    1964,
    '农业总产值比一九六四年增长百分之五左右',
    { indicator: '农业总产值增长', amount: '5', unit: '%', comparator: 'around', baseline: since1964 },
  ],
  [
    GWR_1964,
    1964,
    '工业总产值比一九六四年增长百分之十一左右',
    { indicator: '工业总产值增长', amount: '11', unit: '%', comparator: 'around', baseline: since1964 },
  ],
  [
    GWR_1964,
    1964,
    '一九六五年国家预算收支都比上年增长百分之十以上',
    {
      indicator: '国家预算收支增长',
      amount: '10',
      unit: '%',
      comparator: 'at-least',
      deadline: { year: 1965, by: 'within', raw: '一九六五年' },
      baseline: { year: 1964, raw: '比上年' },
    },
  ],

  // 1978: the ten-year plan to 1985.
  [
    GWR_1978,
    1978,
    '农业主要作业机械化水平达到百分之八十五以上',
    { indicator: '农业主要作业机械化水平', amount: '85', unit: '%', comparator: 'at-least' },
  ],
  [
    GWR_1978,
    1978,
    '到一九八五年，粮食产量达到八千亿斤',
    { indicator: '粮食产量', amount: '800000000000', unit: '斤', scale: '亿', deadline: { year: 1985, by: 'end', raw: '到一九八五年' } },
  ],
  [GWR_1978, 1978, '钢产量六千万吨', { indicator: '钢产量', amount: '60000000', unit: '吨', scale: '万' }],
  [
    GWR_1978,
    1978,
    '农业总产值每年要增长百分之四到五',
    { indicator: '农业总产值每年增长', amount: '4', amountMax: '5', unit: '%', comparator: 'range' },
  ],
  [
    GWR_1978,
    1978,
    '工业总产值每年要增长百分之十以上',
    { indicator: '工业总产值每年增长', amount: '10', unit: '%', comparator: 'at-least' },
  ],

  // 1981: the oil plan, the population goal and the plan for 1982.
  [GWR_1981, 1981, '近几年把总产量稳定在一亿吨的水平上', { indicator: '总产量', amount: '100000000', unit: '吨', scale: '亿' }],
  [
    GWR_1981,
    1981,
    '本世纪末把我国人口控制在十二亿以内',
    {
      indicator: '我国人口',
      amount: '1200000000',
      scale: '亿',
      comparator: 'at-most',
      deadline: { year: 2000, by: 'end', raw: '本世纪末' },
    },
  ],
  [GWR_1981, 1981, '工农业总产值的增长速度由今年预计的３％提高到４％', { indicator: '工农业总产值的增长速度', amount: '4', unit: '%' }],
  [
    GWR_1981,
    1981,
    '国民收入也安排为比今年增长４％左右',
    { indicator: '国民收入增长', amount: '4', unit: '%', comparator: 'around', baseline: { year: 1981, raw: '比今年' } },
  ],
  [GWR_1981, 1981, '消费部分增长５．７％', { indicator: '消费部分增长', amount: '5.7', unit: '%' }],
  [GWR_1981, 1981, '社会商品零售总额增长８％', { indicator: '社会商品零售总额增长', amount: '8', unit: '%' }],
  [GWR_1981, 1981, '积累部分增长３．２％', { indicator: '积累部分增长', amount: '3.2', unit: '%' }],
  [GWR_1981, 1981, '国家预算内直接安排的投资增长５．７％', { indicator: '国家预算内直接安排的投资增长', amount: '5.7', unit: '%' }],
  [
    GWR_1981,
    1981,
    '教育、科学、文化、卫生、体育等事业费用的支出增长５．９％',
    { indicator: '教育、科学、文化、卫生、体育等事业费用的支出增长', amount: '5.9', unit: '%' },
  ],

  // 1993: the five-year goals, and the government reform of part 三.
  [
    GWR_1993,
    1993,
    '争取１９９７年粮食产量达到４．７５亿吨',
    {
      indicator: '粮食产量',
      amount: '475000000',
      unit: '吨',
      scale: '亿',
      modality: 'soft',
      deadline: { year: 1997, by: 'within', raw: '１９９７年' },
    },
  ],
  [
    GWR_1993,
    1993,
    '争取城镇居民人均生活费收入平均每年实际增长百分之五左右',
    { indicator: '城镇居民人均生活费收入平均每年实际增长', amount: '5', unit: '%', comparator: 'around', modality: 'soft' },
  ],
  [
    GWR_1993,
    1993,
    '农村居民人均纯收入平均每年实际增长百分之四至百分之五',
    { indicator: '农村居民人均纯收入平均每年实际增长', amount: '4', amountMax: '5', unit: '%', comparator: 'range' },
  ],
  [GWR_1993, 1993, '国务院的部委和直属机构、办事机构共５９个', { indicator: '国务院的部委和直属机构、办事机构', amount: '59', unit: '个' }],
  [
    GWR_1993,
    1993,
    '各级国家机关工作人员总数减少幅度在百分之二十五左右',
    { indicator: '各级国家机关工作人员总数减少幅度', amount: '25', unit: '%', comparator: 'around' },
  ],
  [
    GWR_1993,
    1993,
    '五年平均人口自然增长率控制在千分之十三左右',
    { indicator: '五年平均人口自然增长率', amount: '13', unit: '‰', comparator: 'around' },
  ],

  // 1998: the plan for 1998.
  [
    GWR_1998,
    1998,
    '争取今年再有1 0 0 0 万以上贫困人口解决温饱问题',
    {
      indicator: '贫困人口解决温饱问题',
      amount: '10000000',
      scale: '万',
      comparator: 'at-least',
      modality: 'soft',
      deadline: { year: 1998, by: 'within', raw: '今年' },
    },
  ],

  // 2008: part （六） on, outside the gold region.
  [
    GWR_2008,
    2008,
    '用两年时间将筹资标准由每人每年50元提高到100元',
    { indicator: '筹资标准', amount: '100', unit: '元', deadline: { year: null, by: 'within', raw: '用两年时间' } },
  ],
  [
    GWR_2008,
    2008,
    '中央和地方财政对参合农民的补助标准由40元提高到80元',
    { indicator: '中央和地方财政对参合农民的补助标准', amount: '80', unit: '元' },
  ],
  [
    GWR_2008,
    2008,
    '今年中央财政将安排832亿元',
    { indicator: '中央财政', amount: '83200000000', unit: '元', scale: '亿', deadline: this2008 },
  ],
  [
    GWR_2008,
    2008,
    '今年中央财政将安排2762亿元',
    { indicator: '中央财政', amount: '276200000000', unit: '元', scale: '亿', deadline: this2008 },
  ],
  [
    GWR_2008,
    2008,
    '今年中央用于廉租住房制度建设的资金68亿元',
    { indicator: '中央用于廉租住房制度建设的资金', amount: '6800000000', unit: '元', scale: '亿', deadline: this2008 },
  ],

  // A second batch, valued before the parser was run on it: the 1954 report in traditional characters, more of 1955, and 1975.
  [
    GWR_1954,
    1954,
    '這一比重在一九五四年預計將由一九四九年的百分之三十七增加到百分之七十一左右',
    { indicator: '這一比重', amount: '71', unit: '%', comparator: 'around', deadline: { year: 1954, by: 'within', raw: '一九五四年' } },
  ],
  [
    GWR_1954,
    1954,
    '預計在本年內可以有五十一個重大項目完成建設',
    { indicator: '重大項目完成建設', amount: '51', unit: '个', deadline: { year: 1954, by: 'within', raw: '本年內' } },
  ],
  [
    GWR_1954,
    1954,
    '參加的農戶將達一千萬戶以上',
    { indicator: '參加的農戶', amount: '10000000', unit: '户', scale: '万', comparator: 'at-least' },
  ],
  [
    GWR_1955,
    1955,
    '参加现有的初级形式的农业生产合作社的农户将占全国农户总数的三分之一左右',
    { indicator: '参加现有的初级形式的农业生产合作社的农户占全国农户总数', amount: '1/3', comparator: 'around' },
  ],
  [GWR_1955, 1955, '扩大耕地面积三千八百六十八万亩', { indicator: '扩大耕地面积', amount: '38680000', unit: '亩', scale: '万' }],
  [
    GWR_1955,
    1955,
    '完成一亿亩以上荒地的勘察工作',
    { indicator: '荒地的勘察工作', amount: '100000000', unit: '亩', scale: '亿', comparator: 'at-least' },
  ],
  [
    GWR_1955,
    1955,
    '至少完成四千万亩到五千万亩荒地开垦的规划设计工作',
    { indicator: '荒地开垦的规划设计工作', amount: '40000000', amountMax: '50000000', unit: '亩', scale: '万', comparator: 'range' },
  ],
  [GWR_1955, 1955, '猪肉增长百分之五十七', { indicator: '猪肉增长', amount: '57', unit: '%' }],
  [GWR_1955, 1955, '食用植物油增长百分之六十五点九', { indicator: '食用植物油增长', amount: '65.9', unit: '%' }],
  [
    GWR_1975,
    1975,
    '在一九八○年以前，建成一个独立的比较完整的工业体系和国民经济体系',
    { indicator: '建成独立的比较完整的工业体系和国民经济体系', deadline: { year: 1980, by: 'before', raw: '一九八○年以前' } },
  ],
];

export const TRAINING_TARGETS: CorpusTarget[] = rows.map(([file, year, quote, value]) => ({ file, year, quote, value }));
