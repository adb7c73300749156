import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { SectionHeadings } from '../../../renderer/src/workspace/sectionHeadings';
import { sentenceWindow } from '../../../renderer/src/workspace/sentenceWindow';

/** The window around the first occurrence of `quote` in `text`, as the list would show it with its ellipses. */
function shown(text: string, quote: string, reach?: number): string {
  const map = new OffsetMap(text);
  const start = [...text.slice(0, text.indexOf(quote))].length;
  const w = sentenceWindow(map, start, start + [...quote].length, reach);
  return `${w.clippedBefore ? '…' : ''}${w.before}[${w.quote}]${w.after}${w.clippedAfter ? '…' : ''}`;
}

describe('sentenceWindow', () => {
  const text = '总体要求。全市新增就业4万人，城镇调查失业率控制在5.5%以内！下一句不该出现。';

  it('keeps to the quote’s sentence: from after the last sentence end to the next one, included', () => {
    expect(shown(text, '4万人')).toBe('全市新增就业[4万人]，城镇调查失业率控制在5.5%以内！');
    expect(shown(text, '总体')).toBe('[总体]要求。');
    expect(shown(text, '不该出现')).toBe('下一句[不该出现]。');
  });

  it('stops at a line break, which ends a paragraph or heading, and leaves the break out', () => {
    expect(shown('一、总体要求\n全面推进项目建设', '总体')).toBe('一、[总体]要求');
    expect(shown('一、总体要求\n全面推进项目建设', '项目')).toBe('全面推进[项目]建设');
  });

  it('keeps a closing quote or bracket with the sentence it ends, on both sides', () => {
    expect(shown('他说：“要快。”随后开工。', '随后')).toBe('[随后]开工。');
    expect(shown('实施“一园一策。”随后开工。', '一园')).toBe('实施“[一园]一策。”');
  });

  it('cuts a long sentence to the reach, at a comma where one is near, and says so', () => {
    const long =
      '为了进一步推动经济社会高质量发展，加快建设现代化产业体系，全面实施重点项目建设，努力实现全年目标任务，确保各项工作落到实处。';
    // A comma that would leave fewer than six characters does not start the window; with none near its end, it ends mid-clause.
    expect(shown(long, '重点项目', 12)).toBe('…现代化产业体系，全面实施[重点项目]建设，努力实现全年目标任…');
    expect(shown(long, '努力实现', 16)).toBe('…全面实施重点项目建设，[努力实现]全年目标任务…');
    expect(shown(long, '努力实现', 20)).toBe('…全面实施重点项目建设，[努力实现]全年目标任务，确保各项工作落到实处。');
    // No comma within the reach: cut mid-clause at the reach.
    expect(shown('甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥。', '午未', 4)).toBe('…寅卯辰巳[午未]申酉戌亥。');
    expect(shown('甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地。', '午未', 4)).toBe('…寅卯辰巳[午未]申酉戌亥…');
  });

  it('is not clipped where the text itself starts or ends within the reach', () => {
    expect(shown('开头几个字就是引文所在', '几个', 8)).toBe('开头[几个]字就是引文所在');
  });

  it('counts code points: astral characters are neither split nor miscounted', () => {
    const astral = '𠮷𠮷𠮷𠮷𠮷𠮷甲乙𠮷𠮷𠮷𠮷𠮷𠮷';
    expect(shown(astral, '甲乙', 3)).toBe('…𠮷𠮷𠮷[甲乙]𠮷𠮷𠮷…');
  });

  it('takes a quote that crosses sentences whole, with the context of its two ends', () => {
    expect(shown('前文。甲乙。丙丁。后文。', '乙。丙')).toBe('甲[乙。丙]丁。');
  });
});

describe('SectionHeadings', () => {
  const text = '政府工作报告\n导语一段。\n一、回顾\n正文甲。\n（一）稳增长\n正文乙。\n二、建议\n正文丙。';
  const at = (quote: string) => [...text.slice(0, text.indexOf(quote))].length;
  const headings = [
    { start: at('（一）'), end: at('（一）') + 6, level: 3 },
    { start: 0, end: 6, level: 1 },
    { start: at('一、'), end: at('一、') + 4, level: 2 },
    { start: at('二、'), end: at('二、') + 4, level: 2 },
  ];
  const sections = new SectionHeadings(new OffsetMap(text), headings);

  it('names the nearest heading before a position, whatever the order the headings come in', () => {
    expect(sections.at(at('正文甲'))).toBe('一、回顾');
    expect(sections.at(at('正文乙'))).toBe('（一）稳增长');
    expect(sections.at(at('正文丙'))).toBe('二、建议');
    expect(sections.at(at('正文丙') - 1)).toBe('二、建议');
  });

  it('puts a heading itself in no section: its sentence is the heading', () => {
    expect(sections.at(at('二、'))).toBeNull();
    expect(sections.at(at('稳增长'))).toBeNull();
  });

  it('puts the text before the first section, and the title line, in no section', () => {
    expect(sections.at(at('导语'))).toBeNull();
    expect(sections.at(0)).toBeNull();
    expect(new SectionHeadings(new OffsetMap('无标题正文'), []).at(2)).toBeNull();
  });

  it('keeps a level-1 heading that is not the title line', () => {
    const md = new SectionHeadings(new OffsetMap('引言\n# 第一部分\n正文'), [{ start: 3, end: 9, level: 1 }]);
    expect(md.at(10)).toBe('# 第一部分');
  });
});
