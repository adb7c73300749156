import { OffsetMap } from '../../shared/codePoints';
import { FileProblem } from '../import/FileProblem';
import { GuardedZip } from '../import/GuardedZip';
import { badFile } from './badFile';
import { declareBratTags } from './bratConf';
import { decodeUtf8 } from './decodeUtf8';
import { interchangeDocument } from './interchangeDocument';
import { NoticeTally } from './noticeTally';
import { readBratAnn } from './readBratAnn';
import type { Interchange } from './readInterchange';
import { TagCollector } from './tagCollector';

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
  return paths.filter((p) => p === base || p.endsWith(`/${base}`)).sort((a, b) => a.split('/').length - b.split('/').length)[0];
}

/**
 * Reads a zipped brat collection: every .ann against the .txt beside it
 * (code-point offsets), with the tags of its annotation.conf and
 * visual.conf. What Pizhu cannot carry over comes back in `notices`.
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

  const notices = new NoticeTally();
  const result: Interchange = { kind: 'brat', tags: [], labelledTags: [], documents: [], annotations: [], notices: [] };
  for (const annPath of anns) {
    const key = annPath.slice(0, -4);
    const txtPath = `${key}.txt`;
    if (!paths.includes(txtPath)) throw badFile(name, `${annPath} has no ${txtPath} beside it`);
    const text = await readText(zip, name, txtPath);
    const title = key.split('/').pop()!;
    result.documents.push(interchangeDocument(name, 'brat', key, title, text));
    result.annotations.push(...readBratAnn(annPath, key, await readText(zip, name, annPath), new OffsetMap(text), collector, notices));
  }
  result.tags = collector.tags();
  result.labelledTags = collector.labelledTags();
  result.notices = notices.notices();
  return result;
}
