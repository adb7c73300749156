import { OffsetMap } from '../../shared/codePoints';
import { analyzeStructure } from '../../shared/structure/analyzeStructure';
import { ClauseIndex } from '../../shared/structure/clauseIndex';
import { noteOfDescription } from '../export/qdpxSection';
import { originOfDescription } from '../export/qdpxSourceDescription';
import { carriedOrigin } from './carriedOrigin';
import { QDA_NAMESPACE } from '../export/writeQdpx';
import { badFile } from './badFile';
import { interchangeDocument } from './interchangeDocument';
import { NoticeTally } from './noticeTally';
import type { Interchange, InterchangeAnnotation, InterchangeDocument } from './interchangeTypes';
import { readCodeBook } from './refiCodeBook';
import { readLinks } from './refiLinks';
import { plural, reportProjectParts } from './refiProjectParts';
import { offsetProblem } from './spanCheck';
import { TagCollector } from './tagCollector';
import type { XmlElement } from './xmlTree';

/** A text the project holds, or why it cannot be had. */
export type SourceText = { text: string } | { problem: string };

/** The text file an `internal://` path names (what follows `internal://`), from the project's archive. */
export type InternalFiles = (path: string) => Promise<SourceText>;

const INTERNAL = 'internal://';

/** How the sources Pizhu cannot take are named in notices, by element. */
const SOURCE_KINDS: Record<string, string> = {
  TextSource: 'text',
  PDFSource: 'PDF',
  PictureSource: 'picture',
  AudioSource: 'audio',
  VideoSource: 'video',
};

function* descendants(element: XmlElement): Generator<XmlElement> {
  const stack = [...element.children];
  for (let next = stack.pop(); next; next = stack.pop()) {
    yield next;
    stack.push(...next.children);
  }
}

function noteRefs(element: XmlElement): string[] {
  return element.all('NoteRef').flatMap((r) => r.attr('targetGUID') ?? []);
}

/** An xsd:integer attribute as a number; anything else as it is, for offsetProblem to name. */
function integer(value: string | undefined): unknown {
  return value !== undefined && /^\+?\d+$/.test(value.trim()) ? Number(value.trim()) : value;
}

