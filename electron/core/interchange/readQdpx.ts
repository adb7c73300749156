import type { GuardedZip } from '../import/GuardedZip';
import { readZipText } from './interchangeZip';
import type { Interchange } from './interchangeTypes';
import { readRefiProject, type InternalFiles } from './refiProject';
import { parseXml } from './xmlTree';

const PROJECT_FILE = 'project.qde';

/** The project file of a zip that is a REFI-QDA project (.qdpx): project.qde at its top, else its one .qde there; null for any other zip. */
export function qdpxProjectFile(zip: GuardedZip): string | null {
  const top = zip.paths().filter((p) => !p.includes('/') && p.toLowerCase().endsWith('.qde'));
  return top.find((p) => p === PROJECT_FILE) ?? (top.length === 1 ? top[0]! : null);
}

/**
 * Reads a .qdpx: its project file, with the texts `internal://` paths name
 * in its sources folder (`sources/`, or `Sources/` as NVivo writes it).
 */
export async function readQdpx(name: string, zip: GuardedZip, projectFile: string): Promise<Interchange> {
  const paths = new Set(zip.paths());
  const internal: InternalFiles = async (path) => {
    const entry = ['sources/', 'Sources/'].map((folder) => folder + path).find((p) => paths.has(p));
    if (!entry) return { problem: `its text, sources/${path}, is missing from the archive` };
    return { text: await readZipText(zip, name, entry) };
  };
  const xml = await readZipText(zip, name, projectFile);
  return readRefiProject(name, parseXml(`${name}/${projectFile}`, xml), internal);
}

/** Reads a bare .qde: only texts it holds inline can be had, since the sources folder is in the .qdpx archive. */
export async function readQde(name: string, xml: string): Promise<Interchange> {
  const internal: InternalFiles = async (path) => ({
    problem: `its text, sources/${path}, is in the .qdpx archive: import the .qdpx instead`,
  });
  return readRefiProject(name, parseXml(name, xml), internal);
}
