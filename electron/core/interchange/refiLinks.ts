import { DEFAULT_RELATION_TYPES } from '../../shared/defaultTags';
import type { RelationType } from '../../shared/model';
import { fragmentProblem } from '../../shared/fragments';
import { FRAGMENT_LINK_DIRECTION, FRAGMENT_LINK_NAME } from '../export/writeQdpx';
import type { InterchangeAnnotation, InterchangeRelation } from './interchangeTypes';
import type { NoticeTally } from './noticeTally';
import { RelationTypeCollector } from './relationTypeCollector';
import type { XmlElement } from './xmlTree';

export interface LinkContext {
  /** The spans each coded selection became, by the selection's GUID. */
  selections: ReadonlyMap<string, InterchangeAnnotation[]>;
  /** A Note's text by its GUID, or why it cannot be read; undefined for no Note. */
  noteText: (guid: string) => Promise<{ text: string } | { problem: string }> | undefined;
  /** Where each Note is used: set to `span` for one a span or relation now carries. */
  noteUse: Map<string, string>;
  notices: NoticeTally;
}

export interface ReadLinks {
  relationTypes: RelationType[];
  relations: InterchangeRelation[];
  /** Spans that became fragments of another span: no spans of their own. */
  mergedSpans: InterchangeAnnotation[];
}

/** A Link's name as a relation type: one of Pizhu's defaults when it is one's id or label, else a type of that name in the Link's colour. */
function relationType(types: RelationTypeCollector, link: XmlElement): string {
  const name = link.attr('name')?.trim() || 'link';
  const preset = DEFAULT_RELATION_TYPES.find((t) => t.id === name || t.label.zh === name || t.label.en === name);
  if (preset) {
    types.adopt(preset);
    return preset.id;
  }
  return types.declare(name, { color: link.attr('color') });
}

/**
 * Reads a project's Links. A Link named `fragment` without direction joins
 * two selections of one span (see FRAGMENT_LINK_NAME): coded alike, in one
 * text, they become one discontinuous span. A Link between a Note and a
 * coded selection (as NVivo writes a passage's annotation) makes the Note
 * that selection's spans' note. A Link between two coded selections of one
 * text is a relation from its origin to its target, its type the Link's
 * name and its note the Notes it refers to. Any other Link is reported.
 */
export async function readLinks(root: XmlElement, context: LinkContext): Promise<ReadLinks> {
  const { selections, noteText, noteUse, notices } = context;
  const types = new RelationTypeCollector();
  const links = root.first('Links')?.all('Link') ?? [];
  const single = (guid: string | undefined) => {
    const spans = guid === undefined ? undefined : selections.get(guid);
    return spans?.length === 1 ? spans[0] : undefined;
  };

  const pieces = new Map<InterchangeAnnotation, InterchangeAnnotation[]>();
  const rest: XmlElement[] = [];
  for (const link of links) {
    const isFragment = link.attr('name') === FRAGMENT_LINK_NAME && link.attr('direction') === FRAGMENT_LINK_DIRECTION;
    const head = single(link.attr('originGUID'));
    const piece = single(link.attr('targetGUID'));
    if (!isFragment) {
      rest.push(link);
      continue;
    }
    if (!head || !piece || head === piece || head.docKey !== piece.docKey || head.tag !== piece.tag) {
      notices.add('relations', `${FRAGMENT_LINK_NAME}: does not join two selections coded alike in one text`);
      continue;
    }
    pieces.set(head, [...(pieces.get(head) ?? []), piece]);
  }
  const headOf = new Map<InterchangeAnnotation, InterchangeAnnotation>();
  const mergedSpans: InterchangeAnnotation[] = [];
  for (const [head, more] of pieces) {
    const all = [head, ...more].map((a) => ({ start: a.start, end: a.end })).sort((a, b) => a.start - b.start);
    if (more.some((m) => headOf.has(m) || pieces.has(m)) || fragmentProblem(all, Infinity)) {
      notices.add('relations', `${FRAGMENT_LINK_NAME} links whose selections overlap`);
      continue;
    }
    head.fragments = all;
    head.start = all[0]!.start;
    head.end = all[all.length - 1]!.end;
    for (const m of more) {
      headOf.set(m, head);
      mergedSpans.push(m);
      if (m.note) head.note = head.note ? `${head.note}\n${m.note}` : m.note;
    }
  }

  const relations: InterchangeRelation[] = [];
  const notesOf = async (guids: string[]) => {
    const texts: string[] = [];
    for (const guid of guids) {
      const read = await noteText(guid);
      if (!read || 'problem' in read) continue;
      noteUse.set(guid, 'span');
      if (read.text) texts.push(read.text);
    }
    return texts.join('\n');
  };
  for (const link of rest) {
    const [origin, target] = [link.attr('originGUID'), link.attr('targetGUID')];
    const [from, to] = [origin, target].map((guid) => {
      const span = guid === undefined ? undefined : selections.get(guid)?.[0];
      return span && (headOf.get(span) ?? span);
    });
    const noteEnd = [origin, target].find((guid) => guid !== undefined && noteText(guid) !== undefined);
    const spans = [origin, target].flatMap((guid) => (guid === undefined ? [] : (selections.get(guid) ?? [])));
    if (noteEnd !== undefined && spans.length && (from ?? to)) {
      const text = await notesOf([noteEnd]);
      if (text) for (const span of spans) span.note = span.note ? `${span.note}\n${text}` : text;
      continue;
    }
    if (!from || !to || from === to || from.docKey !== to.docKey) {
      notices.add('relations', `${link.attr('name') || 'unnamed'}: not between two coded selections of one text`);
      continue;
    }
    relations.push({
      docKey: from.docKey,
      type: relationType(types, link),
      from: from.key!,
      to: to.key!,
      note: await notesOf(link.all('NoteRef').flatMap((r) => r.attr('targetGUID') ?? [])),
    });
  }
  return { relationTypes: types.types(), relations, mergedSpans };
}
