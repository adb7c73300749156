import { describe, expect, it } from 'vitest';
import { suggest } from '../../../electron/core/suggest/suggest';
import { clausesOf } from '../../../electron/core/suggest/clauses';
import { CUE_TABLE } from '../../../electron/core/suggest/cueTable';
import { SuggestionSchema } from '../../../electron/shared/suggest/suggestionSchema';

const brief = (text: string, options: Parameters<typeof suggest>[2] = {}, existing: Parameters<typeof suggest>[1] = []) =>
  suggest({ text, year: 2018 }, existing, options).map((s) => [s.start, s.end, s.tag, s.quote, s.rule]);

describe('suggest: targets', () => {
  it('takes each figure of a goal list from its indicator to its comparator, on full-width digits too', () => {
    expect(brief('今年发展的主要预期目标是：国内生产总值增长６．５％左右；居民消费价格涨幅3%左右。')).toEqual([
      [13, 27, 'target', '国内生产总值增长６．５％左右', 'target.quantity'],
      [28, 40, 'target', '居民消费价格涨幅3%左右', 'target.quantity'],
    ]);
  });

  it('makes one span per figure where coordinated figures have their own indicators', () => {
    expect(brief('新增高标准农田8000万亩以上、高效节水灌溉面积2000万亩。')).toEqual([
      [0, 15, 'target', '新增高标准农田8000万亩以上', 'target.quantity'],
      [16, 30, 'target', '高效节水灌溉面积2000万亩', 'target.quantity'],
    ]);
  });

  it('reads qualitative targets by their cue, frame or state', () => {
    expect(brief('确保脱贫攻坚任务全面完成，国际收支基本平衡，实现高速宽带城乡全覆盖。')).toEqual([
      [0, 12, 'target', '确保脱贫攻坚任务全面完成', 'target.cue'],
      [13, 21, 'target', '国际收支基本平衡', 'target.state'],
      [22, 33, 'target', '实现高速宽带城乡全覆盖', 'target.frame'],
    ]);
  });

  it('gives a target its parsed value', () => {
    const [s] = suggest({ text: '今年再压减钢铁产能3000万吨左右。', year: 2018 }, []);
    expect(s?.value).toMatchObject({ amount: '30000000', unit: '吨', scale: '万', comparator: 'around', deadline: { year: 2018 } });
  });

  it('leaves a project’s investment figure to the project', () => {
    expect(brief('开工建设总投资300亿元的22个省市级重点项目。')).toEqual([
      [4, 23, 'project', '总投资300亿元的22个省市级重点项目', 'project.investment'],
    ]);
  });

  it('calls a figure in the review part of a work report an achievement, given only when asked for', () => {
    const text =
      '2018年政府工作报告\n一、过去五年工作回顾\n国内生产总值增长7.1%。\n二、2018年经济社会发展总体要求和政策取向\n城镇新增就业1100万人以上。';
    const all = suggest({ text, title: '2018年政府工作报告' }, [], { tags: ['target', 'achievement'] });
    expect(all.map((s) => [s.tag, s.quote])).toEqual([
      ['achievement', '国内生产总值增长7.1%'],
      ['target', '城镇新增就业1100万人以上'],
    ]);
    expect(suggest({ text, title: '2018年政府工作报告' }).map((s) => s.quote)).toEqual(['城镇新增就业1100万人以上']);
  });
});

describe('suggest: projects and policies', () => {
  it('takes named infrastructure without the verb before it', () => {
    expect(brief('加快建设重庆路快速路、地铁5号线。')).toEqual([
      [4, 10, 'project', '重庆路快速路', 'project.infrastructure'],
      [11, 16, 'project', '地铁5号线', 'project.infrastructure'],
    ]);
  });

  it('takes a measure verb and its instruments as one span, and quoted campaigns', () => {
    expect(brief('落实一园一策、顶格协调推进机制，推行“项目管家”服务，实施乡村振兴战略。')).toEqual([
      [0, 15, 'policy', '落实一园一策、顶格协调推进机制', 'policy.measure'],
      [18, 26, 'policy', '“项目管家”服务', 'policy.campaign'],
      [27, 35, 'policy', '实施乡村振兴战略', 'policy.measure'],
    ]);
  });

  it('takes a measure on a named parameter', () => {
    expect(brief('提高个人所得税起征点。', { tags: ['policy'] })).toEqual([[0, 10, 'policy', '提高个人所得税起征点', 'policy.parameter']]);
  });
});

describe('suggest: what it leaves out', () => {
  it('suggests nothing over an existing span of the same tag, but does over another tag', () => {
    const text = '实施乡村振兴战略。';
    expect(brief(text, {}, [{ start: 2, end: 4, tag: 'policy' }])).toEqual([]);
    expect(brief(text, {}, [{ start: 2, end: 4, tag: 'target' }])).toHaveLength(1);
  });

  it('suggests only the tags asked for', () => {
    expect(brief('城镇新增就业1100万人以上，实施乡村振兴战略。', { tags: ['policy'] }).map((s) => s[2])).toEqual(['policy']);
  });

  it('never lets a span run across a clause end, but keeps a thousands separator inside a figure', () => {
    expect(clausesOf('就业1,200万人,实施')).toEqual([
      { start: 0, end: 9 },
      { start: 10, end: 12 },
    ]);
  });
});

describe('the cue table and the suggestions', () => {
  it('has unique rule ids and patterns that compile', () => {
    expect(new Set(CUE_TABLE.map((r) => r.id)).size).toBe(CUE_TABLE.length);
    for (const r of CUE_TABLE) expect(() => new RegExp(r.pattern, 'u')).not.toThrow();
  });

  it('gives suggestions that pass the contract schema', () => {
    const made = suggest({ text: '城镇新增就业1100万人以上，实施乡村振兴战略，建设国家实验室。', year: 2018 });
    expect(made).toHaveLength(3);
    for (const s of made) expect(SuggestionSchema.safeParse(s).success).toBe(true);
  });
});
