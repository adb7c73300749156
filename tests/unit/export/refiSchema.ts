import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { validateXML } from 'xmllint-wasm';
import { sharedPath } from '../../sharedDir';

const XSD = sharedPath('validators', 'refi', 'Project.xsd');

/** Checks a project.qde on disk against the REFI-QDA schema: `xmllint --noout --schema`, or the WebAssembly build of the same libxml2 where the binary is not installed. */
export async function validateQde(path: string): Promise<{ valid: boolean; output: string }> {
  try {
    await promisify(execFile)('xmllint', ['--noout', '--schema', XSD, path]);
    return { valid: true, output: '' };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code !== 'ENOENT') return { valid: false, output: e.stderr ?? String(e) };
  }
  const result = await validateXML({
    xml: { fileName: 'project.qde', contents: await readFile(path, 'utf8') },
    schema: { fileName: 'Project.xsd', contents: await readFile(XSD, 'utf8') },
  });
  return { valid: result.valid, output: result.rawOutput };
}
