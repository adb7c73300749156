import { TagLabelSchema, TagSchema } from '../../shared/model';
import { badFile } from './badFile';
import type { NoticeTally } from './noticeTally';
import type { TagCollector } from './tagCollector';
import { paletteColor } from './tagPalette';
import type { XmlElement } from './xmlTree';

const MAX_LABEL = TagLabelSchema.shape.zh.maxLength ?? 100;
const PATH_SEPARATOR = ' › ';
/** What Pizhu's export writes in a code's Description (`codeDescription`): `id: 中文 / English`. */
const PIZHU_DESCRIPTION = /^([a-z0-9][a-z0-9_-]{0,39}): ([\s\S]+)$/;

export interface CodeBook {
  /** The tag a coding of this code's GUID becomes, declaring a category's tag on first use; undefined for no code. */
  tagFor(guid: string): string | undefined;
  /** GUIDs of the Notes the codes refer to. */
  noteRefs: string[];
}

interface CodeEntry {
  element: XmlElement;
  guid: string;
  path: string[];
  topLevel: boolean;
}

/** `#RRGGBB` as it is; `#RGB` (which QDA-XML also allows) spelled out; anything else is no colour. */
function colour(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const short = /^#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$/.exec(value.trim());
  const full = short ? `#${short[1]!.repeat(2)}${short[2]!.repeat(2)}${short[3]!.repeat(2)}` : value.trim();
  return TagSchema.shape.color.safeParse(full).success ? full : undefined;
}

/** "Parent › Child"; when that is longer than a label may be, the names nearest the code are kept. */
function pathLabel(path: string[]): string {
  const label = path.join(PATH_SEPARATOR);
  if (Array.from(label).length <= MAX_LABEL) return label;
  for (let from = 1; from < path.length; from++) {
    const shortened = ['…', ...path.slice(from)].join(PATH_SEPARATOR);
    if (Array.from(shortened).length <= MAX_LABEL) return shortened;
  }
  return path[path.length - 1]!;
}

/**
 * The id and labels Pizhu's export put in a code's Description, when the
 * code is still the flat one it wrote: at the top of the tree, with no
 * sub-codes, named with one of the two labels. A label may itself hold
 * " / ", so the split is the one that gives the code's name back.
 */
function pizhuTag(code: CodeEntry): { id: string; label: { zh: string; en: string } } | null {
  if (!code.topLevel || code.element.all('Code').length) return null;
  const m = PIZHU_DESCRIPTION.exec(code.element.first('Description')?.text ?? '');
  if (!m) return null;
  const name = code.path[0]!;
  const rest = m[2]!;
  for (let at = rest.indexOf(' / '); at >= 0; at = rest.indexOf(' / ', at + 1)) {
    const label = { zh: rest.slice(0, at), en: rest.slice(at + 3) };
    if ((label.zh === name || label.en === name) && TagLabelSchema.safeParse(label).success) return { id: m[1]!, label };
  }
  return null;
}

/**
 * Flattens a QDA-XML code book into tags. A code's label is its path in the
 * tree ("Parent › Child", in both languages) and its id is derived from that
 * path as for any foreign tag name; its colour is kept. A category (a code
 * that cannot be coded, with sub-codes) is no tag of its own unless a
 * selection is coded with it: its name lives on in its sub-codes' labels.
 * Codes Pizhu's export wrote come back as the tags they were, by the id and
 * labels in their Description. Other descriptions of codes are reported.
 */
export function readCodeBook(fileName: string, codeBook: XmlElement | undefined, collector: TagCollector, notices: NoticeTally): CodeBook {
  const codes: CodeEntry[] = [];
  const seen = new Set<string>();
  const pending = (codeBook?.first('Codes')?.all('Code') ?? []).map((element) => ({ element, parents: [] as string[] })).reverse();
  // Depth-first in document order, without recursion: the XML reader caps the depth anyway.
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { element, parents } = next;
    const guid = element.attr('guid');
    const name = element.attr('name')?.trim();
    if (!guid) throw badFile(fileName, 'a code in the code book has no guid');
    if (!name) throw badFile(fileName, `code ${guid} has no name`);
    if (seen.has(guid)) throw badFile(fileName, `code ${guid} appears twice in the code book`);
    seen.add(guid);
    const path = [...parents, name];
    codes.push({ element, guid, path, topLevel: parents.length === 0 });
    pending.push(
      ...element
        .all('Code')
        .map((child) => ({ element: child, parents: path }))
        .reverse(),
    );
  }

  const tags = new Map<string, string>();
  const categories = new Map<string, CodeEntry>();
  const noteRefs: string[] = [];
  const declare = (code: CodeEntry) => collector.declare(pathLabel(code.path), { color: colour(code.element.attr('color')) });
  // Pizhu's own codes first, so that their ids are theirs before any foreign name is turned into an id.
  const pizhu = new Map(codes.map((c) => [c.guid, pizhuTag(c)]));
  for (const code of codes) {
    const tag = pizhu.get(code.guid);
    if (!tag) continue;
    collector.adopt({ ...tag, color: colour(code.element.attr('color')) ?? paletteColor(tags.size), hotkey: null });
    tags.set(code.guid, tag.id);
  }
  for (const code of codes) {
    const description = code.element.first('Description')?.text ?? '';
    if (!pizhu.get(code.guid) && description.trim()) notices.add('notes', 'on codes');
    noteRefs.push(...code.element.all('NoteRef').flatMap((r) => r.attr('targetGUID') ?? []));
    if (tags.has(code.guid)) continue;
    const category = code.element.attr('isCodable') === 'false' && code.element.all('Code').length > 0;
    if (category) categories.set(code.guid, code);
    else tags.set(code.guid, declare(code));
  }
  return {
    tagFor(guid) {
      const known = tags.get(guid);
      if (known !== undefined) return known;
      const category = categories.get(guid);
      if (!category) return undefined;
      const id = declare(category);
      tags.set(guid, id);
      return id;
    },
    noteRefs,
  };
}
