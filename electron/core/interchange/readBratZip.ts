import { OffsetMap } from '../../shared/codePoints';
import { FileProblem } from '../import/FileProblem';
import { GuardedZip } from '../import/GuardedZip';
import { badFile } from './badFile';
import { declareBratTags } from './bratConf';
import { decodeUtf8 } from './decodeUtf8';
import { interchangeDocument } from './interchangeDocument';
import type { Interchange } from './readInterchange';
import { checkSpan } from './spanCheck';
import { TagCollector } from './tagCollector';

// `s`: a quote or note may hold U+2028/U+2029, which `.` would not match (lines are split on \n only).
const T_LINE = /^(T\S*)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/s;
const NOTE_LINE = /^#\S*\tAnnotatorNotes (T\S*)\t(.*)$/s;

async function readText(zip: GuardedZip, name: string, path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await zip.read(path);
  } catch (error) {
    if (error instanceof FileProblem) throw badFile(name, error.message);
    throw badFile(name, `${path} cannot be unpacked (${(error as Error).message})`);
  }
  return decodeUtf8(`${name}/${path}`, bytes);
}

/** The shallowest file with this base name, as brat looks for configuration up the folder tree. */
function findConf(paths: string[], base: string): string | undefined {
  return paths
    .filter((p) => p === base || p.endsWith(`/${base}`))
    .sort((a, b) => a.split('/').length - b.split('/').length)[0];
}

/**
 * Reads a zipped brat collection: every .ann against the .txt beside it,
 * T lines (continuous or discontinuous, code-point offsets) and their
 * AnnotatorNotes; relations, events and attributes are not Pizhu concepts and
 * are skipped. A discontinuous span comes back as one span from its first
 * piece's start to its last piece's end.
 */
export async function readBratZip(name: string, bytes: Uint8Array): Promise<Interchange> {
  let zip: GuardedZip;
  try {
    zip = await GuardedZip.open(bytes);
  } catch (error) {
    throw badFile(name, error instanceof FileProblem ? error.message : 'is not a valid zip file');
  }
  const paths = zip.paths();
  // Zip order, which is the order Pizhu wrote the documents in.
  const anns = paths.filter((p) => p.toLowerCase().endsWith('.ann'));
  if (!anns.length) throw badFile(name, 'holds no brat .ann files');

  const collector = new TagCollector();
  const annotationConf = findConf(paths, 'annotation.conf');
  const visualConf = findConf(paths, 'visual.conf');
  declareBratTags(
    collector,
    annotationConf ? await readText(zip, name, annotationConf) : null,
    visualConf ? await readText(zip, name, visualConf) : null,
  );

  const result: Interchange = { kind: 'brat', tags: [], documents: [], annotations: [] };
  for (const annPath of anns) {
    const key = annPath.slice(0, -4);
    const txtPath = `${key}.txt`;
    if (!paths.includes(txtPath)) throw badFile(name, `${annPath} has no ${txtPath} beside it`);
    const text = await readText(zip, name, txtPath);
    const title = key.split('/').pop()!;
    result.documents.push(interchangeDocument(name, 'brat', key, title, text));
    const map = new OffsetMap(text);

    const spans = new Map<string, Interchange['annotations'][number]>();
    const lines = (await readText(zip, name, annPath)).split(/\r?\n/);
    lines.forEach((line, i) => {
      const where = `${annPath} line ${i + 1}`;
      if (line.startsWith('T')) {
        const m = T_LINE.exec(line);
        if (!m) throw badFile(name, `${where} is not a valid text-bound annotation`);
        const pieces = m[3]!.split(';').map((p) => p.split(' ').map(Number) as [number, number]);
        let previousEnd = 0;
        for (const [s, e] of pieces) {
          checkSpan(name, `"${title}"`, map, s, e);
          if (s < previousEnd) throw badFile(name, `${where} has pieces out of order`);
          previousEnd = e;
        }
        const quoted = pieces.map(([s, e]) => map.slice(s, e)).join(' ');
        if (quoted !== m[4]) throw badFile(name, `${where} quotes ${JSON.stringify(m[4])} but the text there is ${JSON.stringify(quoted)}`);
        spans.set(m[1]!, { docKey: key, start: pieces[0]![0], end: pieces[pieces.length - 1]![1], tag: collector.idFor(m[2]!), note: '' });
      } else if (line.startsWith('#')) {
        const m = NOTE_LINE.exec(line);
        const span = m && spans.get(m[1]!);
        if (span) span.note = span.note ? `${span.note}\n${m[2]}` : m[2]!;
      }
    });
    result.annotations.push(...spans.values());
  }
  result.tags = collector.tags();
  return result;
}
