/**
 * The indicator: the noun phrase the amount measures. The rule, applied to
 * the quantity's clause:
 *
 * - It is the words before the quantity, and when the unit is a measure
 *   word, also the noun after it, which names what is counted (新建800个智能工厂
 *   → 新建智能工厂). Deadline, baseline, comparator and modality words have
 *   fields of their own and are cut out by the caller wherever they stand.
 * - A change verb is part of what is measured and stays: the amount of
 *   国内生产总值增长5% is a growth, of 新增高标准农田8000万亩 an addition, of
 *   能耗下降3% a fall. A verb of reaching (达到, 保持在, 控制在, 增加到, 提高至)
 *   only introduces the level and goes: 粮食产量保持在1.3万亿斤 measures
 *   粮食产量, 试点面积增加到3000万亩 measures 试点面积.
 * - Words that only introduce the figure go at the edges: 今年/其中/要/再/拟/
 *   实现/完成/安排 in front, 为/是/按/安排/总计为 at the end; and adverbs right
 *   before a change verb (再增加, 要下降, 进一步提高) go too. 安排 between the
 *   spender and what it spends on only introduces the sum as well
 *   (中央财政安排“三农”支出 → 中央财政“三农”支出).
 * - Auxiliaries of ability (能够, 可以) say that a level can be reached, not
 *   what it measures, and go wherever they stand (每年能够出产载重汽车 →
 *   每年出产载重汽车); so does a preposition left without its object once a
 *   deadline is cut out (总产值在五年内增长 → 总产值增长).
 */

const LEADING = [
  '今年',
  '全年',
  '同时',
  '并且',
  '其中',
  '此外',
  '另外',
  '以及',
  '还要',
  '也要',
  '计划',
  '预计',
  '預計',
  '实现',
  '實現',
  // Completing and overfulfilling is reaching as completing is (完成和超额完成第四个五年计划 → 第四个五年计划).
  '完成和超额完成',
  '完成并超额完成',
  '超额完成',
  '完成',
  '达到',
  '達到',
  '做到',
  '严守',
  '守住',
  '保持',
  '维持',
  '只',
  '安排',
  '共可',
  '共',
  '把',
  '近几年',
  '今后几年',
  '要',
  '再有',
  '再',
  '将',
  '將',
  '拟',
  '则',
  '可以',
  '使',
];
/** Words that begin like a cue word but are none: 要素市场, 再生资源, 使用率, 并购. */
const NOT_CUES = [
  '只要',
  '只有',
  '只是',
  '要素',
  '要求',
  '再生',
  '再造',
  '再贷',
  '再保',
  '再投资',
  '使用',
  '使命',
  '将来',
  '计划生育',
  '完成率',
  '实现率',
  '共同',
  '共享',
  '共建',
  '共青',
  '共产',
  '把握',
  '把关',
  '保持率',
];
const TRAILING = [
  // The frame that makes the figure a goal, not what it measures (广义货币M2预期增长目标拟定为13%左右 → 广义货币M2增长,
  // 经济增长预期目标为7%左右 → 经济增长).
  '预期目标',
  '目标',
  '保持在',
  '稳定在',
  '控制在',
  '维持在',
  '提高到',
  '提高至',
  '提升到',
  '提升至',
  '增加到',
  '增加至',
  '增长到',
  '增长至',
  '下降到',
  '下降至',
  '降低到',
  '降低至',
  '减少到',
  '减少至',
  '扩大到',
  '扩大至',
  '缩短到',
  '缩短至',
  '压缩到',
  '压缩至',
  '压减到',
  '压减至',
  '缩减为',
  '减少为',
  '增加为',
  '提高为',
  '降低为',
  '扩大为',
  '压缩为',
  '压减为',
  '降到',
  '降至',
  '增至',
  '达到',
  '達到',
  '要明显',
  '明显',
  '总计为',
  '总计达',
  '共计',
  '总计',
  '共达',
  '拟定为',
  '确定为',
  '预计',
  '預計',
  '定为',
  '拟按',
  '安排',
  '保持',
  '达',
  '達',
  '为',
  '是',
  '在',
  '按',
  '继续',
  '再',
  '要',
  '将',
  '將',
  '拟',
];
/**
 * A run of adverbs before a change verb or 占 (a share): 也将增长, 即将增加, 则增长,
 * 都增长, 共增加. Not the 要 of 主要/重要/需要, the 还 of 偿还, the 共 of 公共.
 */
const ADVERB_BEFORE_CHANGE =
  /(?:进一步|继续|(?<![主重需只必不])要|再|即将|将|拟|预定|预期|计划|(?<![偿归退])还|也|则|都|(?<!公)共)+(?=增|减|提高|提升|降|压|缩短|缩小|扩大|新增|延长|下降|递增|占)/gu;
