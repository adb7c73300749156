import { asciiDigits } from './chineseNumerals';
import { documentLines } from './documentLines';
import { isDateLine } from './lineLooks';

/** Where a document comes from: the administrative region it concerns and the body that issued it (发文机关), each null when the text does not say. */
export interface DocumentOrigin {
  region: string | null;
  issuer: string | null;
}

/** The ending of an organ's name: a government, its general office, a bureau, a commission, a working group's office. */
const ORGAN_END =
  '(?:人民政府办公厅|人民政府办公室|人民政府|人民代表大会常务委员会|人大常委会|政府办公厅|政府办公室|办公厅|办公室|委员会|领导小组|管理委员会|管委会|国务院|政府|总局|局|厅|委|部|署)';
/** An organ's name: up to 60 characters of Han, digits, quotes and brackets, with no sentence punctuation. */
const ORGAN = `[\\p{Script=Han}0-9“”"‘’《》()（）·]{0,58}?${ORGAN_END}`;
const ORGAN_LINE = new RegExp(`^${ORGAN}$`, 'u');
/** A title that opens with its issuer: '国务院关于…', 'XX局印发…', '…政府令', '中华人民共和国国务院政府工作报告'. */
const TITLE_ISSUER = new RegExp(`^(?:[0-9]{4}年)?(${ORGAN})(?:关于|印发|转发|批转|令$|政府工作报告)`, 'u');
/** An order's heading line: '上海市人民政府令'. */
const ORDER_LINE = new RegExp(`^(${ORGAN})令$`, 'u');
/** A label that names the issuer: '发文机关：安徽省人民政府办公厅'. */
const ISSUER_LABEL = /^(?:发文机关|发布机关|发文单位|制定机关)[：:][\s　]*(.+)$/u;
/** A speaker who reports for a body: '我代表国务院，向大会报告'. */
const ON_BEHALF = new RegExp(`代表(${ORGAN})[，,]?向`, 'u');

/**
 * One administrative division's name: autonomous ones first (their names run
 * long), then two to four characters before a division's ending. The name
 * may not hold what only prose or an organ holds, so that '国务院关于深化城市…'
 * or '中华人民共和国' is none.
 */
const DIVISION =
  '(?:[\\p{Script=Han}]{2,8}?(?:自治区|自治州|自治县|自治旗|特别行政区)|(?![全本该各我])(?:(?!关于|印发|人民|政府|国务|中共|中国|推进|加快|支持|促进|建设|关|于|的)[\\p{Script=Han}]){2,4}?(?:省|市|州|盟|地区|县|区|旗))';
/** Division names at the start of a text, the larger first: '山东省青岛市', '安徽省'. */
const LEADING_DIVISIONS = new RegExp(`^(?:${DIVISION})+`, 'u');
const LEADING_DIVISION = new RegExp(`^${DIVISION}`, 'u');
/** The provinces (and the regions of their rank), whose names in a title need no confirmation. */
const PROVINCES = new Set(
  '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门'.split(
    ' ',
  ),
);
/** What may follow a region named in a title for it to be one: a year, an organ, or a report. */
const AFTER_TITLE_REGION = new RegExp(`^(?:[0-9]{4}年|${ORGAN_END}|人民|政府工作报告|国民经济和社会发展)`, 'u');
/** A newspaper's dateline: '本报青岛1月28日讯', '新华社北京3月5日电'. */
const NEWS_DATELINE = /^(?:本报|新华社|中新社|早报|日报|晚报)([\p{Script=Han}]{2,4}?)[0-9]{1,2}月[0-9]{1,2}日(?:电|讯)/u;
/** A newspaper headline led by its place: '市北:发力“五大战场”'. */
const HEADLINE_PLACE = /^([\p{Script=Han}]{2,4})[:：]/u;
/** How many lines at the top of a text can hold its title, order heading, dateline or speaker's first words. */
const HEAD_LINES = 8;

/** The issuer as named without the country: '中华人民共和国国务院' is '国务院'. */
function organName(name: string): string {
  return name.replace(/^中华人民共和国(?=.)/u, '');
}

/** The issuer a title names at its start. */
function titleIssuer(title: string): string | null {
  const match = TITLE_ISSUER.exec(asciiDigits(title.trim()));
  return match ? organName(match[1]!) : null;
}

