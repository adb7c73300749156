import { parseChineseNumber } from './chineseNumerals';
import { findFoldedQuantities } from './quantity';
import type { CueWord } from './cueWords';
import { PLAN_PERIOD, planEndYearOf } from './planPeriod';
import type { Baseline } from './valueSchema';

/**
 * What a change is measured from: 比2020年, 较上年, 与2020年相比, 高于上年, 比“十三五”末,
 * 同比 (the same period last year), 在2020年基础上, 在现有基础上, and with
 * the base level said (比一九五八年的二千零五十亿元). 去年/上年 resolve against the
 * year given (the document's, or the year the figure is due in: 一九六五年…比上年
 * is 1964) and 今年, 现在 and 目前 (比现在, the present level) to it; an unnamed base keeps year null.
 */

const YEAR = String.raw`(\d{4}|[〇零一二三四五六七八九]{4})年`;
const RELATIVE = String.raw`(去年|上年|上一年|前一年|前年|今年|本年|现在|目前)`;
const WHEN = String.raw`(?:${YEAR}|${RELATIVE})(?:同期|年?底|年?末)?(?:水平)?`;
/** 增量要明显高于上年: what the level is said to exceed or stay under, the comparison included; 控制在去年水平: the level held to. */
const COMPARED = new RegExp(
  String.raw`(?:比|较)${WHEN}|与${WHEN}相比|(?:高于|低于|快于|慢于)${WHEN}|(?<=(?:控制|保持|稳定|维持)在)${RELATIVE}水平`,
  'uy',
);
const ON_BASIS = /在([^,;:。!?]{0,20}?)的?基础上/uy;
const BASIS_YEAR = new RegExp(YEAR, 'u');
const PLAN = new RegExp(String.raw`(?:比|较)${PLAN_PERIOD.source}(?:期末|末)`, 'uy');

function yearOf(written: string | undefined, relative: string | undefined, documentYear: number | undefined): number | null {
  if (written) return Number(parseChineseNumber(written)!.value);
  if (relative && documentYear !== undefined)
    return documentYear - (relative === '前年' ? 2 : /^(?:今年|本年|现在|目前)$/u.test(relative) ? 0 : 1);
  return null;
}

function at(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/**
 * Every baseline said in folded text `s` (see foldText), in order; `raw`
 * is cut from `original`, the text as written.
 */
export function findBaselines(s: string, original: string, documentYear?: number): CueWord<Baseline>[] {
  const found: CueWord<Baseline>[] = [];
  let i = 0;
  while (i < s.length) {
    let end = 0;
    let year: number | null = null;
    const compared = /[比较与高低快慢去上前]/u.test(s[i]!) ? at(COMPARED, s, i) : null;
    const plan = !compared && /[比较]/u.test(s[i]!) ? at(PLAN, s, i) : null;
    const basis = s[i] === '在' ? at(ON_BASIS, s, i) : null;
    if (compared) {
      end = i + compared[0].length;
      // The base level said with its year: 比一九五八年的二千零五十亿元.
      const level = s[end] === '的' ? findFoldedQuantities(s.slice(end + 1))[0] : undefined;
      if (level && level.start === 0) end += 1 + level.end;
      year = yearOf(compared[1] ?? compared[3] ?? compared[5], compared[2] ?? compared[4] ?? compared[6] ?? compared[7], documentYear);
    } else if (plan) {
      end = i + plan[0].length;
      year = planEndYearOf(plan[1]!);
    } else if (basis) {
      end = i + basis[0].length;
      const named = BASIS_YEAR.exec(basis[1]!);
      year = named
        ? yearOf(named[1], undefined, documentYear)
        : /去年|上年/u.test(basis[1]!)
          ? yearOf(undefined, '去年', documentYear)
          : null;
    } else if (s.startsWith('同比', i)) {
      end = i + 2;
      year = documentYear === undefined ? null : documentYear - 1;
    }
    if (end > i) {
      found.push({ start: i, end, meaning: { year, raw: original.slice(i, end) } });
      i = end;
    } else i++;
  }
  return found;
}
