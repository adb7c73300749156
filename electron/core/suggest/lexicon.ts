/**
 * The words the cue table is written in, as regular-expression fragments
 * over folded text (characterFold.ts: ASCII digits and punctuation, every
 * double quotation mark as "). Kept apart from the table so that each rule
 * reads as a phrase of these words, and a word added here serves every rule
 * that names it.
 */

const words = (list: readonly string[]): string => `(?:${[...list].sort((a, b) => b.length - a.length).join('|')})`;

/** A number as the reports write a target's: Arabic (1,200, 6.5, 2-3), half, a fraction, 百分之X. Chinese numerals alone are mostly not quantities (一批, 三大行动). */
const NUMBER = String.raw`(?:(?<![a-z\d.])\d+(?:[.,]\d+)*(?:\s*[-—~至到]\s*\d+(?:\.\d+)?)?|一半|[一二三四五六七八九十]+分之[一二三四五六七八九十]+|百分之[\d一二三四五六七八九十点.]+)`;

/** Multipliers written between the number and its unit. */
const SCALE = words(['万亿', '千亿', '百亿', '亿', '千万', '百万', '十万', '万', '千', '百']);

/** Units a target counts in; 年 is left out, because a number before it is a year or a term of a rule (延长30年), not an amount. */
const UNIT = words([
  '%',
  '‰',
  '个百分点',
  '元',
  '人次',
  '人',
  '公斤',
  '千克',
  '斤',
  '吨',
  '亩',
  '平方米',
  '平方公里',
  '公里',
  '千米',
  '千瓦时',
  '千瓦',
  '立方米',
  '标准箱',
  '个',
  '家',
  '套',
  '座',
  '所',
  '项',
  '条',
  '户',
  '辆',
  '台',
  '张',
  '倍',
  '小时',
  '天',
  '分钟',
  '处',
  '间',
  '栋',
  '场',
  '件',
  '种',
  '名',
  '位',
  '艘',
  '架',
  '兆瓦',
  '千瓦',
  '床',
  '公顷',
]);

/** Comparators after the unit (多 and 余 come before it: 8000多亿元), 或者更多一些 (10％或者更多一些) among them. */
const COMPARATOR_AFTER = words(['左右', '以上', '以内', '以下', '上下', '或者更多一些', '或更多']);

/** 百分之X, a percentage written out (百分之五左右, 百分之四至百分之五, 百分之八至九), which needs no unit after it. */
const PERCENT = '百分之[\\d一二三四五六七八九十点.]+';

/** Verbs of cutting that 一半 is the amount of (审批时间再压减一半); elsewhere 一半 is a share of something else (一半用于大病保险). */
const HALVED = words(['压减', '减少', '缩短', '压缩', '下降', '降低', '减半', '提高']);

/**
 * A number in Chinese numerals with its scale (八千亿, 六千万, 一亿, 十二亿), as the older reports write their figures: with the
 * scale it is a quantity, where a Chinese numeral alone mostly counts kinds (三大行动, 十条方针); not before the noun it
 * measures, which names a stock referred to (用好一亿吨石油, 十亿以上人口的生活) rather than a figure to reach. The first
 * numeral is matched before looking back (no numeral before it), so that most positions fail at once.
 */
const CHINESE_SCALED =
  '[一二两三四五六七八九十百千零〇](?<![一二两三四五六七八九十百千零〇]{2})[一二两三四五六七八九十百千零〇]*(?:点[〇零一二三四五六七八九]+)?[多余]?(?:万亿|亿|万)';

/**
 * A quantity: number, vague-more, scale, unit, comparator (a scale without a
 * unit only before a comparator: 减少农村贫困人口1000万以上); 一半 after a
 * verb of cutting, and fractions, stand without a unit.
 */
