import type { RelationTypeCollector } from './relationTypeCollector';
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

function splitOnce(line: string): [string, string] {
  const at = line.search(/\s/);
  return at < 0 ? [line, ''] : [line.slice(0, at), line.slice(at).trim()];
}

/**
 * The entity type pairs a `[relations]` line allows (`Arg1:policy|project, Arg2:target`):
 * each type of the first argument with each of the second; none when either
 * allows any entity or names a type `[entities]` does not declare, or the
 * line has no such two arguments.
 */
function relationPairs(args: string, entities: ReadonlySet<string>): Array<{ from: string; to: string }> | null {
  const parts = args.split(',').map((p) => p.trim());
  const [first, second] = parts.filter((p) => /^[^\s:<]+:/.test(p)).map((p) => p.slice(p.indexOf(':') + 1).split('|'));
  if (!first || !second || [...first, ...second].some((t) => !entities.has(t))) return null;
  return first.flatMap((from) => second.map((to) => ({ from, to })));
}

/**
 * Declares the entity types of brat's annotation.conf (indentation marks a
 * hierarchy, `!` an abstract type) with the labels and colours of its
 * visual.conf: `type | 中文 | English` as Pizhu writes it, else the longest
 * and shortest display names; and its relation types likewise, with the tag
 * pairs they allow when both arguments name Pizhu tag ids.
 */
export function declareBratTags(
  collector: TagCollector,
  relationTypes: RelationTypeCollector,
  annotationConf: string | null,
  visualConf: string | null,
): void {
  const visual = sections(visualConf ?? '');
  const annotation = sections(annotationConf ?? '');
  const labels = new Map<string, string[]>();
  for (const line of visual.get('labels') ?? []) {
    const [type, ...names] = line.split('|').map((p) => p.trim());
    if (type && names.length) labels.set(type, names);
  }
  const colors = new Map<string, string>();
  const lineColors = new Map<string, string>();
  for (const line of visual.get('drawing') ?? []) {
    const [type, attrs = ''] = line.trim().split(/\t+/, 2);
    const color = /bgColor:(#[0-9a-fA-F]{6})\b/.exec(attrs)?.[1];
    if (type && color) colors.set(type, color);
    const stroke = /(?:^|[\s,])color:(#[0-9a-fA-F]{6})\b/.exec(attrs)?.[1];
    if (type && stroke) lineColors.set(type, stroke);
  }
  const entities = new Set<string>();
  for (const line of annotation.get('entities') ?? []) {
    const type = line.trim().replace(/^!/, '').split(/\s/)[0];
    if (!type || type.startsWith('<')) continue;
    entities.add(type);
    const names = labels.get(type);
    collector.declare(type, {
      label: names ? { zh: names[0], en: names[names.length - 1] } : undefined,
      color: colors.get(type),
    });
  }
  for (const line of annotation.get('relations') ?? []) {
    const [type, args] = splitOnce(line.trim());
    // `<OVERLAP>` and other <…> lines are brat's settings, not types.
    if (!type || type.startsWith('<')) continue;
    const names = labels.get(type);
    const id = relationTypes.declare(type, {
      label: names ? { zh: names[0], en: names[names.length - 1] } : undefined,
      color: lineColors.get(type),
    });
    const pairs = relationPairs(args, entities);
    if (pairs)
      relationTypes.allow(
        id,
        pairs.map((p) => ({ from: collector.idFor(p.from), to: collector.idFor(p.to) })),
      );
  }
}
