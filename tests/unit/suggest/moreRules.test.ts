import { describe, expect, it } from 'vitest';
import { suggest } from '../../../electron/core/suggest/suggest';

/** What the engine suggests in a plan sentence, as tag, quote and rule. */
const found = (text: string) => suggest({ text, year: 2008 }).map((s) => [s.tag, s.quote, s.rule]);

describe('suggest: rules written on the 2008 report (gold gwr_2008)', () => {
  it('takes a scaled number counting people or households, without a unit, to its clause end', () => {
    expect(found('今年要再解决3200万农村人口的安全饮水问题，增加500万农村沼气用户。')).toEqual([
      ['target', '今年要再解决3200万农村人口的安全饮水问题', 'target.counted'],
      ['target', '增加500万农村沼气用户', 'target.counted'],
    ]);
  });

  it('reads a comparison with last year, 有所改善 in a goal list and 确保…不下降 as qualitative targets', () => {
    expect(found('今年财政支农投入的增量要明显高于上年。')).toEqual([
      ['target', '今年财政支农投入的增量要明显高于上年', 'target.compared'],
    ]);
    expect(found('国际收支状况有所改善。')).toEqual([['target', '国际收支状况有所改善', 'target.state']]);
    expect(found('确保他们基本生活水平不因物价上涨而下降。')).toEqual([['target', '确保他们基本生活水平不因物价上涨而下降', 'target.cue']]);
    expect(found('促进外贸增速高于上年。')).toEqual([]);
  });

  it('takes coverage of all, and a goal opened by a span of years written in Chinese numerals', () => {
    expect(found('从今年起农机具购置补贴覆盖到所有农业县。')).toEqual([
      ['target', '从今年起农机具购置补贴覆盖到所有农业县', 'target.frame'],
    ]);
    expect(found('用三年左右时间基本化解农村义务教育历史债务。')).toEqual([
      ['target', '用三年左右时间基本化解农村义务教育历史债务', 'target.deadline'],
    ]);
  });

  it('takes no figure that is explained or forecast', () => {
    expect(found('提出国内生产总值增长8%左右，主要是综合考虑了多种因素。')).toEqual([]);
    expect(found('只要上下共同努力，就一定能够保证市场供应和价格基本稳定。')).toEqual([]);
  });

  it('takes a zone set up under 建立, and an event staged, as projects; not a finance term ending in 项目', () => {
    expect(found('加快建立粮食核心产区。')).toEqual([['project', '粮食核心产区', 'project.zone']]);
    expect(found('组织好自治区成立60周年庆祝活动。')).toEqual([['project', '自治区成立60周年庆祝活动', 'project.event']]);
    expect(found('稳步推进资本项目可兑换。')).toEqual([]);
  });

  it('takes a project programme 工程 as a project, not its 战略 as a policy', () => {
    expect(found('实施粮食战略工程。').filter(([tag]) => tag === 'policy')).toEqual([]);
  });

  it('takes measures on benefits and prices, plans for emergencies, and a named reform under 加快…步伐', () => {
    expect(found('增加粮食直补、农资综合直补。')).toEqual([['policy', '增加粮食直补、农资综合直补', 'policy.parameter']]);
    expect(found('根据情况提高粮食最低收购价。')).toEqual([['policy', '提高粮食最低收购价', 'policy.parameter']]);
    expect(found('调整耕地占用税使用方向。')).toEqual([['policy', '调整耕地占用税使用方向', 'policy.parameter']]);
    expect(found('做好市场供应和价格应急预案。')).toEqual([['policy', '做好市场供应和价格应急预案', 'policy.measure']]);
    expect(found('加快农村综合改革步伐。')).toEqual([['policy', '农村综合改革', 'policy.named']]);
  });

  it('takes standards enforced, named pay systems taken up, tax treatments and experience spread', () => {
    expect(found('严格执行环保、质量、安全等法规标准。')).toEqual([['policy', '执行环保、质量、安全等法规标准', 'policy.measure']]);
    expect(found('采取灵活的薪酬制度和奖励措施。')).toEqual([['policy', '采取灵活的薪酬制度和奖励措施', 'policy.measure']]);
    expect(found('实施境外投资者境内利润再投资递延纳税。')).toEqual([['policy', '实施境外投资者境内利润再投资递延纳税', 'policy.applied']]);
    expect(found('全面复制推广自贸试验区经验。')).toEqual([['policy', '复制推广自贸试验区经验', 'policy.applied']]);
    expect(found('坚持计划生育基本国策。')).toEqual([['policy', '计划生育基本国策', 'policy.named']]);
  });

  it('takes no bare instrument, no "relevant" or "every" kind, no adjusted thing, no emergency system and no other country’s policy', () => {
    expect(found('把主要精力放在转变发展方式、深化改革、加快社会建设上。')).toEqual([]);
    expect(found('注重推进制度建设和创新。')).toEqual([]);
    expect(found('认真落实各项政策措施。')).toEqual([]);
    expect(found('必须调整的资源性产品价格和公共服务收费也要从严控制。')).toEqual([]);
    expect(found('加强应急体系和机制建设。')).toEqual([]);
    expect(found('主要发达国家实行宽松货币政策。')).toEqual([]);
    expect(found('推进农业标准化生产。')).toEqual([]);
  });

  it('keeps a measure verb followed by its own instrument noun (健全…政策制定机制)', () => {
    expect(found('健全企业家参与涉企政策制定机制。')).toEqual([['policy', '健全企业家参与涉企政策制定机制', 'policy.measure']]);
  });
});

