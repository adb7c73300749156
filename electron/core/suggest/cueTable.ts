import {
  ACTIVITY,
  BUILD_VERB,
  CAMPAIGN_HEAD,
  CLAUSE_CHAR,
  COUNTED_PEOPLE,
  COUNTER,
  EVENT,
  GOAL_CUE,
  GOAL_STATE,
  INSTRUMENT,
  MEASURE_VERB,
  NAME_CHAR,
  NAMED_INFRASTRUCTURE,
  PROJECT_NAME_CHAR,
  STAGING,
  PARAMETER,
  PARAMETER_VERB,
  QUANTITY,
  REACH,
  STATE,
  WORK,
} from './lexicon';
import { DEADLINE_CLAUSE } from './clauses';

/** The tags the rules suggest; `achievement` is made from target rules in the review part, never by a rule of its own. */
export type RuleTag = 'target' | 'project' | 'policy';

/**
 * One cue pattern. It runs over one folded clause at a time; the span is its
 * `span` group where it has one (the words before it are context that must be
 * there but stays out, as a project's building verb does), else the whole
 * match. `trim` names words that may open a match but never a span (topic
 * words, adverbs, verbs), stripped from its start as often as they occur.
 */
export interface CueRule {
  id: string;
  tag: RuleTag;
  pattern: string;
  score: number;
  trim?: string;
  /**
   * A fragment the clause must contain before the pattern is tried. For most
   * rules the pattern demands it anyway, and this one cheap search skips the
   * clauses a pattern opening with a lazy run would be tried at every start
   * of; for some it is a condition of its own (project.event's staging verb
   * keeps "…代表大会…" out; policy.veto.bare, target.deadlineLed).
   */
  requires?: string;
  /** A veto: its matches suggest nothing, but remove the suggestions of its tag they overlap in the clause. */
  veto?: true;
}

/** Words that may open a goal's clause before its deadline and stay out of it (我们要在一九七五年完成…, 保证到一九八○年把…). */
const OPENER = '(?:我们|我国)?(?:要|必须|保证|将)';
/** A year the goal is due in, after 在 (在一九七五年, 在2025年前). */
const YEAR_AT = '在(?:\\d{4}|[〇○零一二三四五六七八九]{4})年(?:以前|之前|前|内|底|末)?';
/** Topic words before a goal statement that are not part of it (guidelines §2 boundaries), the adverb 逐步 and the causative 使. */
const TOPIC = '(?:首先|其中|同时|并且|并|还要|另外|此外|既要|又要|也要|要|逐步|底线是|重点是|核心是|使)';
/** Prepositions that open a measure's own phrase before its verb (GUIDELINES §4: 按照三档并两档方向调整税率水平, 对具备条件的大中型企业实行规范的公司制). */
const PREPOSED = '(?:按照|结合|对(?!外|于))';
/** A level raised or lowered to another (由240元提高到280元): the target runs to the level reached. */
const RAISED_TO = '(?:提高|调高|增加|提升|降低|调低|下降|减少|扩大|压缩|缩短)(?:到|至)';
/** Adverbs and verbs before a project's name (guidelines §3: the verb stays out). */
const BEFORE_NAME = `(?:加快|全力|高效|加速|抓紧|积极|大力|全面|持续|扎实|有序|先行|推动|保障|和|深化|${BUILD_VERB})`;
/** A project's name: no 和/及/与, which join two names (现代农业产业园和特色农产品优势区), and not opening with 的, 依托 (an existing facility used) or 为 (以经济建设为中心). */
const PROJECT_NAME = `(?!的|依托|为)${PROJECT_NAME_CHAR}`;
/**
 * Modifiers joined by 和 before the one head they share, part of the name (一批淡水和海洋渔业基地, 具有物流、分拣和监管集成功能的航空货站,
 * 节能减排重大技术和示范工程): what stands before the 和 names no work or instrument itself, else the 和 joins two names
 * (现代农业产业园和特色农产品优势区, …奖励制度和少生快富工程); modifiers listed with 、 join only in a phrase closed by 的 before the
 * head, else they are items of a list (管理、运行和维护…中心, 经济发展预测、总量调控和重大项目).
 */
const JOINED_MODIFIERS = `(?:(?!的)(?:(?:(?!${WORK}|${INSTRUMENT})[^,;:。!?\\s和及与、]){1,12}和|(?:(?!${WORK})[^,;:。!?\\s和及与]|、){1,30}?和(?=[^,;:。!?\\s]{1,20}?的)))?`;
/** Where a work's head noun is a modifier of something else (国际消费中心城市, 企业投资项目承诺制, 建设项目审批, 资本项目可兑换, 综合保税区政策). */
const NOT_A_WORK_END = '(?!城市|承诺|审批|核准|可兑换|环节|政策)';
/** An item of a list of names sharing a head: two to four characters, not itself ending in a work's head. */
const LIST_ITEM = '[^,;:。!?、\\s和及与等]{2,4}(?<![园区心台地港])';

/**
 * The rule table, by tag. Scores rank the rules' precision as measured on
 * the `rules` gold files: where two rules of one tag overlap, the higher
 * score's span is kept.
 */
