import { describe, expect, it } from 'vitest';
import { mergeIndicators, renameIndicator, splitIndicator } from '../../../electron/shared/indicators/editIndicatorGroups';
import { groupIndicators, resolveKey } from '../../../electron/shared/indicators/groupIndicators';
import { NO_INDICATOR_GROUPS } from '../../../electron/shared/indicators/indicatorGroupsSchema';
import { indicatorKey } from '../../../electron/shared/indicators/indicatorKey';
import { valueText } from '../../../electron/shared/indicators/valueText';
import { parseTargetValue } from '../../../electron/shared/values/targetValue';

describe('indicatorKey', () => {
  it.each([
    ['城镇新增就业', '城镇新增就业'],
    ['把居民消费价格涨幅', '居民消费价格涨幅'],
    ['居民消费价格总水平涨幅', '居民消费价格涨幅'],
    ['居民消费价格上涨', '居民消费价格涨幅'],
    ['CPI涨幅', '居民消费价格涨幅'],
    ['ＧＤＰ增长', '国内生产总值增长'],
    ['国内生产总值增速', '国内生产总值增长'],
    ['“十亿元级” 税收楼宇', '十亿元级税收楼宇'],
    ['今年城镇新增就业', '城镇新增就业'],
  ])('%s → %s', (indicator, key) => {
    expect(indicatorKey(indicator)).toBe(key);
  });

  it('leaves nothing of punctuation alone', () => {
    expect(indicatorKey('“”、')).toBeNull();
  });
});

describe('merging and naming groups', () => {
  it('follows merges, re-points merges into a merged group, and drops the names of merged groups', () => {
    let groups = renameIndicator(NO_INDICATOR_GROUPS, 'b', 'B 组');
    groups = mergeIndicators(groups, ['b'], 'a');
    expect(resolveKey(groups, 'b')).toBe('a');
    expect(groups.names).toEqual([]);
    groups = mergeIndicators(groups, ['a'], 'c');
    expect(resolveKey(groups, 'b')).toBe('c');
    expect(mergeIndicators(groups, ['c'], 'b')).toBe(groups);
    expect(renameIndicator(renameIndicator(groups, 'b', ' 丙 '), 'c', '').names).toEqual([]);
    expect(renameIndicator(groups, 'b', '丙').names).toEqual([{ key: 'c', name: '丙' }]);
    // Taking a out of c brings b, merged into a, with it.
    const apart = splitIndicator(groups, 'a');
    expect([resolveKey(apart, 'a'), resolveKey(apart, 'b')]).toEqual(['a', 'a']);
    expect(splitIndicator(apart, 'a')).toBe(apart);
  });

  it('puts spans of merged keys in one row under its name, documents by date', () => {
    const span = (id: string, docId: string, quote: string) => ({
      id,
      docId,
      start: 0,
      end: quote.length,
      quote,
      value: parseTargetValue(quote),
    });
    const docs = [
      { id: 'd_new', title: 'B', date: { year: 2024, raw: '2024年', source: 'title' as const } },
      { id: 'd_old', title: 'A', date: { year: 2019, month: 3, raw: '2019年3月', source: 'title' as const } },
    ];
    const spans = [span('a_1', 'd_new', '城镇新增就业1200万人左右'), span('a_2', 'd_old', '新增城镇就业1100万人以上')];
    const apart = groupIndicators(docs, spans, NO_INDICATOR_GROUPS);
    expect(apart.documents.map((d) => d.id)).toEqual(['d_old', 'd_new']);
    expect(apart.rows.map((r) => r.key).sort()).toEqual(['城镇新增就业', '新增城镇就业']);
    const merged = groupIndicators(
      docs,
      spans,
      renameIndicator(mergeIndicators(NO_INDICATOR_GROUPS, ['新增城镇就业'], '城镇新增就业'), '城镇新增就业', '就业'),
    );
    expect(merged.rows).toHaveLength(1);
    expect(merged.rows[0]).toMatchObject({ key: '城镇新增就业', name: '就业', keys: ['城镇新增就业', '新增城镇就业'] });
    expect(merged.rows[0]!.values.map((v) => [v.docId, valueText(v)])).toEqual([
      ['d_old', '≥1100万人'],
      ['d_new', '≈1200万人'],
    ]);
  });
});