/** A date the file gives, kept as written when it is one. */
function dateTime(value: string | undefined): string | undefined {
  return value !== undefined && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/**
 * Reads a QDA-XML 1.0 project (the project.qde of a .qdpx, or a bare .qde):
 * text sources become documents (their text inline, or a file in the
 * archive's sources folder, UTF-8), coded PlainTextSelections become spans
 * (positions in code points, as the standard counts; one span per coding),
 * with the selection's Description, the Notes it and its codings refer to,
 * a Note linked to it (as NVivo writes a passage's annotation) and a Note on
 * exactly its passage (as QualCoder writes one) as the span's note. Codes
 * become tags (see readCodeBook), Links between coded selections relations
 * or fragments of one span (see readLinks). Everything else is reported by
 * kind: other sources, selections without a code, other Links, Cases, Sets,
 * Variables, Graphs, Users (Pizhu's own excepted) and notes attached to
 * anything but a coded selection.
 */
export async function readRefiProject(fileName: string, root: XmlElement, internal: InternalFiles): Promise<Interchange> {
  if (root.name !== 'Project' || root.ns !== QDA_NAMESPACE) {
    const found = `<${root.name}>${root.ns ? ` in ${root.ns}` : ''}`;
    throw badFile(fileName, `is not a REFI-QDA project: its root element is ${found}, not <Project> in ${QDA_NAMESPACE}`);
  }
  const notices = new NoticeTally();
  const collector = new TagCollector();
  const codeBook = readCodeBook(fileName, root.first('CodeBook'), collector, notices);

  /** Where each Note is referred to from: `span` once a span carries it, else the first place named. */
  const noteUse = new Map<string, string>();
  const refer = (guids: string[], where: string) => {
    for (const guid of guids) if (!noteUse.has(guid)) noteUse.set(guid, where);
  };
  refer(codeBook.noteRefs, 'on codes');
  refer(noteRefs(root), 'on the project');
  if (root.first('Description')?.text.trim()) notices.add('notes', 'project description');

  const plainText = async (element: XmlElement, what: string): Promise<SourceText> => {
    const content = element.first('PlainTextContent');
    const path = element.attr('plainTextPath');
    if (path === undefined) return content ? { text: content.text } : { problem: 'it has no plain text' };
    const file = path.startsWith(INTERNAL)
      ? await internal(path.slice(INTERNAL.length))
      : { problem: `its text is outside the project (${path})` };
    if (content && 'text' in file && file.text !== content.text)
      throw badFile(fileName, `${what} has a PlainTextContent and a plainTextPath that differ (QDA-XML allows only one)`);
    return content ? { text: content.text } : file;
  };

  const notes = new Map((root.first('Notes')?.all('Note') ?? []).flatMap((n) => (n.attr('guid') ? [[n.attr('guid')!, n] as const] : [])));
  const noteTexts = new Map<string, Promise<SourceText>>();
  /** A Note's text: its plain text, else its Description. */
  const noteText = (guid: string): Promise<SourceText> | undefined => {
    const note = notes.get(guid);
    if (!note) return undefined;
    let text = noteTexts.get(guid);
    if (!text) {
      const hasText = note.first('PlainTextContent') !== undefined || note.attr('plainTextPath') !== undefined;
      text = hasText ? plainText(note, `note ${guid}`) : Promise.resolve({ text: note.first('Description')?.text ?? '' });
      noteTexts.set(guid, text);
    }
    return text;
  };

  const caseGuids = new Set((root.first('Cases')?.all('Case') ?? []).flatMap((c) => c.attr('guid') ?? []));
  let caseCodings = 0;

  const documents: InterchangeDocument[] = [];
  const annotations: InterchangeAnnotation[] = [];
  const keys = new Set<string>();
  /** The spans each coded selection became, by its GUID: what Links name. */
  const selections = new Map<string, InterchangeAnnotation[]>();

  /** The texts of the Notes a coded selection refers to, which its spans carry. */
  const noteOf = async (guids: string[]) => {
    const texts: string[] = [];
    for (const guid of guids) {
      const pending = noteText(guid);
      if (!pending) continue;
      const read = await pending;
      if ('problem' in read) refer([guid], `on a coded selection, whose text cannot be read: ${read.problem}`);
      else {
        noteUse.set(guid, 'span');
        texts.push(read.text);
      }
    }
    return texts;
  };

  /**
   * QualCoder's note on a passage: a Note holding its own selection, which
   * the source refers to. Where a coded selection of that source covers
   * exactly that passage, the note is its spans' note.
   */
  const passageNotes = async (guids: string[], sourceGuid: string) => {
    for (const guid of guids) {
      const note = notes.get(guid);
      const passage = note?.first('PlainTextSelection');
      if (!note || !passage || noteUse.get(guid) === 'span') continue;
      const [from, to] = [integer(passage.attr('startPosition')), integer(passage.attr('endPosition'))];
      const spans = annotations.filter((a) => a.docKey === sourceGuid && a.start === from && a.end === to);
      if (!spans.length) continue;
      const read = await noteText(guid)!;
      if ('problem' in read) continue;
      noteUse.set(guid, 'span');
      const text = note.first('PlainTextContent')?.text ?? read.text;
      for (const span of spans) span.note = span.note ? `${span.note}\n${text}` : text;
    }
  };

  /** The spans of one text source's selections; what they cannot carry is counted. */
  const readSelections = async (source: XmlElement, key: string, title: string, text: string) => {
    const map = new OffsetMap(text);
    let clauses: ClauseIndex | null = null;
    for (const selection of source.all('PlainTextSelection')) {
      const codings = selection.all('Coding');
      const written = selection.first('Description')?.text ?? '';
      const at = integer(selection.attr('startPosition'));
      // The clause path our export adds after the note comes again from the text: only the note is kept.
      if (written.includes('§') && typeof at === 'number') clauses ??= new ClauseIndex(analyzeStructure(text));
      const description = clauses && typeof at === 'number' ? noteOfDescription(written, clauses.pathAt(at)) : written;
      if (!codings.length) {
        notices.add('uncoded-selections', title);
        if (description.trim()) notices.add('notes', 'on selections without a code');
        refer(noteRefs(selection), 'on selections without a code');
        continue;
      }
      const start = integer(selection.attr('startPosition'));
      const end = integer(selection.attr('endPosition'));
      const problem = offsetProblem(start, end, map.length);
      if (problem) {
        notices.add('bad-spans', `${title}: ${problem}`);
        refer([...noteRefs(selection), ...codings.flatMap(noteRefs)], 'on selections not imported');
        continue;
      }
      const coded: Array<{ coding: XmlElement; tag: string }> = [];
      for (const coding of codings) {
        const target = coding.first('CodeRef')?.attr('targetGUID');
        if (!target) throw badFile(fileName, `a coding in "${title}" has no CodeRef`);
        const tag = codeBook.tagFor(target);
        if (tag !== undefined) coded.push({ coding, tag });
        else if (caseGuids.has(target)) {
          // NVivo codes a passage to a case with a CodeRef to the Case.
          caseCodings++;
          refer(noteRefs(coding), 'on selections coded to cases');
        } else throw badFile(fileName, `a coding in "${title}" refers to code ${target}, which the code book does not hold`);
      }
      if (!coded.length) {
        if (description.trim()) notices.add('notes', 'on selections coded to cases');
        refer(noteRefs(selection), 'on selections coded to cases');
        continue;
      }
      const selectionNotes = [description, ...(await noteOf(noteRefs(selection)))];
      const created = dateTime(selection.attr('creationDateTime'));
      const modified = dateTime(selection.attr('modifiedDateTime'));
      const guid = selection.attr('guid');
      const spans: InterchangeAnnotation[] = [];
      for (const [n, { coding, tag }] of coded.entries()) {
        spans.push({
          docKey: key,
          start: start as number,
          end: end as number,
          tag,
          note: [...selectionNotes, ...(await noteOf(noteRefs(coding)))].filter((t) => t !== '').join('\n'),
          ...(created ? { created } : {}),
          ...(modified ? { modified } : {}),
          ...(guid ? { key: n ? `${guid}#${n + 1}` : guid } : {}),
        });
      }
      annotations.push(...spans);
      if (guid) selections.set(guid, spans);
    }
  };

  const sourceElements = root.first('Sources')?.children.filter((c) => c.ns === QDA_NAMESPACE) ?? [];
  for (const [i, source] of sourceElements.entries()) {
    const guid = source.attr('guid');
    const name = source.attr('name')?.trim() ? source.attr('name')! : `source ${i + 1}`;
    const kind = SOURCE_KINDS[source.name] ?? source.name;
    const selections = [...descendants(source)].filter((d) => d.name.endsWith('Selection')).length;
    const notTaken = (why?: string) => {
      notices.add('sources', `${kind} ${name}${selections ? ` with ${plural(selections, 'selection')}` : ''}${why ? `: ${why}` : ''}`);
      refer(
        [...descendants(source)].filter((d) => d.name === 'NoteRef').flatMap((r) => r.attr('targetGUID') ?? []),
        'on sources not imported',
      );
    };
    if (source.name !== 'TextSource') {
      notTaken();
      continue;
    }
    if (!guid) throw badFile(fileName, `text source "${name}" has no guid`);
    if (keys.has(guid)) throw badFile(fileName, `source ${guid} appears twice`);
    keys.add(guid);
    const text = await plainText(source, `text source "${name}"`);
    if ('problem' in text) {
      notTaken(text.problem);
      continue;
    }
    const description = source.first('Description')?.text ?? '';
    const origin = description.trim() ? originOfDescription(description) : {};
    documents.push({ ...interchangeDocument(fileName, 'qdpx', guid, name, text.text), ...(origin && carriedOrigin(origin)) });
    if (!origin) notices.add('notes', 'on sources');
    await readSelections(source, guid, name, text.text);
    await passageNotes(noteRefs(source), guid);
    refer(noteRefs(source), 'on sources');
  }

  const links = await readLinks(root, { selections, noteText, noteUse, notices });
  const merged = new Set(links.mergedSpans);
  const kept = annotations.filter((a) => !merged.has(a));

  for (const [guid, note] of notes) {
    const use = noteUse.get(guid);
    if (use === 'span') continue;
    // QualCoder writes a note on a passage without a code as a Note holding its own selection.
    const onText = note.all('PlainTextSelection').length > 0;
    notices.add('notes', onText ? 'on text without a code' : (use ?? 'not attached to anything'));
  }
  reportProjectParts(root, notices, caseCodings);

  const reported = notices.notices();
  const tags = collector.tags();
  // A project of codes alone (how a code book travels) brings its tags.
  if (!documents.length && !tags.length) {
    const why = reported.find((n) => n.kind === 'sources')?.detail;
    throw badFile(fileName, `holds neither a text source nor a code Pizhu can import${why ? ` (sources: ${why})` : ''}`);
  }
  return {
    kind: 'qdpx',
    tags,
    labelledTags: collector.labelledTags(),
    documents,
    annotations: kept,
    relationTypes: links.relationTypes,
    relations: links.relations,
    notices: reported,
  };
}
