import { OffsetMap } from '../../shared/codePoints';
import type { GuardedZip } from '../import/GuardedZip';
import { badFile } from './badFile';
import { declareBratTags } from './bratConf';
import { interchangeDocument } from './interchangeDocument';
import { readZipText } from './interchangeZip';
import { NoticeTally } from './noticeTally';
import { readBratAnn } from './readBratAnn';
import type { Interchange } from './interchangeTypes';
import { emptyInterchange } from './interchangeTypes';
import { RelationTypeCollector } from './relationTypeCollector';
import { TagCollector } from './tagCollector';

/** The shallowest file with this base name, as brat looks for configuration up the folder tree. */
function findConf(paths: string[], base: string): string | undefined {
  return paths.filter((p) => p === base || p.endsWith(`/${base}`)).sort((a, b) => a.split('/').length - b.split('/').length)[0];
}

/**
 * Reads a zipped brat collection: every .ann against the .txt beside it
 * (code-point offsets), with the tags and relation types of its
 * annotation.conf and visual.conf. What Pizhu cannot carry over comes back in `notices`.
 */
export async function readBratZip(name: string, zip: GuardedZip): Promise<Interchange> {
  const paths = zip.paths();
  // Zip order, which is the order Pizhu wrote the documents in.
  const anns = paths.filter((p) => p.toLowerCase().endsWith('.ann'));
  if (!anns.length) throw badFile(name, 'holds no brat .ann files');

  const collector = new TagCollector();
  const relationTypes = new RelationTypeCollector();
  const annotationConf = findConf(paths, 'annotation.conf');
  const visualConf = findConf(paths, 'visual.conf');
  declareBratTags(
    collector,
    relationTypes,
    annotationConf ? await readZipText(zip, name, annotationConf) : null,
    visualConf ? await readZipText(zip, name, visualConf) : null,
  );

  const notices = new NoticeTally();
  const result = emptyInterchange('brat');
  for (const annPath of anns) {
    const key = annPath.slice(0, -4);
    const txtPath = `${key}.txt`;
    if (!paths.includes(txtPath)) throw badFile(name, `${annPath} has no ${txtPath} beside it`);
    const text = await readZipText(zip, name, txtPath);
    const title = key.split('/').pop()!;
    result.documents.push(interchangeDocument(name, 'brat', key, title, text));
    const ann = await readZipText(zip, name, annPath);
    const read = readBratAnn(annPath, key, ann, new OffsetMap(text), collector, relationTypes, notices);
    result.annotations.push(...read.annotations);
    result.relations.push(...read.relations);
  }
  result.tags = collector.tags();
  result.labelledTags = collector.labelledTags();
  result.relationTypes = relationTypes.types();
  result.notices = notices.notices();
  return result;
}
