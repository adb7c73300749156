/**
 * The units written after a number in Chinese policy texts, each mapped to
 * its base form. A scale in front (万人, 亿元, 万平方米) is read by the
 * numeral, so only synonyms need mapping here: 千米 → 公里, 千克 → 公斤,
 * 百分点 → 个百分点, 个月 → 月, and the metric names of the 1950s reports
 * (公尺 → 米, 平方公尺 → 平方米). A unit of transport work (吨公里, 人海里) is
 * one unit: what it measures is neither tons nor kilometres. Units that
 * begin with a multiplier (千瓦, 千米) are why a numeral gives back its last
 * 千 when a unit claims it.
 */

const UNITS: Readonly<Record<string, string>> = {
  '%': '%',
  '‰': '‰',
  '‱': '‱',
  个百分点: '个百分点',
  百分点: '个百分点',
  元: '元',
  美元: '美元',
  欧元: '欧元',
  港元: '港元',
  人: '人',
  人次: '人次',
  吨: '吨',
  吨标准煤: '吨标准煤',
  吨公里: '吨公里',
  人公里: '人公里',
  吨海里: '吨海里',
  人海里: '人海里',
  担: '担',
  斤: '斤',
  公斤: '公斤',
  千克: '公斤',
  克: '克',
  '微克/立方米': '微克/立方米',
  公里: '公里',
  千米: '公里',
  米: '米',
  公尺: '米',
  海里: '海里',
  平方米: '平方米',
  平方公尺: '平方米',
  平方公里: '平方公里',
  平方千米: '平方公里',
  亩: '亩',
  公顷: '公顷',
  立方米: '立方米',
  立方公尺: '立方米',
  千瓦: '千瓦',
  千瓦时: '千瓦时',
  兆瓦: '兆瓦',
  度: '度',
  兆: '兆',
  岁: '岁',
  年: '年',
  周年: '周年',
  个月: '月',
  周: '周',
  天: '天',
  小时: '小时',
  分钟: '分钟',
  个工作日: '工作日',
  工作日: '工作日',
  倍: '倍',
  番: '番',
};

/**
 * Measure words that count things: the noun after them names what is
 * counted (新建800个智能工厂), so it belongs to the indicator.
 */
const COUNTERS = new Set([
  '个',
  '家',
  '所',
  '张',
  '辆',
  '套',
  '项',
  '台',
  '座',
  '条',
  '种',
  '场',
  '件',
  '次',
  '架',
  '艘',
  '处',
  '支',
  '只',
  '头',
  '间',
  '栋',
  '部',
  '门',
  '份',
  '篇',
  '册',
  '本',
  '块',
  '片',
  '颗',
  '款',
  '例',
  '名',
  '位',
  '户',
  '扇',
  '枚',
]);

const ALL: ReadonlyArray<readonly [string, string]> = [...Object.entries(UNITS), ...[...COUNTERS].map((c) => [c, c] as const)].sort(
  (a, b) => b[0].length - a[0].length,
);

function simpleUnitAt(folded: string, at: number): { unit: string; end: number } | null {
  for (const [written, base] of ALL) {
    if (folded.startsWith(written, at)) return { unit: base, end: at + written.length };
  }
  return null;
}

/** What a rate is per, after its slash: a unit, with the scale written on it (吨标准煤/万元), or a span of time (立方米/日). */
const PER_SCALE = /[十百千万亿]*/uy;
const PER_TIME = /[日时秒]/uy;

function perAt(folded: string, at: number): { unit: string; end: number } | null {
  PER_SCALE.lastIndex = at;
  const scale = PER_SCALE.exec(folded)![0];
  const from = at + scale.length;
  PER_TIME.lastIndex = from;
  const time = PER_TIME.exec(folded);
  const unit = time ? { unit: time[0], end: from + 1 } : simpleUnitAt(folded, from);
  return unit && { unit: scale + unit.unit, end: unit.end };
}

/**
 * The longest unit written at `at` in folded text, in base form, and where
 * it ends; null if none is. A rate is one unit, its parts in base form and
 * the scale of what it is per as written (5万元/人 → 元/人, 0.5吨标准煤/万元 →
 * 吨标准煤/万元): the scale before the number multiplies only the first part.
 */
export function matchUnit(folded: string, at: number): { unit: string; end: number } | null {
  const unit = simpleUnitAt(folded, at);
  if (!unit || folded[unit.end] !== '/') return unit;
  const per = perAt(folded, unit.end + 1);
  return per ? { unit: `${unit.unit}/${per.unit}`, end: per.end } : unit;
}

/** Whether `unit` (base form) is a measure word that counts things. */
export function isCounter(unit: string | null): boolean {
  return unit !== null && COUNTERS.has(unit);
}
