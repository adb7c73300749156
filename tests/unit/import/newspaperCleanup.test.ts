import { describe, expect, it } from 'vitest';
import { newspaperCleanup } from '../../../electron/core/import/newspaperCleanup';
import { endsOpen, endsSentence, headingLevel, joinLines, numberingLevel, readsAsProse } from '../../../electron/core/import/lineShape';

const lines = (...texts: string[]) => texts.map((text) => ({ text, level: null }));

describe('line shapes', () => {
  it('levels numbered clauses by their numbering', () => {
    expect(numberingLevel('第一章 总则')).toBe(2);
    expect(numberingLevel('一、总体要求')).toBe(2);
    expect(numberingLevel('（一）指导思想')).toBe(3);
    expect(numberingLevel('1.加强组织领导')).toBe(4);
    expect(numberingLevel('第十二条 （商事主体登记确认制）')).toBe(4);
    expect(numberingLevel('1.5倍于去年')).toBeNull();
    expect(numberingLevel('2023年是开局之年')).toBeNull();
  });

  it('tells headings from prose and from lines cut mid-sentence', () => {
    expect(headingLevel('发力扩大内需战场')).toBe(2);
    expect(headingLevel('（一）创新宏观调控，保持经济运行在合理区间。面对贸易保护主义')).toBeNull();
    expect(headingLevel('要用心用情提供全方位服务,大力')).toBeNull();
    expect(headingLevel('2019年8月12日')).toBeNull();
    expect(endsOpen('要用心用情提供全方位服务,大力')).toBe(true);
    expect(endsOpen('本作品是中华人民共和国的')).toBe(true);
    expect(endsOpen('发力扩大内需战场') || readsAsProse('发力扩大内需战场')).toBe(false);
    expect(endsSentence('确保年内游客接待量增长20%以上。')).toBe(true);
    expect(endsSentence('称为“创新突破年”。”')).toBe(true);
    expect(endsSentence('每个奖励100万元。（责任单位：省经济和信息化厅、省财政厅）')).toBe(true);
    expect(endsSentence('推进《关于香港问题的联合声明（草案）')).toBe(false);
  });

  it('joins a line with its continuation, with a space between Latin words only', () => {
    expect(joinLines('the economy grew', 'steadily')).toBe('the economy grew steadily');
    expect(joinLines('in 2023', '12 provinces')).toBe('in 2023 12 provinces');
    expect(joinLines('粮食产量1.3', '7万亿斤')).toBe('粮食产量1.37万亿斤');
    expect(joinLines('共向1', '000多万失业人员')).toBe('共向1000多万失业人员');
    expect(joinLines('要吃透', '产业发展现状')).toBe('要吃透产业发展现状');
  });
});

describe('newspaper clean-up', () => {
  it('splits at datelines, takes out captions credited "摄", bylines in full-width brackets', () => {
    const articles = newspaperCleanup(
      lines(
        '第一篇标题',
        '本报讯 今天召开大会，会议要求',
        '青岛市民在广场上 记者 王明 摄',
        '全力推进各项工作。',
        '（记者 李华）',
        '第二篇标题',
        '副标题在这里',
        '新华社北京3月5日电 第二篇的正文。',
      ),
    );
    expect(articles).toHaveLength(2);
    expect(articles[0]).toMatchObject({
      title: '第一篇标题',
      dateline: '本报讯',
      byline: '（记者 李华）',
      captions: ['青岛市民在广场上 记者 王明 摄'],
      blocks: [
        { text: '第一篇标题', level: 1 },
        { text: '今天召开大会，会议要求全力推进各项工作。', level: null },
      ],
    });
    expect(articles[1]).toMatchObject({
      title: '第二篇标题',
      subtitle: '副标题在这里',
      dateline: '新华社北京3月5日电',
      blocks: [
        { text: '第二篇标题', level: 1 },
        { text: '副标题在这里', level: 2 },
        { text: '第二篇的正文。', level: null },
      ],
    });
  });

  it('never glues a numbered heading to the paragraph after it', () => {
    const [article] = newspaperCleanup(
      lines('工作报告', '一、过去一年的工作', '过去一年，我们做了很多工作。', '（一）稳定经济', '坚持实施积极的财政政策。'),
    );
    expect(article!.blocks).toEqual([
      { text: '工作报告', level: 1 },
      { text: '一、过去一年的工作', level: 2 },
      { text: '过去一年，我们做了很多工作。', level: null },
      { text: '（一）稳定经济', level: 3 },
      { text: '坚持实施积极的财政政策。', level: null },
    ]);
  });

  it('joins a line that can only continue the one before, such as one starting with a comma', () => {
    const [article] = newspaperCleanup(lines('会议通过了', '中华人民共和国宪法', '，接着又通过了几个法律。'));
    expect(article!.blocks.map((b) => b.text)).toEqual(['会议通过了中华人民共和国宪法，接着又通过了几个法律。']);
  });
});