export const QUANTITY = String.raw`(?:${NUMBER}[多余]?(?:${SCALE}?${UNIT}${COMPARATOR_AFTER}?|${SCALE}${COMPARATOR_AFTER})|${CHINESE_SCALED}(?:${UNIT}${COMPARATOR_AFTER}?|${COMPARATOR_AFTER})(?![^,;:。!?\\s的])|${PERCENT}(?:至${PERCENT}|至[\d一二三四五六七八九十点.]+)?${COMPARATOR_AFTER}?|(?<=${HALVED})一半|[一二三四五六七八九十]+分之[一二三四五六七八九十]+)`;

/**
 * A scaled number without a unit and the people or households it counts
 * (再解决3200万农村人口的安全饮水问题, 增加500万农村沼气用户, 再扫除350万青壮年文盲):
 * the noun names what is counted, a few words after the figure and its comparator.
 */
export const COUNTED_PEOPLE = String.raw`${NUMBER}[多余]?${SCALE}(?:以上|左右)?[^,;:。!?\s\d]{0,6}?(?:人口|用户|农户|家庭|居民|群众|学生|职工|文盲)`;

/** Measure words after which the noun names what is counted (新建800个智能工厂, 打造2座“十亿元级”税收楼宇). */
export const COUNTER = '[个座家所套项条户辆台张处间栋场件种名位艘架]';

/** Modality cues that open a goal (guidelines §2: the cue is inside the span). */
export const GOAL_CUE = words(['确保', '力争', '争取', '努力', '务必', '力求']);

/** States a goal cue may aim at besides STATE's (确保数据依法合规使用, 确保他们基本生活水平不因物价上涨而下降, 力争农民收入增加). */
export const GOAL_STATE = `(?:${words(['依法合规', '得到有效控制', '合理区间'])}|不(?:因[^,;:。!?]{1,10}?而)?(?:下降|降低|减少)$|(?<=收入|产量|效益|利润)(?:增加|增长)$)`;

/** Verbs of activity that open a clause naming what is done, not a state reached (促进外商投资稳定增长). */
export const ACTIVITY = words(['促进', '推动', '推进', '加快', '支持', '鼓励', '引导', '加强', '扩大']);

/** Words of reaching that lead a qualitative target. */
export const REACH = words(['实现', '达到', '突破', '保持在', '控制在', '不低于', '做到']);

/** Predicates of a checkable state (guidelines §2, qualitative targets). */
export const STATE = words([
  '基本同步',
  '同步',
  '进一步改善',
  '基本平衡',
  '基本稳定',
  '稳中向好',
  '继续下降',
  '实质性进展',
  '稳定增长',
  '全面完成',
  '总体改善',
  '有效控制',
  '有序有效防控',
  '全覆盖',
  '合理区间',
  '有所改善',
  '保值增值',
  '摆脱困境',
  '不突破预算',
  '得到恢复',
]);

/**
 * Measure verbs that govern a policy instrument (guidelines §4), compounds
 * first so that the longest is taken.
 */
export const MEASURE_VERB = words([
  '建立健全',
  '健全完善',
  '改革完善',
  '推进落实',
  '贯彻实施',
  '贯彻落实',
  '组织实施',
  '制定实施',
  '复制推广',
  '清理调整',
  '梳理建立',
  '梳理形成',
  '落实落细',
  '坚持和完善',
  '落实和完善',
  '出台实施',
  '编制和实施',
  '编制实施',
  '组织编制',
  '编制、维护',
  '编制、发布',
  '预编形成',
  '编制(?!要求|管理|部门|指南)',
  '制定实施好',
  '组织实施好',
  '落实好',
  '实施好',
  '执行好',
  '贯彻好',
  // 组织 after the kind of body it names (社会组织, 非法人组织) is the noun.
  '(?<!社会|法人|其他|群众|基层|合作|行业|国际|党)组织',
  '给予',
  '实施',
  '实行',
  '试行',
  '推行',
  '执行',
  '落实',
  '贯彻',
  '出台',
  '制定',
  // The older reports' spelling of 制定 (制订全国的…土地利用总体规划).
  '制订',
  '建立',
  '构建',
  '健全',
  '完善',
  '改进',
  // 改革 before 方案, 后 or 要 is the noun (机构改革方案, 改革后的机构, 这次机构改革要…).
  '改革(?!方案|后|要)',
  '深化',
  '推进',
  '推动',
  '推开',
  '推广',
  '开展',
  '启动',
  '设立',
  '探索',
  '创新',
  '采取',
  '用好',
  '抓好',
  '搞好',
  '做好',
]);