/** The regions an organ's name starts with: '安徽省人民政府办公厅' → '安徽省', '中共青岛市委' → '青岛市'. */
function issuerRegion(issuer: string): string | null {
  return LEADING_DIVISIONS.exec(issuer.replace(/^中共(?=.)/u, ''))?.[0] ?? null;
}

/**
 * The region a title opens with, when something shows it is one: a province's
 * name, a year or an organ after it ('青岛市2023年政府工作报告'), or the text
 * naming one of its organs ('中山市政务数据管理办法' and '中山市人民政府令').
 */
function titleRegion(title: string, text: string): string | null {
  const plain = asciiDigits(title.trim()).replace(/^[0-9]{4}年/u, '');
  const region = LEADING_DIVISIONS.exec(plain)?.[0];
  if (!region) return null;
  const first = LEADING_DIVISION.exec(region)![0];
  if (PROVINCES.has(first.replace(/(?:省|市|自治区|特别行政区)$/u, ''))) return region;
  if (AFTER_TITLE_REGION.test(plain.slice(region.length))) return region;
  return new RegExp(`${region}${ORGAN_END}`, 'u').test(text) ? region : null;
}

/** A newspaper's place, from its dateline or from the head of its headline when the text names that place as a division ('市北' and '市北区', '西海岸' and '西海岸新区'). */
function newsRegion(heads: readonly string[], text: string): string | null {
  for (const line of heads) {
    const dateline = NEWS_DATELINE.exec(asciiDigits(line));
    if (dateline) return dateline[1]!;
  }
  for (const line of heads) {
    const place = HEADLINE_PLACE.exec(line)?.[1];
    if (!place) continue;
    const division = new RegExp(`${place}(?:新区|省|市|区|县|州|旗)`, 'u').exec(text);
    if (division) return division[0];
  }
  return null;
}

/** The organs that sign above a date line, as at the end of a notice; several that sign together are joined with '、'. */
function signatureIssuer(lines: readonly string[]): string | null {
  for (let i = lines.length - 1; i > 0; i--) {
    if (!isDateLine(lines[i]!)) continue;
    const signers: string[] = [];
    for (let j = i - 1; j >= 0 && ORGAN_LINE.test(lines[j]!); j--) signers.unshift(lines[j]!);
    if (signers.length) return signers.map(organName).join('、');
  }
  return null;
}

function labelIssuer(lines: readonly string[]): string | null {
  for (const line of lines) {
    const label = ISSUER_LABEL.exec(line)?.[1]?.trim();
    if (label) return label;
  }
  return null;
}

function textIssuer(lines: readonly string[]): string | null {
  const heads = lines.slice(0, HEAD_LINES);
  for (const line of heads) {
    const order = ORDER_LINE.exec(line);
    if (order) return organName(order[1]!);
  }
  for (const line of heads) {
    const issuer = titleIssuer(line);
    if (issuer) return issuer;
  }
  const signed = signatureIssuer(lines);
  if (signed) return signed;
  for (const line of heads) {
    const reporter = ON_BEHALF.exec(line)?.[1];
    if (reporter && (reporter === '国务院' || issuerRegion(reporter))) return organName(reporter);
  }
  return null;
}

/**
 * The region and issuer a document states. The issuer comes from a 发文机关
 * label, else the title's opening ('国务院关于…的通知'), else an order's heading
 * ('上海市人民政府令'), the head of the text, the organs signing above the date,
 * or a report's speaker ('我代表国务院，向大会…'). The region is the one the
 * issuer's name starts with ('XX省人民政府办公厅' → 'XX省'), else the one the
 * title opens with, else a newspaper's place; a national body has none.
 */
export function documentOrigin(text: string, title?: string): DocumentOrigin {
  const lines = documentLines(text).map((line) => line.text);
  const issuer = labelIssuer(lines) ?? (title !== undefined ? titleIssuer(title) : null) ?? textIssuer(lines);
  const heads = lines.slice(0, HEAD_LINES);
  let region = issuer ? issuerRegion(issuer) : null;
  if (region === null && title !== undefined) region = titleRegion(title, text);
  if (region === null) {
    for (const line of heads) {
      region = titleRegion(line, text);
      if (region) break;
    }
  }
  region ??= newsRegion(title !== undefined ? [title, ...heads] : heads, text);
  return { region, issuer };
}
