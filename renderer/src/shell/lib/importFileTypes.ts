/** Extensions of the documents import reads. */
const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'];

/** Extensions of the annotation exports import reads: Pizhu JSON and W3C (JSON-LD), doccano JSONL, brat zips, REFI-QDA projects. */
const ANNOTATION_EXTENSIONS = ['.json', '.jsonld', '.jsonl', '.ndjson', '.zip', '.qdpx', '.qde'];

/** Every extension import takes, in the order the file picker and messages list them. */
export const IMPORT_EXTENSIONS: readonly string[] = [...DOCUMENT_EXTENSIONS, ...ANNOTATION_EXTENSIONS];

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Whether import reads files with this name's extension at all (what the core says of others is "unknown file type"). */
export function isImportable(name: string): boolean {
  return IMPORT_EXTENSIONS.includes(extensionOf(name));
}

/** Whether a file is doccano JSONL, whose offsets may be counted in UTF-16 units or in code points. */
export function isDoccanoJsonl(name: string): boolean {
  const extension = extensionOf(name);
  return extension === '.jsonl' || extension === '.ndjson';
}