/** Head nouns of instruments: documents, systems, mechanisms, policies, reforms, pilots, campaigns, strategies. */
export const INSTRUMENT = words([
  '办法',
  '意见',
  '指导意见',
  '(?<!解决)方案',
  '规定',
  '细则',
  '条例',
  '规划',
  '规划纲要',
  // 有计划(地) is "in a planned way", no plan.
  '(?<!有)计划(?!生育|免疫|单列)',
  '清单',
  '制度',
  '机制',
  '体制',
  '体制机制',
  '体系',
  '责任制',
  '负责制',
  '专班',
  '政策',
  '政策框架',
  '政策措施',
  '措施',
  '举措',
  '改革',
  '改革试点',
  '试点',
  '行动',
  '战略',
  '专项治理',
  '专项斗争',
  '主题教育',
  '活动',
  '运动',
  // An emulation drive run as a campaign (开展比学赶帮竞赛, 开展社会主义劳动竞赛).
  '竞赛',
  '模式',
  '规范',
  '规程',
  '标准规范',
  '责任',
  '基金',
  '承诺制',
  '指南',
  '倡议',
  '纲要',
  '负面清单',
  '注册制',
  '公司制',
  '代理制',
  '(?<=登记|确认|备案|核准|审批|许可|准入|报告|公示)制',
  // Any other system named …制 at the end of its phrase (股分制, 劳动合同制, 财政包干制, 职工代表大会制), but not 控制, 限制, 编制 and the like.
  '(?<![控抑限遏克研压编])制(?=$|[、和等])',
  '目录',
  '加分',
  '积分',
  '专项(?:发展)?资金',
  '发展资金',
  '保护价',
  '限价',
  '对口支援',
  '绿色通道',
  '预案',
  '法规标准',
  '标准(?!化)',
  '(?<!的)基本国策',
  // A roster of providers (服务商资源池) is a list; a pool of data to be built is a facility, a project (GUIDELINES §5).
  '(?<!数据)资源池',
  '名录',
  '法律法规',
  '法规',
  '规则',
  // A law named at the end of its phrase (贯彻执行专利法), not a way or a practice (方法, 做法, 办法 is its own).
  '(?<=[\\u4e00-\\u9fff]{2})(?<![做方想看说办执依立守])法(?=$|[、和等])',
  '协定',
  '协议',
]);

/** Measure verbs on a parameter (guidelines §4) and the parameters they change. */
export const PARAMETER_VERB = words([
  '清理规范',
  '缩短',
  '开征',
  '免征',
  '减征',
  '列入',
  '清理',
  '增加',
  '开放',
  '终止',
  '缩减',
  '划定',
  '纳入',
  '提高',
  '降低',
  '调低',
  '下调',
  '扩大',
  '扩展',
  '取消',
  '放宽',
  '放开',
  '调整',
  '压减',
  '延长',
  '统一',
  '严禁',
  '禁止',
]);
export const PARAMETER = words([
  '领域开放',
  '市场准入',
  '收费',
  '证明',
  '许可证',
  '保障水平',
  '扣除',
  '红线',
  '限迁政策',
  '考核体系',
  '考核',
  '标准(?!化)',
  '范围',
  '比例',
  '价格',
  '费用',
  '(?<!消)费(?!用)',
  '税率',
  '税率水平',
  '关税',
  '上限',
  '起征点',
  '限制(?!口)',
  '覆盖面',
  '门票价格',
  '准入标准',
  '基础养老金',
  '养老金',
  '补贴种类',
  '门槛',
  '(?<!扩大)试点',
  '补贴',
  '直补',
  '补助',
  '收购价',
  '(?<=税)使用方向',
  '(?<![所得欠非两])税(?![收务制率法源])',
  '基金(?!\\d)',
  '许可(?!证)',
  '审批',
  '检验',
  '年限',
  '时限',
  '期限',
  '(?<=对外开放)领域',
  '(?<=开放[^,;:。!?]{0,10})市场',
]);