/** 能够 and 可以 before the verb they qualify; 将 with them (我国将能够每年出产). */
const ABILITY = /将?(?:能够|可以)(?=[\u4e00-\u9fff])/gu;
/** A frame verb between a cut baseline and the change verb: 国民收入也安排为(比今年)增长. */
const FRAME_BEFORE_CHANGE = /(?:安排|拟定|确定|定)为(?=增|减|提高|降|下降)/gu;
/**
 * A verb of reaching before the base a share is of (地区要增加到全国人口的72%): the
 * share is the level reached, the base is no part of what reaches it.
 */
const REACHING_SHARE_OF = /(?:增加|提高|提升|扩大|下降|降低|减少)(?:到|至)[^,;:。!?的]{1,10}的$/u;
/** 共 closing the words before a figure (办事机构共59个), not that of 公共. */
const TOTAL_AT_END = /(?<!公)共$/u;
/** 有 before a count says there will be so many (可以有五十一个重大项目完成建设), not that of 拥有, 具有, 现有. */
const THERE_ARE_AT_END = /(?<![拥擁具现現所占佔享持共])有$/u;
/** The 的 after a share's base (农户占全国农户总数的三分之一): the share is of the base, which stays. */
const SHARE_OF_AT_END = /(?<=[占佔][^,;:。!?的]{1,10})的$/u;
/** 安排 after who spends (中央财政安排, 中央财政将安排, 政府安排), not opening the phrase. */
const SPENDER_ARRANGES = /(?<=财政|政府|预算|中央)(?:将|拟)?安排(?!$)/u;
/** Punctuation, and list markers such as （三） or 2. that head a clause. */
const EDGE_PUNCTUATION_START = /^(?:[\s、,，;；:：。.!！?？)）\]】—-]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.．、])+/u;
const EDGE_PUNCTUATION_END = /[\s、,，;；:：。(（[【—-]+$/u;

/** Quotation marks: a name in them stays quoted (“十亿元级”税收楼宇), but a mark left alone at an edge, or a pair round the whole, goes. */
const QUOTE = /["“”]/gu;
const isQuote = (c: string | undefined): boolean => c === '"' || c === '“' || c === '”';

function stripQuotes(text: string): string {
  const count = text.match(QUOTE)?.length ?? 0;
  if (count === 2 && isQuote(text[0]) && isQuote(text[text.length - 1])) return text.slice(1, -1);
  if (count % 2 === 0) return text;
  if (isQuote(text[0])) return text.slice(1);
  if (isQuote(text[text.length - 1])) return text.slice(0, -1);
  return text;
}

function stripEdges(text: string): string {
  let t = text;
  for (;;) {
    const before = t;
    t = stripQuotes(t.replace(EDGE_PUNCTUATION_START, '').replace(EDGE_PUNCTUATION_END, ''));
    const lead = NOT_CUES.some((w) => t.startsWith(w)) ? undefined : LEADING.find((w) => t.startsWith(w));
    if (lead) t = t.slice(lead.length);
    const trail = TRAILING.find((w) => t.endsWith(w));
    if (trail) t = t.slice(0, -trail.length);
    t = t.replace(TOTAL_AT_END, '').replace(THERE_ARE_AT_END, '').replace(REACHING_SHARE_OF, '').replace(SHARE_OF_AT_END, '');
    if (t === before) return t;
  }
}

/**
 * 货物贸易、对外投资和实际利用外资分别占比达30%、20%和10%: before 分别
 * ("respectively") stands a list of subjects, and the `position`th figure of
 * the clause belongs to the `position`th of them.
 */
function respective(before: string, position: number): string {
  const at = before.indexOf('分别');
  if (at < 0) return before;
  const items = before.slice(0, at).split('、');
  const tail = items.pop()!;
  const and = Math.max(tail.lastIndexOf('和'), tail.lastIndexOf('及'));
  if (and > 0) items.push(tail.slice(0, and), tail.slice(and + 1));
  else items.push(tail);
  const subject = items.length > 1 ? (items[position] ?? before.slice(0, at)) : before.slice(0, at);
  return subject + before.slice(at + 2);
}

/**
 * The indicator from `before` (the clause before the quantity, with
 * deadline, baseline, comparator and modality words cut out), `counted`
 * (the noun after a measure word, or '' when the unit counts nothing) and
 * `position` (how many figures of the clause come before this one); null
 * when nothing is left.
 */
export function composeIndicator(before: string, counted: string, position = 0): string | null {
  const plain = respective(before, position).replace(ABILITY, '').replace(FRAME_BEFORE_CHANGE, '').replace(ADVERB_BEFORE_CHANGE, '');
  const head = stripEdges(plain).replace(SPENDER_ARRANGES, '');
  const tail = stripEdges(counted.replace(/^[\s的]+/u, ''));
  const indicator = head + tail;
  return indicator === '' ? null : indicator;
}
