import { FileProblem } from '../import/FileProblem';
import { GuardedZip } from '../import/GuardedZip';
import { badFile } from './badFile';
import { decodeUtf8 } from './decodeUtf8';

/** Opens a zipped export (a brat collection, a REFI-QDA project) within the unpacking budget; a refusal names the file. */
export async function openZip(name: string, bytes: Uint8Array): Promise<GuardedZip> {
  try {
    return await GuardedZip.open(bytes);
  } catch (error) {
    throw badFile(name, error instanceof FileProblem ? error.message : 'is not a valid zip file');
  }
}

/** One entry of such a zip as UTF-8 text; a refusal names the file and the entry. */
export async function readZipText(zip: GuardedZip, name: string, path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await zip.read(path);
  } catch (error) {
    if (error instanceof FileProblem) throw badFile(name, error.message);
    throw badFile(name, `${path} cannot be unpacked (${(error as Error).message})`);
  }
  return decodeUtf8(`${name}/${path}`, bytes);
}