/** Verbs that build, stage or win a project (guidelines §3); they stay out of its span. */
export const BUILD_VERB = words([
  '规划建设',
  '加快建设',
  '开工建设',
  '建设',
  '建成',
  '开工',
  '新建',
  '扩建',
  '搭建',
  '组建',
  '共建',
  '申建',
  '开通',
  '开行',
  '改建',
  '兴建',
  '开办',
  '办成',
  '打造',
  '创建',
  '争创',
  '筹建',
  '启动',
  '布局',
  '培育',
  '设立',
  '推进',
  '实施',
  '办好',
  '举办',
  '筹办',
  '承办',
  '引进',
  '投向',
  '落地',
  '谋划',
  '改造提升',
  '升级建设',
  '升级',
  '构建',
  '搞好',
]);

/** Head nouns of named works that are projects under a building verb. */
export const WORK = words([
  '号线',
  '快速路',
  '立交桥',
  '大桥',
  '隧道',
  '机场',
  '园区',
  '产业园',
  '基地',
  '中心',
  '平台',
  '工程',
  '示范区',
  '新区',
  '特区',
  '(?<![工药])厂',
  '学院',
  '自由贸易港',
  '实验室',
  '优势区',
  '重大项目',
  '重点项目',
  '项目',
  '步行街',
  '专区',
  '产区',
  '港口',
  '水利枢纽',
  '枢纽工程',
  '实验室',
  '试验区',
  '保税区',
  '集聚区',
  '合作区',
  '先行区',
  '产业区',
  '新城',
  '货站',
  '专用通道',
  // Routes, crossings and stores of trade and transport built or opened (中欧班列, 国际航线, 海外仓), and works of water and power;
  // a bare 铁路 or 高速公路 is a kind of infrastructure, and the rules want a name before the head.
  '班列',
  '航线',
  '口岸',
  '海外仓',
  '物流园',
  '码头',
  '航道',
  '水库',
  '灌区',
  '电站',
  '铁路',
  '高速公路',
  '示范园',
  '孵化器',
  '系统(?!性|化|推进|集成|工程)',
  '资源库',
  '资源池',
  '数据库',
  '外网',
  '模块',
  '自助终端',
]);

/** Head nouns of named infrastructure, a project wherever it is named. */
export const NAMED_INFRASTRUCTURE = words(['号线', '快速路', '立交桥', '大桥', '隧道', '机场', '水利枢纽(?:工程)?']);

/** Verbs that stage an event (GUIDELINES §3: events others hold are not projects). */
export const STAGING = words(['办好', '举办', '筹办', '承办', '组织好', '做好', '主办']);

/** Events the government stages. */
export const EVENT = words([
  '博览会',
  '进口博览会',
  '峰会',
  '论坛',
  '论坛年会',
  '冬奥会',
  '冬残奥会',
  '运动会',
  '交易会',
  '大会',
  '庆祝活动',
  '纪念活动',
]);

/** Heads after a quoted campaign name (“项目管家”服务, “点菜单”式模式). */
export const CAMPAIGN_HEAD = words(['服务', '模式', '机制', '计划', '年', '行动', '改革', '活动', '工程', '建设']);

/** Characters a name may hold: anything but clause punctuation and the enumeration comma. */
export const NAME_CHAR = '[^,;:。!?、\\s]';
/** Characters a project's name may hold: a name's, but not 和/及/与, which join two names. */
export const PROJECT_NAME_CHAR = '[^,;:。!?、\\s和及与]';
/** Characters a phrase in one clause may hold, the enumeration comma included. */
export const CLAUSE_CHAR = '[^,;:。!?\\n]';
