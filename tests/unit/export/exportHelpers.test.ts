import { describe, expect, it } from 'vitest';
import { bratFragments } from '../../../electron/core/export/bratFragments';
import { neutraliseFormula } from '../../../electron/core/export/neutraliseFormula';
import { safeFileBase, uniqueFileBases } from '../../../electron/core/export/safeFileName';
import { TextContext } from '../../../electron/core/export/textContext';
import { xmlAttr, xmlText } from '../../../electron/core/export/xmlSafe';
import { OffsetMap } from '../../../electron/shared/codePoints';

describe('TextContext', () => {
  const text = ['政府工作报告', '一、过去一年', '（一）经济', '增长5%。“稳”字当头！就业？', '二、今年安排', '𠮷字开头；结尾'].join('\n');
  const map = new OffsetMap(text);
  const at = (s: string) => map.toCodePoint(text.indexOf(s));
  const lineHeading = (line: string, level: number) => ({ start: at(line), end: at(line) + Array.from(line).length, level });
  const context = new TextContext(map, [
    lineHeading('政府工作报告', 1),
    lineHeading('一、过去一年', 2),
    lineHeading('（一）经济', 3),
    lineHeading('二、今年安排', 2),
  ]);

  it('gives the heading path below the headline, resetting at a sibling section', () => {
    expect(context.section(0)).toBe('');
    expect(context.section(at('增长'))).toBe('一、过去一年 > （一）经济');
    expect(context.section(at('𠮷'))).toBe('二、今年安排');
  });

  it('gives the sentence, keeping a closing quote with it, and spans sentences when the span does', () => {
    expect(context.sentence(at('稳'), at('稳') + 1)).toBe('“稳”字当头！');
    expect(context.sentence(at('增长'), at('稳') + 1)).toBe('增长5%。“稳”字当头！');
    expect(context.sentence(at('结尾'), at('结尾') + 2)).toBe('结尾');
    expect(context.sentence(at('𠮷'), at('𠮷') + 1)).toBe('𠮷字开头；');
  });
});

describe('bratFragments', () => {
  it('splits at line breaks and drops empty pieces', () => {
    const map = new OffsetMap('ab\n\ncd\r\nef');
    expect(bratFragments(map, 0, 10)).toEqual([
      [0, 2],
      [4, 6],
      [8, 10],
    ]);
    expect(bratFragments(map, 2, 4)).toEqual([]);
  });
});

describe('neutraliseFormula', () => {
  it('prefixes only cells that a spreadsheet would evaluate', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(neutraliseFormula)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
    expect(['扩大内需', '1-2', 'a=b', ''].map(neutraliseFormula)).toEqual(['扩大内需', '1-2', 'a=b', '']);
  });
});

describe('safe file names', () => {
  it('removes what some OS forbids and keeps Chinese', () => {
    expect(safeFileBase('a/b\\c:d*e?f"g<h>i|j\u0001')).toBe('a_b_c_d_e_f_g_h_i_j_');
    expect(safeFileBase('  政府工作报告.  ')).toBe('政府工作报告');
    expect(safeFileBase('NUL')).toBe('NUL_');
    expect(safeFileBase('...')).toBe('pizhu');
    expect(Array.from(safeFileBase('长'.repeat(300)))).toHaveLength(60);
  });

  it('keeps names apart ignoring case', () => {
    expect(uniqueFileBases(['Report', 'report', 'REPORT', ''], 'document')).toEqual(['Report', 'report-2', 'REPORT-3', 'document']);
  });
});

describe('XML-safe text', () => {
  it('replaces characters XML 1.0 forbids one for one and keeps astral characters', () => {
    expect(xmlText('a\u0000b\u0008c\td\ne\uffff𠮷\ud800x')).toBe('a\ufffdb\ufffdc\td\ne\ufffd𠮷\ufffdx');
    expect(xmlAttr('a\nb\tc')).toBe('a b c');
  });
});
