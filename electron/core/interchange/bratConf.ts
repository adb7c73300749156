import type { TagCollector } from './tagCollector';

/** Splits a brat .conf file into its [sections]' lines, comments and blank lines dropped. */
function sections(conf: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const raw of conf.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const header = /^\[(\w+)\]$/.exec(line.trim());
    if (header) {
      current = [];
      result.set(header[1]!.toLowerCase(), current);
    } else current?.push(line);
  }
  return result;
}

/**
 * Declares the entity types of brat's annotation.conf (indentation marks a
 * hierarchy, `!` an abstract type) with the labels and colours of its
 * visual.conf: `type | 中文 | English` as Pizhu writes it, else the longest
 * and shortest display names.
 */
export function declareBratTags(collector: TagCollector, annotationConf: string | null, visualConf: string | null): void {
  const visual = sections(visualConf ?? '');
  const labels = new Map<string, string[]>();
  for (const line of visual.get('labels') ?? []) {
    const [type, ...names] = line.split('|').map((p) => p.trim());
    if (type && names.length) labels.set(type, names);
  }
  const colors = new Map<string, string>();
  for (const line of visual.get('drawing') ?? []) {
    const [type, attrs = ''] = line.trim().split(/\t+/, 2);
    const color = /bgColor:(#[0-9a-fA-F]{6})\b/.exec(attrs)?.[1];
    if (type && color) colors.set(type, color);
  }
  for (const line of sections(annotationConf ?? '').get('entities') ?? []) {
    const type = line.trim().replace(/^!/, '').split(/\s/)[0];
    if (!type || type.startsWith('<')) continue;
    const names = labels.get(type);
    collector.declare(type, {
      label: names ? { zh: names[0], en: names[names.length - 1] } : undefined,
      color: colors.get(type),
    });
  }
}