describe('suggest: rules written on the Anhui industrial-internet policy (gold anhui_industrial_internet)', () => {
  it('takes a subsidy granted from its preposed 对… or 按照… phrase, and no ceiling, rate or sum of it as a target', () => {
    expect(found('对跨行业跨领域工业互联网平台省级给予奖补，最高3000万元。')).toEqual([
      ['policy', '对跨行业跨领域工业互联网平台省级给予奖补', 'policy.grant'],
    ]);
    expect(found('省级按照同期银行基准利率40%给予贴息，单个项目贴息期不超过3年，最高500万元。')).toEqual([
      ['policy', '按照同期银行基准利率40%给予贴息', 'policy.grant'],
    ]);
    expect(found('省级分别给予一次性奖补50万元、100万元、150万元。')).toEqual([['policy', '给予一次性奖补', 'policy.grant']]);
  });

  it('takes no discount the plan only encourages others to grant', () => {
    expect(found('鼓励各服务商对制造业中小企业购买云计算资源给予优惠。')).toEqual([]);
  });

  it('takes each work of a batch list, and a batch of several types sharing one head, but no generic kind', () => {
    expect(found('支持建设一批工业互联网创新中心、体验中心、公共服务平台、实训基地等。').map(([, quote]) => quote)).toEqual([
      '一批工业互联网创新中心',
      '体验中心',
      '公共服务平台',
      '实训基地',
    ]);
    expect(found('重点培育一批跨行业跨领域综合型、行业特色型工业互联网平台。')).toEqual([
      ['project', '一批跨行业跨领域综合型、行业特色型工业互联网平台', 'project.batchTypes'],
    ]);
    expect(found('培育各类工业互联网平台。')).toEqual([]);
  });

  it('takes a roster set up and a management regime applied', () => {
    expect(found('建立安徽省工业互联网（云）服务商资源池，实施动态管理。')).toEqual([
      ['policy', '建立安徽省工业互联网（云）服务商资源池', 'policy.measure'],
      ['policy', '实施动态管理', 'policy.applied'],
    ]);
  });
});

describe('suggest: rules written on the 2008 report’s task sections (gold gwr_2008)', () => {
  it('takes programmes listed before the head they share, and a numbered set of works, without the verb', () => {
    expect(found('全面启动和组织实施大型飞机、水体污染控制与治理、大型油气田及煤层气开发等国家重大专项。')).toEqual([
      ['project', '大型飞机、水体污染控制与治理、大型油气田及煤层气开发等国家重大专项', 'project.programmes'],
    ]);
    expect(found('加快十大重点节能工程实施进度。')).toEqual([['project', '十大重点节能工程', 'project.numbered']]);
  });

  it('takes each work of a batch joined by 和, and no head that is a 中心环节', () => {
    expect(found('重点建设一批国家实验室、面向企业的创新支撑平台和企业技术中心。').map(([, quote]) => quote)).toEqual([
      '一批国家实验室',
      '面向企业的创新支撑平台',
      '企业技术中心',
    ]);
    expect(found('坚持把推进自主创新作为转变发展方式的中心环节。')).toEqual([]);
  });

  it('takes a level held to last year’s, and a counted noun phrase running to the clause end', () => {
    expect(found('今年土地利用计划总规模控制在去年水平。')).toEqual([
      ['target', '今年土地利用计划总规模控制在去年水平', 'target.compared'],
    ]);
    expect(found('今年要完成7700多项食品、药品和其他消费品安全国家标准的制定修订工作。')).toEqual([
      ['target', '今年要完成7700多项食品、药品和其他消费品安全国家标准的制定修订工作', 'target.quantity'],
    ]);
  });

  it('takes responsibility systems, laws in the making, thresholds and compound verbs of planning; no audit system or instrument before 的', () => {
    expect(found('强化节能减排工作责任制。')).toEqual([['policy', '节能减排工作责任制', 'policy.named']]);
    expect(found('加快制定修订涉及产品质量安全的法规。')).toEqual([['policy', '制定修订涉及产品质量安全的法规', 'policy.measure']]);
    expect(found('提高涉及人身健康和安全产品的市场准入门槛。')).toEqual([
      ['policy', '提高涉及人身健康和安全产品的市场准入门槛', 'policy.parameter'],
    ]);
    expect(found('编制和实施促进中部崛起规划。')).toEqual([['policy', '编制和实施促进中部崛起规划', 'policy.measure']]);
    expect(found('鼓励东部地区率先发展。')).toEqual([['policy', '东部地区率先发展', 'policy.strategy']]);
    expect(found('健全审计、监察体系。')).toEqual([]);
    expect(found('加强和改进对全社会各类投资活动的引导。')).toEqual([]);
  });
});