export const CUE_TABLE: readonly CueRule[] = [
  // Targets: a figure set to be reached, from the clause's first word of the goal to its comparator or unit.
  // A figure before the noun it counts takes the noun in, to the clause's end (打造2座“十亿元级”税收楼宇), and so does a red line's (严守18亿亩耕地红线);
  // one before 的 qualifies the noun (6.5%左右的增速), unless the noun is the goal itself (把我国人口控制在12亿左右的目标); a level raised 由…提高到… runs to the level reached,
  // and a level kept (把总产量稳定在一亿吨的水平上) to its 水平.
  {
    id: 'target.quantity',
    tag: 'target',
    pattern: `(?:^\\s*(?:${DEADLINE_CLAUSE}),)?${CLAUSE_CHAR}*?${QUANTITY}(?:${RAISED_TO}${QUANTITY}|安排|的水平上?|(?<=${COUNTER})${CLAUSE_CHAR}{1,24}$|${NAME_CHAR}{1,6}(?:红线|底线)$)?(?!的(?!目标|任务)|左右|以上|以下|以内|上下)`,
    score: 0.7,
    trim: TOPIC,
    requires: QUANTITY,
  },
  // A scaled number counting people or households, without a unit, runs to the clause's end (今年要再解决3200万农村人口的安全饮水问题).
  {
    id: 'target.counted',
    tag: 'target',
    pattern: `${CLAUSE_CHAR}*?${COUNTED_PEOPLE}${CLAUSE_CHAR}*$`,
    score: 0.72,
    trim: TOPIC,
    requires: COUNTED_PEOPLE,
  },
  // A modality cue opens a goal that runs to the end of its clause when it reaches for a state (确保脱贫攻坚任务全面完成, 力争做到…):
  // under it, an object alone is an activity (争取项目, 确保进度和质量).
  {
    id: 'target.cue',
    tag: 'target',
    pattern: `${GOAL_CUE}(?:${REACH}${CLAUSE_CHAR}+|${CLAUSE_CHAR}*?${STATE}$|${CLAUSE_CHAR}*?${GOAL_STATE}${CLAUSE_CHAR}*)`,
    score: 0.5,
    requires: GOAL_CUE,
  },
  // A goal cue or a verb of reaching that opens its clause, or follows its modal, aims at the state the rest of the clause names
  // (确保政务数据真实、准确、完整, 实现政务数据资源的集中存储): the class of qualitative goal the frames below name one by one;
  // an object alone is an activity (确保进度和质量).
  {
    id: 'target.ensure',
    tag: 'target',
    pattern: `(?:(?<=^\\s*|应当|必须|并|切实)确保|(?<=应当)实现)(?!了|以下|上述|这|${CLAUSE_CHAR}{0,6}(?:进度|质量|工期|项目)$)${CLAUSE_CHAR}{3,30}$`,
    score: 0.45,
    requires: '确保|实现',
  },
  // Qualitative targets by their frame: 达到…标准, a level reached or passed (超过我国曾经达到过的最高水平, 达到或者超过世界先进水平), 进入…前列 of a named indicator, 实现…(全)覆盖, 实现…可兑换, 覆盖到所有…, and 走在…前列 under a goal cue (国有企业要…走在…前列 is an exhortation).
  {
    id: 'target.frame',
    tag: 'target',
    pattern: `(?:^\\s*(?:${DEADLINE_CLAUSE}),)?${CLAUSE_CHAR}*?(?:达到${CLAUSE_CHAR}*?标准|(?:达到|超过|赶上)(?:或者?超过)?${CLAUSE_CHAR}{0,12}?(?:先进|最高)水平$|(?<=^${CLAUSE_CHAR}{2,30})进入${CLAUSE_CHAR}{0,6}前列$|实现${CLAUSE_CHAR}*?(?:全覆盖|覆盖${NAME_CHAR}+$|可兑换$)|覆盖(?:到|至)(?:所有|全部)${NAME_CHAR}+$|${GOAL_CUE}${CLAUSE_CHAR}*?走在${CLAUSE_CHAR}*?前列)`,
    score: 0.6,
    trim: TOPIC,
    requires: '达到|覆盖|前列|可兑换|水平$',
  },
  // What a deadline clause heads is a goal with that deadline (利用2-3年时间，建立健全数据专区配套管理制度和标准规范),
  // and so is what a span of years opens in its own clause (用三年左右时间基本化解农村义务教育历史债务).
  {
    id: 'target.deadline',
    tag: 'target',
    pattern: `^\\s*(?:(?:${DEADLINE_CLAUSE}),${CLAUSE_CHAR}+|(?:利用|用)${CLAUSE_CHAR}{1,8}?时间${CLAUSE_CHAR}{4,})`,
    score: 0.45,
    requires: `^\\s*(?:(?:${DEADLINE_CLAUSE}),|(?:利用|用)${CLAUSE_CHAR}{1,8}?时间)`,
  },
  // A goal opening its clause with its deadline, with or without a modality cue (力争到本世纪末使大多数国有大中型骨干企业初步建立起现代企业制度),
  // or with a year after 在, the words that only open the clause left out (我们要在一九七五年完成和超额完成第四个五年计划).
  {
    id: 'target.deadlineLed',
    tag: 'target',
    pattern: `(?<=^\\s*${OPENER}?)(?:${GOAL_CUE})?(?:${DEADLINE_CLAUSE}|${YEAR_AT})${CLAUSE_CHAR}{6,}`,
    score: 0.45,
    requires: `^\\s*${OPENER}?(?:力争|争取|确保|努力)?(?:到|至|在)`,
  },
  // A goal opening its clause with the term it is to be reached within (三年内裁减军队员额五十万, 三个月内把新部委组建起来并投入运行).
  {
    id: 'target.within',
    tag: 'target',
    pattern: `(?<=^\\s*|要(?:求)?(?:在)?|按期完成)(?:[一二两三四五六七八九十\\d]{1,3}个?(?:年|月)|半年)内${CLAUSE_CHAR}{4,}`,
    score: 0.45,
    requires: '(?:年|月)内',
  },
  // A clause that is nothing but an indicator and its state, as goal lists write them (国际收支基本平衡), not an activity's object,
  // a purpose (以保持经济稳定增长) or a condition (只要保持…).
  {
    id: 'target.state',
    tag: 'target',
    pattern: `^(?!${ACTIVITY}|以|只要|为了?)${CLAUSE_CHAR}{2,20}?${STATE}$`,
    score: 0.5,
    trim: TOPIC,
    requires: `${STATE}$`,
  },
  // A clause that compares its indicator with last year's (今年财政支农投入的增量要明显高于上年, …总规模控制在去年水平),
  // or its growth with another's (要使第三产业增长高于国民生产总值增长速度).
  {
    id: 'target.compared',
    tag: 'target',
    pattern: `^(?!${ACTIVITY})${CLAUSE_CHAR}{2,30}?(?:(?:高于|快于|低于|慢于|(?:控制|保持|稳定)在)(?:上年|去年)(?:水平)?|(?<=增长|增速)(?:高于|快于|低于|慢于)${NAME_CHAR}{2,12}?(?:增长速度|增速|增长))$`,
    score: 0.5,
    trim: TOPIC,
    requires: '(?:高于|快于|低于|慢于|(?:控制|保持|稳定)在)(?:上年|去年)|(?:增长|增速)(?:高于|快于|低于|慢于)',
  },
  // Not targets (guidelines §2): a project's investment figure, and a figure restated as the change from last year.
  // The scope of a pilot (开展儿童白血病等20种重大疾病保障试点) is a parameter of the rule, not a goal.
  {
    id: 'target.veto.pilot',
    tag: 'target',
    pattern: `(?:开展|启动)${CLAUSE_CHAR}*?${QUANTITY}${CLAUSE_CHAR}*?试点`,
    score: 1,
    veto: true,
    requires: '试点',
  },
  { id: 'target.veto.investment', tag: 'target', pattern: `总?投资${QUANTITY}的`, score: 1, veto: true, requires: '投资' },
  {
    id: 'target.veto.condition',
    tag: 'target',
    pattern: `^${CLAUSE_CHAR}*(?:前提下|基础上)$`,
    score: 1,
    veto: true,
    requires: '(?:前提下|基础上)$',
  },
  // A figure after a verb of change or reaching marked done by 了 (三年共增加了十六万吨, 总产值仍然增加了二十七亿四千万元) is a result told,
  // not a goal, wherever the report tells it.
  {
    id: 'target.veto.done',
    tag: 'target',
    pattern: `^${CLAUSE_CHAR}*?(?:增加|增长|减少|下降|提高|降低|完成|达到|超过|开垦|生产|建成|新增|扩大|缩减|节约|动用|透支)了${CLAUSE_CHAR}*`,
    score: 1,
    veto: true,
    requires: '了',
  },
  // The present told in the plan part (现在全国作为燃料烧掉的石油有四千万吨, 目前…) is a fact, no goal.
  { id: 'target.veto.present', tag: 'target', pattern: `^(?:现在|目前)${CLAUSE_CHAR}*`, score: 1, veto: true, requires: '^(?:现在|目前)' },
  // Past results quoted in the plan part (去年居民消费价格涨幅回落到2.6%, …已经超过2万亿元) are no goals (GUIDELINES §1).
  {
    id: 'target.veto.past',
    tag: 'target',
    pattern: `^(?:去年|上年|过去)${CLAUSE_CHAR}*|${CLAUSE_CHAR}*已(?:经)?(?:超过|达到|突破)${CLAUSE_CHAR}*`,
    score: 1,
    veto: true,
    requires: '^(?:去年|上年|过去)|已(?:经)?(?:超过|达到|突破)',
  },
  // The ceiling, rate or sum of a subsidy rule (给予一次性奖补100万元, 最高500万元, 按照…基准利率40%给予贴息) is its content, not a goal (GUIDELINES §2).
  {
    id: 'target.veto.grant',
    tag: 'target',
    pattern: `^${CLAUSE_CHAR}*?(?:给予|最高(?!水平))${CLAUSE_CHAR}*|^${CLAUSE_CHAR}*?(?:按照|(?<!拟)按)${CLAUSE_CHAR}*?${QUANTITY}${CLAUSE_CHAR}*`,
    score: 1,
    veto: true,
    requires: '给予|最高|按',
  },
  // The time limit of a regulation's procedure (应当自收到申请之日起7个工作日内答复, 延长期限不超过7个工作日) is a parameter of the rule, no goal (GUIDELINES §4).
  {
    id: 'target.veto.procedure',
    tag: 'target',
    pattern: `^${CLAUSE_CHAR}*?(?:应当|之日起|期限)${CLAUSE_CHAR}*?工作日${CLAUSE_CHAR}*`,
    score: 1,
    veto: true,
    requires: '工作日',
  },
  // Who qualifies for a measure (对…完成投资1000万元及以上的，…) names a condition, no goal nor work.
  { id: 'target.veto.eligible', tag: 'target', pattern: `^对${CLAUSE_CHAR}*的$`, score: 1, veto: true, requires: '^对.*的$' },
  { id: 'project.veto.eligible', tag: 'project', pattern: `^对${CLAUSE_CHAR}*的$`, score: 1, veto: true, requires: '^对.*的$' },
  // A figure explained (提出国内生产总值增长8%左右，主要是…) or a forecast (就一定能够保证…) is no goal set.
  { id: 'target.veto.explained', tag: 'target', pattern: `^提出${CLAUSE_CHAR}*`, score: 1, veto: true, requires: '^提出' },
  {
    id: 'target.veto.forecast',
    tag: 'target',
    pattern: `^${CLAUSE_CHAR}*?(?:一定能够?|就能够?)${CLAUSE_CHAR}*`,
    score: 1,
    veto: true,
    requires: '一定能|就能',
  },
  {
    id: 'target.veto.restated',
    tag: 'target',
    pattern: `^${TOPIC}?比(?:去年|上年)${CLAUSE_CHAR}*?${QUANTITY}`,
    score: 1,
    veto: true,
    requires: '比(?:去年|上年)',
  },

  // Projects: a set of projects with its investment, named infrastructure, works and events under a building verb.
  { id: 'project.investment', tag: 'project', pattern: `总?投资${QUANTITY}的${NAME_CHAR}*?(?:项目|工程)`, score: 0.9, requires: '投资' },
  {
    id: 'project.infrastructure',
    tag: 'project',
    pattern: `${NAME_CHAR}{1,12}?${NAMED_INFRASTRUCTURE}`,
    score: 0.8,
    trim: BEFORE_NAME,
    requires: NAMED_INFRASTRUCTURE,
  },
  {
    id: 'project.work',
    tag: 'project',
    pattern: `${BUILD_VERB}(?<span>${JOINED_MODIFIERS}${PROJECT_NAME}{1,20}${WORK}${NOT_A_WORK_END}|自由贸易港)`,
    score: 0.6,
    trim: BEFORE_NAME,
    requires: BUILD_VERB,
  },
  // A zone, a platform or a store of data set up (加快建立粮食核心产区, 依法建立洋山特殊综合保税区, 推动建立数据交易平台, 建立本部门政务数据资源池):
  // 建立 is a measure verb elsewhere, so only before such a head.
  {
    id: 'project.zone',
    tag: 'project',
    pattern: `建立(?<span>${JOINED_MODIFIERS}${PROJECT_NAME}{2,24}?(?:产区|示范区|试验区|保税区|集聚区|园区|基地|平台|数据库|资源库|(?<!服务商)资源池))${NOT_A_WORK_END}`,
    score: 0.6,
    requires: '建立',
  },
  // Works named before the building they are the object of, each its own span (负责…大数据中心平台、政务云平台、电子政务外网、灾难备份中心等的建设和运行管理),
  // and a work after a row of verbs of building and running (规划、建设、管理、运行和维护中山市政务大数据中心).
  {
    id: 'project.ofBuilding',
    tag: 'project',
    pattern: `(?<=^|、|负责|统筹)${PROJECT_NAME}{2,14}?${WORK}(?=(?:、${PROJECT_NAME}{2,14}?${WORK})*等?的(?:规划)?建设)|(?<=建设(?:、(?:管理|运行|维护|运营))*和(?:管理|运行|维护|运营))${PROJECT_NAME}{2,16}?${WORK}${NOT_A_WORK_END}`,
    score: 0.6,
    trim: '统筹|负责',
    requires: '的(?:规划)?建设|建设、',
  },
  // Each further work of a batch listed after 一批 (支持建设一批工业互联网创新中心、体验中心、…、实训基地等).
  {
    id: 'project.batchList',
    tag: 'project',
    pattern: `(?<=一批${CLAUSE_CHAR}{1,60}?${WORK}(?:、|和))${PROJECT_NAME}{1,10}?${WORK}(?=、|等|和|$)`,
    score: 0.55,
    requires: `一批${CLAUSE_CHAR}{1,60}?${WORK}、`,
  },
  // A batch of works of several types sharing one head (一批跨行业跨领域综合型、行业特色型…工业互联网平台).
  {
    id: 'project.batchTypes',
    tag: 'project',
    pattern: `一批(?:[^,;:。!?、\\s]{2,10}(?<![园区心台地港室])、)+[^,;:。!?、\\s]{2,16}?${WORK}${NOT_A_WORK_END}`,
    score: 0.6,
    requires: '一批[^,;:。!?、\\s]{2,10}、',
  },
  // Programmes listed before the head they share (启动…大型飞机、水体污染控制与治理…等国家重大专项).
  {
    id: 'project.programmes',
    tag: 'project',
    pattern: `${BUILD_VERB}(?<span>(?:[^,;:。!?、\\s]{2,12}、)+[^,;:。!?、\\s]{2,12}等${NAME_CHAR}{0,12}?(?:专项|工程))`,
    score: 0.6,
    trim: `(?:和|组织|${BUILD_VERB})`,
    requires: '等[^,;:。!?、\\s]{0,12}?(?:专项|工程)',
  },
  // A work whose building or upgrading heads a section (（一）一体化政务服务平台建设, 政府网站集约化平台升级).
  {
    id: 'project.heading',
    tag: 'project',
    pattern: `^\\s*\\([一二三四五六七八九十\\d]+\\)\\s*(?<span>${PROJECT_NAME}{2,15}?${WORK})(?=(?:建设|升级)\\s*(?:$|\\())`,
    score: 0.6,
    requires: `^\\s*\\([一二三四五六七八九十\\d]+\\)[^,;:。!?]*${WORK}(?:建设|升级)`,
  },
  // A counted set of works is a project wherever the plan names it (抓好十二个大面积商品粮基地, 建设十四个…工业基地), as a set of projects with its investment is;
  // 一个 reads as "a" (一个…的基地), and 以…为中心 names no work.
  {
    id: 'project.counted',
    tag: 'project',
    pattern: `(?<![\\d一二两三四五六七八九十百])(?!一个)[\\d一二两三四五六七八九十百]+个(?:(?!为)${PROJECT_NAME}){1,14}?${WORK}${NOT_A_WORK_END}`,
    score: 0.6,
    requires: `个${PROJECT_NAME_CHAR}{1,14}?${WORK}`,
  },
  // A base of production developed (发展出口生产基地, 巩固和发展商品粮生产基地): 发展 builds more of it, as 建设 does.
  {
    id: 'project.productionBase',
    tag: 'project',
    pattern: `(?:发展|巩固)(?<span>${JOINED_MODIFIERS}${PROJECT_NAME}{1,12}?生产基地)`,
    score: 0.6,
    requires: '生产基地',
  },
  // A numbered set of works (十大重点节能工程).
  { id: 'project.numbered', tag: 'project', pattern: `[一二三四五六七八九十]+大${NAME_CHAR}{1,10}?工程`, score: 0.6, requires: '大' },
  // Generic kinds (培育各类工业互联网平台) are no project (GUIDELINES §3).
  { id: 'project.veto.kinds', tag: 'project', pattern: `各类${NAME_CHAR}{0,12}${WORK}`, score: 1, veto: true, requires: '各类' },
  // A second name joined to a project's by 和/及 (现代农业产业园和特色农产品优势区).
  { id: 'project.joined', tag: 'project', pattern: `(?<=${WORK}(?:和|及))${PROJECT_NAME}{1,20}${WORK}${NOT_A_WORK_END}`, score: 0.55 },
  // A work named before 建设 under a verb of furthering (加快公共卫生中心建设), or after 和 (加强…和保障性安居工程建设).
  {
    id: 'project.before',
    tag: 'project',
    pattern: `(?:加快|推进|推动|加强|支持|抓好|(?<=和))(?<span>(?:${PROJECT_NAME}|、){2,15}?${WORK})(?=建设)`,
    score: 0.55,
    requires: `${WORK}建设`,
  },
  // Names sharing one head (金融、交通、位置、空间、信用等数据专区): short items that are no works themselves, then 等 and the head.
  {
    id: 'project.shared',
    tag: 'project',
    pattern: `(?<=^|[、\\s]|${BEFORE_NAME})(?:${LIST_ITEM}、)+${LIST_ITEM}等${PROJECT_NAME}{0,8}?${WORK}${NOT_A_WORK_END}`,
    score: 0.55,
    trim: BEFORE_NAME,
    requires: `、${NAME_CHAR}{1,8}等${NAME_CHAR}{0,8}?${WORK}`,
  },
  // Works listed before the category of sites they belong to, each its own span (浪潮大数据产业园、钢研“一院一园”等园区, 南汇新城、临港装备产业区…等区域);
  // not before 等项目, which may list items of cooperation (GUIDELINES §3).
  {
    id: 'project.listed',
    tag: 'project',
    pattern: `(?<=^|、|${BEFORE_NAME})${PROJECT_NAME}{2,12}(?=(?:、${PROJECT_NAME}{2,12})*等(?:园区|基地|平台|区域))`,
    score: 0.6,
    trim: BEFORE_NAME,
    requires: '等(?:园区|基地|平台|区域)',
  },
  // A batch of projects (推出一批有吸引力的项目), and a quoted name with a facility's head (“北尚诉办”平台).
  {
    id: 'project.batch',
    tag: 'project',
    pattern: `一批${NAME_CHAR}{0,15}?(?:项目|工程|港口|实验室)${NOT_A_WORK_END}`,
    score: 0.6,
    requires: '一批',
  },
  // Lines between places, each of a list sharing its head (北京经九江至深圳、南宁至昆明、宝鸡至中卫等铁路干线).
  {
    id: 'project.line',
    tag: 'project',
    pattern: `(?:${NAME_CHAR}{2,8}?至${NAME_CHAR}{2,4}?、)*${NAME_CHAR}{2,8}?至${NAME_CHAR}{2,4}?等?(?:铁路干线|铁路|高速公路|公路|高铁|干线|管道|输电线路)`,
    score: 0.7,
    trim: BEFORE_NAME,
    requires: '至[^,;:。!?]*(?:铁路|公路|高铁|干线|管道|线路)',
  },
  { id: 'project.quoted', tag: 'project', pattern: `"[^"]{2,12}"(?:平台|中心|基地|产业园|园区)`, score: 0.55, requires: '"' },
  // Events staged, each of a list (办好博鳌亚洲论坛年会、上海合作组织峰会、中非合作论坛峰会等主场外交).
  {
    id: 'project.event',
    tag: 'project',
    pattern: `${NAME_CHAR}{1,20}${EVENT}|冬奥会|冬残奥会`,
    score: 0.7,
    trim: `以|${STAGING}`,
    requires: STAGING,
  },
  // A work forbidden or built only under a condition (不得再新建数据开放平台, 使用财政性资金建设信息系统的) is no project of the plan.
  {
    id: 'project.veto.forbidden',
    tag: 'project',
    pattern: `(?:不得|不再|禁止)${CLAUSE_CHAR}*|^${CLAUSE_CHAR}*的$`,
    score: 1,
    veto: true,
    requires: '不得|不再|禁止|的$',
  },
  // An existing facility used is not a project (GUIDELINES §3: 依托…, 通过大数据平台和一体化政务服务平台…).
  {
    id: 'project.veto.used',
    tag: 'project',
    pattern: `(?:依托|通过(?!${BUILD_VERB}|改建和)|借助)${CLAUSE_CHAR}{1,30}${WORK}`,
    score: 1,
    veto: true,
    requires: '依托|通过|借助',
  },
  // Facilities that carry an activity (以洋山深水港、浦东国际机场…为载体, 支持浦东国际机场开展…) are used, not built.
  {
    id: 'project.veto.carrier',
    tag: 'project',
    pattern: `以${CLAUSE_CHAR}{2,40}?为(?:载体|依托|平台)|支持${NAME_CHAR}{2,12}?(?:${NAMED_INFRASTRUCTURE}|${WORK})(?=开展|建设)`,
    score: 1,
    veto: true,
    requires: '为(?:载体|依托|平台)|支持',
  },

  // Policies: a measure verb and the instrument it governs, as far as the clause's last instrument noun (改革的思路 is no measure;
  // 粮食战略工程 is a project's name, and an instrument noun before 的 qualifies another: 改进对…投资活动的引导).
  // After 三大/十大 a verb is part of a set's name (“十三大创新突破行动”), not a measure.
  // A prepositional phrase of the measure before its verb starts the span (结合税制改革完善结构性减税政策); 改革开放, 战略性 and 改革发展 are no instruments,
  // 改革是…/改革作为… is the noun, and an instrument noun before 和 modifies what follows (推进经济体制和经济增长方式的根本转变).
  {
    id: 'policy.measure',
    tag: 'policy',
    pattern: `(?:${PREPOSED}${NAME_CHAR}{2,12}?)?(?<![一二三四五六七八九十]大)${MEASURE_VERB}(?!的|是|作为|取得|了)${CLAUSE_CHAR}*${INSTRUMENT}(?!开放|性|发展|工程|编制|的(?!基础上|前提下|同时)|和)(?:化|精神|示范)?`,
    score: 0.7,
    requires: MEASURE_VERB,
  },
  // 实行, 推行 and 试行 put a regime into force whatever its head noun (实行国家定价, 推行劳动合同制, 实行统一目录管理): the object to the clause's end;
  // not a principle (实行…的方针), a condition (在实行…的条件下), a topic (实行股份合作制要…) or a way of working (实行分类指导, 实行自负盈亏).
  {
    id: 'policy.regime',
    tag: 'policy',
    pattern: `(?:${PREPOSED}${NAME_CHAR}{2,12}?)?(?:实行|推行|试行)(?!的|了|${CLAUSE_CHAR}*(?:方针|原则|条件下|方面|指导|经营|盈亏|自治)$|${CLAUSE_CHAR}*要)${CLAUSE_CHAR}{2,30}$`,
    score: 0.62,
    requires: '实行|推行|试行',
  },
  // A subsidy or discount granted, from the preposed 对…/按照… phrase of the measure (GUIDELINES §4: 对…省级给予奖补, 按照…给予贴息).
  {
    id: 'policy.grant',
    tag: 'policy',
    pattern: `(?:(?:对|按照|按)${CLAUSE_CHAR}{2,40}?)?给予(?!关心)${NAME_CHAR}{0,14}?(?:奖补|补贴|补助|贴息|奖励|资助|优惠|支持|退税|便利|许可|待遇|扶持|津贴|自主权)`,
    score: 0.74,
    requires: '给予',
  },
  // What the plan only encourages others to do is not its measure (鼓励…服务商…给予优惠, 鼓励有条件的市设立…基金); a region's lead (鼓励东部地区率先发展) is a strategy.
  {
    id: 'policy.veto.encouraged',
    tag: 'policy',
    pattern: `^鼓励(?!${NAME_CHAR}{2,8}率先发展)${CLAUSE_CHAR}*`,
    score: 1,
    veto: true,
    requires: '^鼓励',
  },
  // A measure verb on a quoted name, or on several joined by 、, the field it is of between them (推进“互联网+政务服务”, 抓好“三去一降一补”, 实施“双随机、一公开”监管,
  // 开展“扫黄”、“打非”斗争, 推进政务服务“跨域通办”, 推动“一件事”落实落地).
  {
    id: 'policy.quoted',
    tag: 'policy',
    pattern: `${MEASURE_VERB}(?:[^,;:。!?、\\s的]{2,6}?(?="))?(?:"[^"]{1,20}"、)*"[^"]{1,20}"(?:${NAME_CHAR}{0,4}?(?:${INSTRUMENT}|监管|国际合作|斗争|要求)(?![\\u4e00-\\u9fff])|(?=$|和|[(（]|落实|落地))`,
    score: 0.72,
    requires: '"',
  },
  // A measure verb on a field named by a quoted campaign closing the clause (推动集成电路产业“强链补链延链”).
  { id: 'policy.quotedEnd', tag: 'policy', pattern: `${MEASURE_VERB}[^,;:。!?、\\s的]{1,8}?"[^"]{2,20}"$`, score: 0.73, requires: '"$' },
  // A measure on a named parameter: 提高个人所得税起征点, 扩大专项债券使用范围, 清理规范行政事业性收费, 增加粮食直补
  // (必须调整的…价格 names what is adjusted, not a measure).
  {
    id: 'policy.parameter',
    tag: 'policy',
    pattern: `(?:${PREPOSED}${NAME_CHAR}{2,12}?)?${PARAMETER_VERB}(?!的)${CLAUSE_CHAR}*${PARAMETER}`,
    score: 0.6,
    requires: PARAMETER_VERB,
  },
  // A measure led by its prepositional phrase (将…政策再延长三年, 把…纳入…规划), to the clause's end; it outranks a measure verb inside it.
  // What is brought into a scope, plan, list or assessment is a measure; into 法治轨道 or a system, a general statement.
  {
    id: 'policy.preposed',
    tag: 'policy',
    pattern: `(?:将|把)(?!${CLAUSE_CHAR}*作为)${CLAUSE_CHAR}{2,30}?(?:(?:扩大到|扩大至|延长|提高到|提高至|降至|调整为|转为|改为)${CLAUSE_CHAR}*|(?:纳入|列入|限制在)${CLAUSE_CHAR}*?(?:范围|规划|计划|考核体系|考核|目录|清单|预算)内?$)`,
    score: 0.72,
    requires: '将|把',
  },
  // What is brought into a budget, a plan, an assessment, a procedure or a regime of management, with or without 将/把 before it
  // (纳入同级财政预算, 纳入国有资产管理, 纳入项目立项报批流程), is a measure on its scope.
  {
    id: 'policy.into',
    tag: 'policy',
    pattern: `(?:(?:将|把)${CLAUSE_CHAR}{2,40}?)?(?:纳入|列入)${CLAUSE_CHAR}{2,20}?(?:预算|管理|流程|重点|规划|范围|计划|考核(?:内容)?|目录|清单|系统)$`,
    score: 0.62,
    requires: '纳入|列入',
  },
  // An instrument named as the subject of its making (市政务信息化项目管理办法另行制定, 目录编制指南由省公共数据主管部门统一制定,
  // 公共数据汇聚的具体办法，由…制定): the name alone.
  {
    id: 'policy.toBeMade',
    tag: 'policy',
    pattern: `^\\s*(?<span>${NAME_CHAR}{2,24}?(?:办法|细则|规定|指南|规则|方案)(?=另行制定|由${CLAUSE_CHAR}{2,30}制定)|${NAME_CHAR}{2,20}?的具体(?:办法|程序|细则|规定)$)`,
    score: 0.62,
    requires: '制定|的具体',
  },
  // A reform or adjustment of what is named after 对 (对招生制度、毕业生分配制度等逐步进行改革).
  {
    id: 'policy.reformed',
    tag: 'policy',
    pattern: `对(?!外|于)${CLAUSE_CHAR}{2,30}?(?:进行|实行)(?:改革|调整)$`,
    score: 0.62,
    requires: '(?:进行|实行)(?:改革|调整)$',
  },
  // A prohibition that is a measure of its own (严禁“洋垃圾”入境, 禁止垄断经营, 限制和禁止…外资项目), not a ban on 行为 restating the law.
  {
    id: 'policy.ban',
    tag: 'policy',
    pattern: `(?:限制和禁止|严禁|禁止)(?:${NAME_CHAR}{2,12}|(?=${CLAUSE_CHAR}*项目$)${CLAUSE_CHAR}{2,24})$(?<!行为)`,
    score: 0.62,
    requires: '严禁|禁止',
  },
  // 做好…工作 on a pilot, a policy or a restructuring (做好政策性农业保险试点工作), to the head noun of its object; 做好灾后重建工作 is an activity.
  {
    id: 'policy.work',
    tag: 'policy',
    pattern: `(?:做好|抓好)(?=${CLAUSE_CHAR}*?(?:试点|政策性|改制|改革))${CLAUSE_CHAR}{2,24}?工作$`,
    score: 0.75,
    requires: '(?:做好|抓好)[^,;:。!?]*工作$',
  },
  // A measure verb on a tax, a law in the making or a regime applied (改革个人所得税, 推进房地产税立法, 实施绩效管理, 实施…递延纳税),
  // and experience spread as a model (复制推广自贸试验区经验).
  {
    id: 'policy.applied',
    tag: 'policy',
    pattern: `(?:改革|推进|实施|实行|推行)${NAME_CHAR}{0,12}?(?:所得税|税立法|立法|(?:绩效|分级|分类|动态|闭环)管理|差别化调控|限期达标|递延纳税|免税|退税|税法)$|(?:复制推广|总结推广|推广)(?!的)${NAME_CHAR}{2,15}?(?:经验|做法)$`,
    score: 0.62,
  },
  // The reform of a system named at length under a verb that is no measure (加快职工基本养老保险、…等社会保障制度的改革): the name alone.
  {
    id: 'policy.reformOf',
    tag: 'policy',
    pattern: `(?:加快|进行)(?<span>${CLAUSE_CHAR}{4,30}?(?:制度|体制)的改革)$`,
    score: 0.6,
    requires: '的改革$',
  },
  // A named reform or regime as the topic of its clause (粮食购销体制改革是今年的一件大事, 今年金融体制改革的重点, 价格改革要…, 计划体制的改革，…),
  // not this or every reform (这次机构改革要…), and a quoted one as the whole clause (“菜篮子”市长负责制).
  {
    id: 'policy.topic',
    tag: 'policy',
    pattern: `^\\s*(?:今年|在)?(?!这|此|各项|其他|有关|经过|结合|现有)(?<span>(?:(?!是|要)${NAME_CHAR}){2,14}?(?:(?:体制改革|制度改革|负责制|责任制)(?=是|的重点|要|的目标|方面)|(?<!进行|推进|深化|加快|全面|综合配套|配套|经济|政治|机构)改革(?=要|的目标|方面)|(?:体制|制度)的改革$))`,
    score: 0.6,
    requires: '(?:体制改革|制度改革|负责制|责任制|改革)(?:是|的重点|的目标|要|方面)|的改革$',
  },
  {
    id: 'policy.quotedRegime',
    tag: 'policy',
    pattern: `^\\s*"[^"]{2,8}"${NAME_CHAR}{0,6}?(?:负责制|责任制)$`,
    score: 0.6,
    requires: '"[^"]{2,8}"[^,;:。!?、\\s]{0,6}?(?:负责制|责任制)$',
  },
  // A quoted formula standing as a clause of its own (“抓大放小”), or after the ordinal of a list (一是“一单通达”).
  {
    id: 'policy.quotedAlone',
    tag: 'policy',
    pattern: `(?<=^\\s*(?:[一二三四五六七八九十]是)?)"[^"]{2,8}"$`,
    score: 0.55,
    requires: '^\\s*(?:[一二三四五六七八九十]是)?"[^"]{2,8}"$',
  },
  // A 工程 that builds a capacity or a service, not a facility, is a policy (GUIDELINES §3: 中小微企业金融服务能力提升工程, 再就业工程).
  {
    id: 'policy.serviceWork',
    tag: 'policy',
    pattern: `(?:实施|推进|启动|组织实施)${NAME_CHAR}{0,14}?(?:就业|培训|能力提升|素质提升)工程`,
    score: 0.75,
    requires: '(?:就业|培训|能力提升|素质提升)工程',
  },
  {
    id: 'project.veto.serviceWork',
    tag: 'project',
    pattern: `${NAME_CHAR}{0,14}?(?:就业|培训|能力提升|素质提升)工程`,
    score: 1,
    veto: true,
    requires: '(?:就业|培训|能力提升|素质提升)工程',
  },
  // Named instruments under a verb that is no measure (加快金融体制改革, 加强社会信用体系, 加大公租房保障力度, 加快农村综合改革步伐): the name alone.
  // An instrument named as the object of its own making, in the noun form (重视中长期产业政策的制定, 加强基层初级保健制度的建设): the instrument's name.
  // A law, regulation or resolution named by its title alone, as a clause of its own (the older sources put a book title on its
  // own line: 《 / 关于开展全民义务植树运动的决议 / 》, 国家公务员条例): an instrument wherever the plan names it.
  {
    id: 'policy.title',
    tag: 'policy',
    pattern: `^\\s*(?:关于${NAME_CHAR}{2,30}的(?:决议|决定)|${NAME_CHAR}{2,14}(?:条例|(?<=[护理进治全险动])法))\\s*$`,
    score: 0.55,
    requires: '(?:决议|决定|条例|法)\\s*$',
  },
  // The reform of a named government's bodies, and its plan (国务院的机构改革方案, 县和乡政府的机构改革, …政府机构的改革): a named reform,
  // as one named by its field is, at its clause's head or under a verb of making or furthering it, as a topic or a plan; 机构改革
  // alone names none, nor does the government a speech is about (我现在主要讲一讲政府机构改革).
  {
    id: 'policy.bodiesReform',
    tag: 'policy',
    pattern: `(?<=^\\s*|拟定了?|支持|推进|完成)(?:国务院|[^,;:。!?\\s讲谈说要]{1,12}?政府)的?机构的?改革(?:方案|(?=要|拟|$))`,
    score: 0.6,
    requires: '机构的?改革',
  },
  // A policy named by what it allows (坚持让一部分…的人先富起来的政策): the policy's name, from 允许 or 让.
  {
    id: 'policy.allowing',
    tag: 'policy',
    pattern: `(?:允许|让)${CLAUSE_CHAR}{4,40}?的政策`,
    score: 0.6,
    requires: '的政策',
  },

  {
    id: 'policy.nominal',
    tag: 'policy',
    pattern: `(?<=重视|加强|加快|抓好|搞好|做好|推进|推动|注重|组织)(?<span>(?!这|此|各项|其他|有关|相关)${NAME_CHAR}{2,16}?${INSTRUMENT})的(?:制定|建立|建设|实施|贯彻|完善|推行|落实)`,
    score: 0.55,
    requires: '的(?:制定|建立|建设|实施|贯彻|完善|推行|落实)',
  },
  {
    id: 'policy.named',
    tag: 'policy',
    pattern: `(?:加快|加强|加大|支持|发展(?!中)|坚持|强化|严格|奉行|优化|拓宽|畅通|进行|稳定|先行先试|形成)(?<span>${CLAUSE_CHAR}{2,16}?(?:体制改革|市场化改革|制度改革|股份合作制改革|信用体系|保障体系|用途管制|提速降费|清理整顿|房保障|产权住房|(?!模式|责任(?!制))${INSTRUMENT}))(?=$|力度|建设|(?:的)?步伐|工作$)`,
    score: 0.6,
    requires: '加快|加强|加大|支持|发展|坚持|强化|严格|奉行|优化|拓宽|畅通|进行|稳定|先行先试|形成',
  },
  // National and regional strategies (推进京津冀协同发展, 推动中部地区崛起); under another verb, the name alone.
  {
    id: 'policy.strategy',
    tag: 'policy',
    pattern: `(?:(?:推进|推动|实施)|(?<=^|支持|促进|加快|深入|大力|继续|扎实|全面|鼓励))(?:[\\u4e00-\\u9fff]{2,5}?(?:协同发展|经济带发展|地区崛起|率先发展|全面振兴|一体化发展|振兴战略|大开发)|振兴${NAME_CHAR}{2,10}?老工业基地|振兴${NAME_CHAR}{2,6}?地区)`,
    score: 0.65,
    trim: '(?:促进|支持|加快)',
    requires: '协同发展|经济带发展|崛起|率先发展|振兴|大开发',
  },
  // Named instruments without a measure verb: quoted campaigns, formulas.
  // The macro stances, with the measure verb that applies them (实施积极的财政政策和稳健的货币政策) or alone (积极的财政政策取向不变).
  {
    id: 'policy.stance',
    tag: 'policy',
    pattern: `(?:(?:实施|实行|执行)(?=积极|稳健))?(?<!更加)(?:积极|稳健)的${NAME_CHAR}{1,4}?政策(?:和(?:积极|稳健)的${NAME_CHAR}{1,4}?政策)?`,
    score: 0.8,
    requires: '(?:积极|稳健)的',
  },
  // Not after 为: 为“三农”服务 is serving agriculture, not a service campaign.
  { id: 'policy.campaign', tag: 'policy', pattern: `(?<!为)"[^"]{1,20}"${CAMPAIGN_HEAD}`, score: 0.6 },
  // A quoted name that is itself a campaign's (“十三大创新突破行动”), quotation marks included.
  { id: 'policy.quotedName', tag: 'policy', pattern: `"[^"]{2,20}(?:行动|计划|工程|改革|机制|模式|服务)"`, score: 0.55, requires: '"' },
  { id: 'policy.formula', tag: 'policy', pattern: `一[\\u4e00-\\u9fff]一策|[\\u4e00-\\u9fff]长制`, score: 0.65 },
  // Not policies (GUIDELINES §4): a generic instrument with next to nothing named, organisational and capability systems, principles.
  {
    id: 'policy.veto.generic',
    tag: 'policy',
    pattern: `${MEASURE_VERB}(?:改革|(?:${NAME_CHAR}{0,2}|更有力的|相应的)(?:规划|举措|措施|体系)|相应的管理制度)$`,
    score: 1,
    veto: true,
  },
  // A bare instrument noun under a measure verb names nothing (深化改革、…, 推进制度建设, 推动改革取得新突破),
  // and so does one that is only "the relevant" or "every" kind (落实各项政策措施, 完善相关政策, 推进其他各项改革) or a field's laws (健全金融法规).
  {
    id: 'policy.veto.bare',
    tag: 'policy',
    pattern: `${MEASURE_VERB}(?:改革(?=$|[、和等上]|取得)|(?:制度|机制|体制)(?=建设|[、等上])|(?:(?:相关|有关)${NAME_CHAR}{0,6}|各项|各类)(?:政策措施|政策|措施|制度|制度机制|机制|法律法规)$|${NAME_CHAR}{0,4}法规$|(?:相关|有关)${NAME_CHAR}{0,4}(?:标准|规范))|(?:其他)?各项改革`,
    score: 1,
    veto: true,
    requires: '改革|制度|机制|体制|各项|相关|有关|各类',
  },
  // A failure named in a regulation's list of liabilities (未按照要求编制或者更新公共数据资源目录), and what is done at a step of another task
  // (在编制政务数据资源目录时确定其共享类型), set up no instrument.
  {
    id: 'policy.veto.failure',
    tag: 'policy',
    pattern: `^${CLAUSE_CHAR}*?(?:未|不)(?:按照|按|依照|依法)${CLAUSE_CHAR}*|^(?:并)?在${CLAUSE_CHAR}*(?<!同)时${CLAUSE_CHAR}*`,
    score: 1,
    veto: true,
    requires: '(?:未|不)(?:按照|按|依照|依法)|在.*时',
  },
  // A condition (需要延长复核期限的，…) and a list of principles (遵循…、统一标准、…的原则) set up no instrument.
  {
    id: 'policy.veto.condition',
    tag: 'policy',
    pattern: `^${CLAUSE_CHAR}*的$|^${CLAUSE_CHAR}*?(?:遵循|坚持)${CLAUSE_CHAR}*原则$`,
    score: 1,
    veto: true,
    requires: '的$|原则$',
  },
  // An instrument only studied is not yet one (GUIDELINES §4: 研究制定在全国范围内实施方案).
  {
    id: 'policy.veto.studied',
    tag: 'policy',
    pattern: `^${CLAUSE_CHAR}*?研究(?:制定|出台|建立|提出|实施|推出|设立|适应)${CLAUSE_CHAR}*`,
    score: 1,
    veto: true,
    requires: '研究(?:制定|出台|建立|提出|实施|推出|设立|适应)',
  },
  // An event the government stages is a project (GUIDELINES §3), not a campaign.
  {
    id: 'policy.veto.event',
    tag: 'policy',
    pattern: `^${CLAUSE_CHAR}*?(?:庆祝|纪念)活动`,
    score: 1,
    veto: true,
    requires: '庆祝活动|纪念活动',
  },
  // The five-year plan a year is said to be part of is referred to, not applied (是实施“十二五”规划承前启后的关键一年).
  { id: 'policy.veto.period', tag: 'policy', pattern: `实施"十[一二三四五六七八九]五"规划`, score: 1, veto: true, requires: '"十' },
  // So is a five-year plan named without a measure on it (对“八五”计划的…主要指标作了必要的调整, 按调整后的“八五”计划).
  {
    id: 'policy.veto.planNamed',
    tag: 'policy',
    pattern: `(?<!制定|编制|实施好|实施|落实)"[一二三四五六七八九十]{1,2}五"(?:计划|规划)(?!纲要)`,
    score: 1,
    veto: true,
    requires: '五"(?:计划|规划)',
  },
  // Measures or actions taken (采取切实的防治污染措施, 采取实际行动) are activities unless the measures are named as an instrument (采取灵活的薪酬制度和奖励措施).
  {
    id: 'policy.veto.taken',
    tag: 'policy',
    pattern: `采取(?!${NAME_CHAR}*制度)${CLAUSE_CHAR}{0,30}?(?:措施|举措|行动)`,
    score: 1,
    veto: true,
    requires: '采取',
  },
  // A direction or a focus (以建立现代企业制度为方向) names what measures aim at, not one.
  {
    id: 'policy.veto.direction',
    tag: 'policy',
    pattern: `^以${CLAUSE_CHAR}*为(?:方向|目标|核心|主线|重点)$`,
    score: 1,
    veto: true,
    requires: '^以.*为(?:方向|目标|核心|主线|重点)$',
  },
  // Reform paired with building or adjusting (国防工业的调整和改革, 国防和军队建设改革) names a field's change, no instrument.
  {
    id: 'policy.veto.paired',
    tag: 'policy',
    pattern: `(?:调整|建设)(?:和|与)?改革`,
    score: 1,
    veto: true,
    requires: '(?:调整|建设)(?:和|与)?改革',
  },
  // A ban on what is unlawful anyway (严禁各种形式的乱摊派、乱收费, 严禁非法金融活动) restates the law (GUIDELINES §4).
  {
    id: 'policy.veto.unlawful',
    tag: 'policy',
    pattern: `(?:严禁|禁止)${CLAUSE_CHAR}*?(?:乱|非法|违法|违规)${CLAUSE_CHAR}*`,
    score: 1,
    veto: true,
    requires: '(?:严禁|禁止)',
  },
  // Activities only listed by their kinds (开展科学研究、产品研发、…等创新创业活动) are no named campaign.
  {
    id: 'policy.veto.activities',
    tag: 'policy',
    pattern: `开展${CLAUSE_CHAR}*?等${NAME_CHAR}{0,4}活动`,
    score: 1,
    veto: true,
    requires: '等[^,;:。!?]{0,4}活动',
  },
  // A measure taken already (我们已经制定了深化收入分配制度改革若干意见) is referred to, not planned.
  {
    id: 'policy.veto.done',
    tag: 'policy',
    pattern: `(?:${MEASURE_VERB}|${PARAMETER_VERB})了${CLAUSE_CHAR}*`,
    score: 1,
    veto: true,
    requires: '了',
  },
  // An instrument pointed back to (执行这些政策, 推进这项改革) or a measure carried into deeds (落实在行动上) names no instrument of its own.
  {
    id: 'policy.veto.anaphor',
    tag: 'policy',
    pattern: `(?:${MEASURE_VERB}|${PARAMETER_VERB})(?:这些|这项|这个|这种|这一|上述|以上|在)${CLAUSE_CHAR}*`,
    score: 1,
    veto: true,
    requires: '这些|这项|这个|这种|这一|上述|以上|在',
  },
  // Other countries' policies (主要发达国家实行宽松货币政策) are context, not measures of the plan.
  {
    id: 'policy.veto.others',
    tag: 'policy',
    pattern: `^${CLAUSE_CHAR}*?(?:发达国家|发达经济体|美国|欧盟|各国)${CLAUSE_CHAR}*`,
    score: 1,
    veto: true,
    requires: '发达国家|发达经济体|美国|欧盟|各国',
  },
  {
    id: 'policy.veto.organisation',
    tag: 'policy',
    pattern: `(?:治理|组织管理|(?<!监督)管理|经营|工作|防护|服务|处置|动员|产业生态|安全保障|应急|流通|创新|运输|监察|审计|市场|安全|课程)体系|总体布局`,
    score: 1,
    veto: true,
    requires: '体系|布局',
  },
];
