import { describe, expect, it } from 'vitest';
import { suggest } from '../../../electron/core/suggest/suggest';

/** What the engine suggests in a plan sentence, as tag, quote and rule. */
const found = (text: string, year = 1998) => suggest({ text, year }).map((s) => [s.tag, s.quote, s.rule]);

describe('suggest: rules written on the 1998 report (gold gwr_1998)', () => {
  it('reads figures whose digits the source prints apart, and keeps the quote as written', () => {
    const [s] = suggest({ text: '粮食总产量稳定在4 9 2 5 0 万吨。', year: 1998 });
    expect([s!.quote, s!.start, s!.end]).toEqual(['粮食总产量稳定在4 9 2 5 0 万吨', 0, 20]);
    expect(s!.value).toMatchObject({ indicator: '粮食总产量', amount: '492500000', unit: '吨', scale: '万' });
    expect(found('商品零售价格涨幅控制在3 ％以内。')).toEqual([['target', '商品零售价格涨幅控制在3 ％以内', 'target.quantity']]);
  });

  it('takes 或者更多一些 as the comparator, a goal opened by its deadline, and a causative 使 out of the span', () => {
    expect(found('今年全社会固定资产投资预定增长1 0 ％或者更多一些。')).toEqual([
      ['target', '今年全社会固定资产投资预定增长1 0 ％或者更多一些', 'target.quantity'],
    ]);
    expect(found('力争到本世纪末使大多数国有大中型骨干企业初步建立起现代企业制度。').slice(0, 1)).toEqual([
      ['target', '力争到本世纪末使大多数国有大中型骨干企业初步建立起现代企业制度', 'target.deadlineLed'],
    ]);
    expect(found('使大多数国有大中型亏损企业摆脱困境。')).toEqual([['target', '大多数国有大中型亏损企业摆脱困境', 'target.state']]);
    expect(found('又要实现集体资产保值增值。')).toEqual([['target', '实现集体资产保值增值', 'target.state']]);
  });

  it('takes named reforms and regimes as the topic of their clause, and a quoted formula standing alone', () => {
    expect(found('粮食购销体制改革是今年的一件大事。')).toEqual([['policy', '粮食购销体制改革', 'policy.topic']]);
    expect(found('“菜篮子”市长负责制。')).toEqual([['policy', '“菜篮子”市长负责制', 'policy.quotedRegime']]);
    expect(found('二是实行分类指导，“抓大放小”，对国有企业进行战略性改组。')).toEqual([['policy', '“抓大放小”', 'policy.quotedAlone']]);
    expect(found('国有企业改革是当前经济体制改革的重点。')).toEqual([]);
  });

  it('takes measures on a named tax or fund, and a 工程 of a service capacity as a policy, not a project', () => {
    expect(found('调整消费税，开征遗产税。')).toEqual([
      ['policy', '调整消费税', 'policy.parameter'],
      ['policy', '开征遗产税', 'policy.parameter'],
    ]);
    expect(found('清理欠税。')).toEqual([]);
    expect(found('实施再就业工程。')).toEqual([['policy', '实施再就业工程', 'policy.serviceWork']]);
  });

  it('takes no ban on what is unlawful anyway, no direction, and no reform paired with building', () => {
    expect(found('严禁各种形式的乱摊派、乱收费、乱罚款。')).toEqual([]);
    expect(found('以建立现代企业制度为方向。')).toEqual([]);
    expect(found('积极进行国防工业的调整和改革。')).toEqual([]);
    expect(found('改革是当前经济体制改革的重点。')).toEqual([]);
  });
});

