import mammoth from 'mammoth';
import { FileProblem } from './FileProblem';
import { GuardedZip } from './GuardedZip';
import { htmlBlocks } from './htmlBlocks';
import type { Block } from './importTypes';

/** Every .docx is a zip archive, and every zip starts with a local file header. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * The paragraphs and headings of a Word document: mammoth maps its Heading
 * styles to h1–h6, which become headings; images are dropped.
 * Throws a FileProblem for a file that is not a valid .docx.
 */
export async function docxBlocks(bytes: Uint8Array): Promise<{ blocks: Block[]; original: string }> {
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw new FileProblem('not a valid Word file (not a zip archive)');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let html: string;
  try {
    // mammoth unpacks the whole zip with no limit: prove it small enough first.
    await (await GuardedZip.open(bytes)).checkAll();
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem('not a valid Word file (zip is corrupt or has no document)');
  }
  try {
    const result = await mammoth.convertToHtml({ buffer }, { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) });
    html = result.value;
  } catch {
    throw new FileProblem('not a valid Word file (zip is corrupt or has no document)');
  }
  const blocks = htmlBlocks(html);
  return { blocks, original: blocks.map((b) => b.text).join('\n') };
}