describe('suggest: rules written on the 2008 report’s reform section (gold gwr_2008)', () => {
  it('takes 做好…工作 on a pilot or restructuring to its head noun, and no 做好…工作 that is an activity', () => {
    expect(found('做好政策性农业保险试点工作。')).toEqual([['policy', '做好政策性农业保险试点工作', 'policy.work']]);
    expect(found('要继续做好灾后重建工作。')).toEqual([]);
  });

  it('takes a pilot widened, a tax law applied, agreements carried out and a ban on a kind of project', () => {
    expect(found('扩大国有资本经营预算制度试点。')).toEqual([['policy', '扩大国有资本经营预算制度试点', 'policy.parameter']]);
    expect(found('全面实施新的企业所得税法。')).toEqual([['policy', '实施新的企业所得税法', 'policy.measure']]);
    expect(found('认真实施已签署的协定。')).toEqual([['policy', '实施已签署的协定', 'policy.measure']]);
    expect(found('限制和禁止高耗能、高排放和部分资源性外资项目。')).toEqual([
      ['policy', '限制和禁止高耗能、高排放和部分资源性外资项目', 'policy.ban'],
    ]);
  });

  it('takes no instrument only studied, no service to a quoted field and no market system', () => {
    expect(found('研究制定在全国范围内实施方案。')).toEqual([]);
    expect(found('强化中国农业银行为“三农”服务的功能。')).toEqual([]);
    expect(found('要加快现代市场体系建设。')).toEqual([]);
  });
});

describe('suggest: rules written on the rest of the subsidy policy (gold anhui_industrial_internet)', () => {
  it('takes a subsidy from 按…, support granted, and no figure of who qualifies or of how it is reckoned', () => {
    expect(found('对其上一年度实施产业化项目并实际完成投资1000万元及以上的，省级按项目关键设备购置额的10%给予奖补。')).toEqual([
      ['policy', '按项目关键设备购置额的10%给予奖补', 'policy.grant'],
    ]);
    expect(found('对符合条件的企业给予差别化信贷支持。')).toEqual([['policy', '对符合条件的企业给予差别化信贷支持', 'policy.grant']]);
    expect(found('今年赤字率拟按2.6%安排。')).toEqual([['target', '今年赤字率拟按2.6%安排', 'target.quantity']]);
  });

  it('takes nothing a clause opened by 鼓励 asks of others, but a region’s lead as a strategy', () => {
    expect(found('鼓励有条件的市设立工业互联网基金。')).toEqual([]);
    expect(found('鼓励东部地区率先发展。')).toEqual([['policy', '东部地区率先发展', 'policy.strategy']]);
  });

  it('takes a quoted campaign closing its clause after a measure verb and its field, and what is brought into a plan', () => {
    expect(found('推动集成电路产业“强链补链延链”。')).toEqual([['policy', '推动集成电路产业“强链补链延链”', 'policy.quotedEnd']]);
    expect(found('这是创新发展的最大“富矿”。')).toEqual([]);
    expect(found('将工业互联网高层次人才纳入新时代“江淮英才计划”等各类人才计划。')).toEqual([
      ['policy', '将工业互联网高层次人才纳入新时代“江淮英才计划”等各类人才计划', 'policy.preposed'],
    ]);
  });

  it('takes no solution product for a plan document, and no safety system', () => {
    expect(found('打造和推广整体解决方案和集成技术产品。')).toEqual([]);
    expect(found('支持工业互联网安全体系建设。')).toEqual([]);
  });
});
