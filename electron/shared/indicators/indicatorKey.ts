/**
 * The key that gathers the targets of one indicator across documents: the
 * parsed indicator (values/indicator.ts) with what varies between reports
 * and years but does not change what is measured taken out, so that
 * 城镇新增就业 in 2013, 2018 and 2023 is one key, and so is
 * 把居民消费价格涨幅 (控制在3.5%左右) with 居民消费价格涨幅.
 *
 * - Width and compatibility forms fold (NFKC), Latin letters go lower case,
 *   and spaces, quotation marks, book-title marks and punctuation go.
 * - A disposal word heading the phrase goes (把/将/使 of 把…控制在), and so
 *   does a year word the parser left (今年, 全年).
 * - Names the reports use for one thing become one: GDP → 国内生产总值,
 *   CPI → 居民消费价格; 居民消费价格总水平 (the 2008 wording) → 居民消费价格;
 *   上涨幅度, 上涨 after 价格 → 涨幅; 增长速度 and 增速 → 增长.
 *
 * Anything more is the analyst's to decide: groups are merged by hand.
 */

const DROPPED = /[\s"'“”‘’「」『』《》〈〉()（）[\]【】、,，.。;；:：!！?？·—-]+/gu;
const LEADING = /^(?:把|将|使|今年|全年)/u;
const SAME_THING: readonly [RegExp, string][] = [
  [/gdp/gu, '国内生产总值'],
  [/cpi/gu, '居民消费价格'],
  [/价格总水平/gu, '价格'],
  [/上涨幅度/gu, '涨幅'],
  [/价格上涨/gu, '价格涨幅'],
  [/增长速度|增速/gu, '增长'],
];

/** The grouping key of a parsed indicator; null when nothing is left of it. */
export function indicatorKey(indicator: string): string | null {
  let key = indicator.normalize('NFKC').toLowerCase().replace(DROPPED, '');
  for (const [pattern, replacement] of SAME_THING) key = key.replace(pattern, replacement);
  for (let before = ''; before !== key;) {
    before = key;
    key = key.replace(LEADING, '');
  }
  return key === '' ? null : key;
}
