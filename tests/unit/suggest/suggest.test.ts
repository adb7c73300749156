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

  it('takes a goal cue only where it reaches for a state, and 走在…前列 only under a cue (GUIDELINES §2)', () => {
    expect(brief('确保进度和质量，争取项目、扩大投资，确保脱贫攻坚任务全面完成。')).toEqual([
      [18, 30, 'target', '确保脱贫攻坚任务全面完成', 'target.cue'],
    ]);
    expect(brief('国有企业要走在高质量发展前列，努力走在前列。')).toEqual([[15, 21, 'target', '努力走在前列', 'target.frame']]);
  });

  it('joins a deadline-only clause to the goal after it, which holds its own policy', () => {
    expect(brief('利用2-3年时间，建立健全数据专区配套管理制度和标准规范。')).toEqual([
      [0, 28, 'target', '利用2-3年时间，建立健全数据专区配套管理制度和标准规范', 'target.deadline'],
      [9, 28, 'policy', '建立健全数据专区配套管理制度和标准规范', 'policy.measure'],
    ]);
  });

  it('reads a scale before a comparator, a counted noun after its figure, and no figure that qualifies the noun after 的', () => {
    expect(brief('今年再减少农村贫困人口1000万以上，6.5%左右的增速可以实现比较充分的就业。')).toEqual([
      [0, 18, 'target', '今年再减少农村贫困人口1000万以上', 'target.quantity'],
    ]);
    expect(brief('打造2座“十亿元级”税收楼宇。')).toEqual([[0, 14, 'target', '打造2座“十亿元级”税收楼宇', 'target.quantity']]);
  });

  it('leaves out past results quoted in the plan, and reads a state of two indicators in step', () => {
    expect(brief('去年居民消费价格涨幅回落到2.6%，劳动报酬增长和劳动生产率提高同步。')).toEqual([
      [18, 34, 'target', '劳动报酬增长和劳动生产率提高同步', 'target.state'],
    ]);
  });

  it('takes a red line with its figure and coverage reached, without the topic words and adverbs before them', () => {
    expect(brief('底线是严守18亿亩耕地红线，逐步实现城镇基本公共服务覆盖常住人口。')).toEqual([
      [3, 13, 'target', '严守18亿亩耕地红线', 'target.quantity'],
      [16, 32, 'target', '实现城镇基本公共服务覆盖常住人口', 'target.frame'],
    ]);
  });

  it('runs a level raised 由…提高到… to the level reached, and leaves a pilot’s scope to the pilot', () => {
    expect(brief('人均基本公共卫生服务经费标准由25元提高到30元，全面开展儿童白血病等20种重大疾病保障试点工作。')).toEqual([
      [0, 24, 'target', '人均基本公共卫生服务经费标准由25元提高到30元', 'target.quantity'],
      [27, 46, 'policy', '开展儿童白血病等20种重大疾病保障试点', 'policy.measure'],
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

  it('takes each event of a staging verb’s list', () => {
    expect(brief('办好博鳌亚洲论坛年会、上海合作组织峰会、中非合作论坛峰会等主场外交。')).toEqual([
      [2, 10, 'project', '博鳌亚洲论坛年会', 'project.event'],
      [11, 19, 'project', '上海合作组织峰会', 'project.event'],
      [20, 28, 'project', '中非合作论坛峰会', 'project.event'],
    ]);
  });

  it('takes works named before 建设, names sharing one head, and a second name joined by 和', () => {
    expect(brief('加快公共卫生中心建设，推进金融、交通、位置、空间、信用等数据专区建设和应用。')).toEqual([
      [2, 8, 'project', '公共卫生中心', 'project.before'],
      [13, 32, 'project', '金融、交通、位置、空间、信用等数据专区', 'project.shared'],
    ]);
    expect(brief('加快建设现代农业产业园和特色农产品优势区，探索建设自由贸易港。')).toEqual([
      [4, 11, 'project', '现代农业产业园', 'project.work'],
      [12, 20, 'project', '特色农产品优势区', 'project.joined'],
      [25, 30, 'project', '自由贸易港', 'project.work'],
    ]);
  });

  it('takes each work listed before the category of sites it belongs to', () => {
    expect(brief('推动浪潮大数据产业园、钢研“一院一园”等园区扩能升级。')).toEqual([
      [2, 10, 'project', '浪潮大数据产业园', 'project.listed'],
      [11, 19, 'project', '钢研“一院一园”', 'project.listed'],
    ]);
  });

  it('takes a work named after 和 before 建设', () => {
    expect(brief('加强房地产市场调控和保障性安居工程建设。')).toEqual([[10, 17, 'project', '保障性安居工程', 'project.before']]);
  });

  it('takes no facility only used, and no head that modifies what follows it', () => {
    expect(brief('依托市大数据平台实施共享，创建国际消费中心城市。')).toEqual([]);
  });

  it('takes a measure on a quoted name, a preposed measure and a prohibition of its own', () => {
    expect(brief('推进“互联网+政务服务”，将新能源汽车车辆购置税优惠政策再延长三年，严禁“洋垃圾”入境。')).toEqual([
      [0, 12, 'policy', '推进“互联网+政务服务”', 'policy.quoted'],
      [13, 33, 'policy', '将新能源汽车车辆购置税优惠政策再延长三年', 'policy.preposed'],
      [34, 43, 'policy', '严禁“洋垃圾”入境', 'policy.ban'],
    ]);
  });

  it('takes strategies and named instruments, but no generic instrument or organisational system (GUIDELINES §4)', () => {
    expect(brief('推进改革，制定规划，健全自治、法治、德治相结合的乡村治理体系，推进京津冀协同发展，加快金融体制改革。')).toEqual([
      [31, 40, 'policy', '推进京津冀协同发展', 'policy.strategy'],
      [43, 49, 'policy', '金融体制改革', 'policy.named'],
    ]);
  });

  it('takes a measure verb and its instruments as one span, and quoted campaigns', () => {
    expect(brief('落实一园一策、顶格协调推进机制，推行“项目管家”服务，实施乡村振兴战略。')).toEqual([
      [0, 15, 'policy', '落实一园一策、顶格协调推进机制', 'policy.measure'],
      [16, 26, 'policy', '推行“项目管家”服务', 'policy.regime'],
      [27, 35, 'policy', '实施乡村振兴战略', 'policy.measure'],
    ]);
  });

  it('takes the macro stances with the verb that applies them, a measure’s own prepositional phrase, and no 改革开放', () => {
    expect(brief('继续实施积极的财政政策和稳健的货币政策，结合税制改革完善结构性减税政策，深化改革开放。')).toEqual([
      [2, 19, 'policy', '实施积极的财政政策和稳健的货币政策', 'policy.stance'],
      [20, 35, 'policy', '结合税制改革完善结构性减税政策', 'policy.measure'],
    ]);
  });

  it('takes what is brought into a plan or an assessment, and a named campaign; no figure already reached', () => {
    expect(
      brief(
        '目前我国年度财政性教育经费支出总额已经超过2万亿元，把文化改革发展纳入经济社会发展总体规划，列入各级政府效能和领导干部政绩考核体系，广泛开展全民健身运动。',
      ),
    ).toEqual([
      [26, 45, 'policy', '把文化改革发展纳入经济社会发展总体规划', 'policy.preposed'],
      [46, 65, 'policy', '列入各级政府效能和领导干部政绩考核体系', 'policy.parameter'],
      [68, 76, 'policy', '开展全民健身运动', 'policy.measure'],
    ]);
    expect(brief('把政府活动全面纳入法治轨道。')).toEqual([]);
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

  it('keeps a deadline-only clause with the clause after it, and no other', () => {
    expect(clausesOf('到2025年,数字经济占比10%;今年,开工')).toEqual([
      { start: 0, end: 16 },
      { start: 17, end: 19 },
      { start: 20, end: 22 },
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