describe('suggest: rules written on the 1993 report (gold gwr_1993)', () => {
  it('takes 百分之X figures and ranges as quantities', () => {
    expect(found('今年国民生产总值计划增长百分之八。', 1993)).toEqual([['target', '今年国民生产总值计划增长百分之八', 'target.quantity']]);
    expect(found('农村居民人均纯收入平均每年实际增长百分之四至百分之五。', 1993)).toEqual([
      ['target', '农村居民人均纯收入平均每年实际增长百分之四至百分之五', 'target.quantity'],
    ]);
  });

  it('takes lines between places sharing one head, water-control hubs and batches of ports as projects', () => {
    expect(found('新建北京经九江至深圳、南宁至昆明、宝鸡至中卫等铁路干线。', 1993)).toEqual([
      ['project', '北京经九江至深圳、南宁至昆明、宝鸡至中卫等铁路干线', 'project.line'],
    ]);
    expect(found('抓紧黄河小浪底水利枢纽和南水北调工程建设。', 1993)).toEqual([
      ['project', '黄河小浪底水利枢纽', 'project.infrastructure'],
      ['project', '南水北调工程', 'project.joined'],
    ]);
    expect(found('重点建设一批新港口。', 1993)).toEqual([['project', '一批新港口', 'project.work']]);
  });

  it('takes no five-year plan only referred to', () => {
    expect(found('按调整后的“八五”计划，经济增长较快。', 1993)).toEqual([]);
  });
});

describe('suggest: rules written on the Lingang regulation and the Baotou task list (gold lingang_new_area, baotou_digital_gov)', () => {
  it('takes zones set up, and the areas of a list before 等区域, as projects; not a facility that only carries an activity', () => {
    expect(found('依法建立洋山特殊综合保税区。', 2019)).toEqual([['project', '洋山特殊综合保税区', 'project.zone']]);
    expect(found('新片区建设国际医疗服务集聚区。', 2019)).toEqual([['project', '国际医疗服务集聚区', 'project.work']]);
    expect(found('先行启动南汇新城、临港装备产业区等区域。', 2019)).toEqual([
      ['project', '南汇新城', 'project.work'],
      ['project', '临港装备产业区', 'project.listed'],
    ]);
    expect(found('新片区以洋山深水港、浦东国际机场为载体。', 2019)).toEqual([]);
  });

  it('takes grants of a benefit, a right or a licence, and a measure applied as the basis of another', () => {
    expect(found('按照国家规定给予出口退税。', 2019)).toEqual([['policy', '按照国家规定给予出口退税', 'policy.grant']]);
    expect(found('在全面实施综合保税区政策的基础上。', 2019)).toEqual([['policy', '实施综合保税区政策', 'policy.measure']]);
    expect(found('研究实施境外人才个人所得税支持政策。', 2019)).toEqual([]);
  });

  it('takes a quoted reform after the field it is of, and a work whose building heads a section', () => {
    expect(found('（七）推进政务服务“跨域通办"（1分）', 2022)).toEqual([['policy', '推进政务服务“跨域通办"', 'policy.quoted']]);
    expect(found('（一）一体化政务服务平台建设（3分）', 2022)).toEqual([['project', '一体化政务服务平台', 'project.heading']]);
    expect(found('通过大数据平台和一体化政务服务平台，完善数据分析功能。', 2022)).toEqual([]);
  });
});

describe('suggest: qualitative targets of the 1993 report (gold gwr_1993)', () => {
  it('takes a growth compared with another, a deficit within the budget and a status restored', () => {
    expect(found('要使第三产业增长高于国民生产总值增长速度。', 1993)).toEqual([
      ['target', '第三产业增长高于国民生产总值增长速度', 'target.compared'],
    ]);
    expect(found('使赤字不突破预算。', 1993)).toEqual([['target', '赤字不突破预算', 'target.state']]);
    expect(found('促进外贸增速高于上年。', 1993)).toEqual([]);
  });
});

describe('suggest: the rest of the 2013 plan (gold gwr_2013)', () => {
  it('takes convertibility reached as a target, and no measure taken already nor a national policy only upheld', () => {
    expect(found('逐步实现人民币资本项目可兑换。', 2013)).toEqual([['target', '实现人民币资本项目可兑换', 'target.frame']]);
    expect(found('稳步推进资本项目可兑换。', 2013)).toEqual([]);
    expect(found('我们已经制定了深化收入分配制度改革若干意见。', 2013)).toEqual([]);
    expect(found('要坚持对外开放的基本国策。', 2013)).toEqual([]);
  });
});
