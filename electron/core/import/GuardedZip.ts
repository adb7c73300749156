import JSZip from 'jszip';
import { FileProblem } from './FileProblem';

/**
 * Most a zip (a .docx, a zipped brat collection) may unpack to, all entries
 * together: room for a 100 MB import with heavy markup, far below what a zip
 * bomb (a few MB that inflate to gigabytes) would take.
 */
export const MAX_UNZIPPED_BYTES = 256 * 2 ** 20;

/** What JSZip read from the central directory; not in its typings. */
interface EntryInternals {
  _data?: { uncompressedSize?: number };
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MB`;
}

/**
 * A zip opened with a budget for what it may unpack to. The sizes its
 * headers claim are checked before anything is inflated, and every entry is
 * inflated as a stream that stops at the budget, so a zip whose headers lie
 * is refused as soon as it passes it. Refusals are FileProblems.
 */
export class GuardedZip {
  private left: number;

  private constructor(
    readonly zip: JSZip,
    private readonly limit: number,
  ) {
    this.left = limit;
  }

  /** Parses the zip's directory (a corrupt zip throws JSZip's own error) and checks the sizes it claims. */
  static async open(bytes: Uint8Array, limit = MAX_UNZIPPED_BYTES): Promise<GuardedZip> {
    const zip = await JSZip.loadAsync(bytes);
    let claimed = 0;
    for (const entry of Object.values(zip.files)) claimed += (entry as unknown as EntryInternals)._data?.uncompressedSize ?? 0;
    if (claimed > limit)
      throw new FileProblem(`it would unpack to ${megabytes(claimed)}, more than the limit of ${megabytes(limit)} (a zip bomb?)`);
    return new GuardedZip(zip, limit);
  }

  /** Paths of the files (not folders) in the zip, in zip order. */
  paths(): string[] {
    return Object.keys(this.zip.files).filter((p) => !this.zip.files[p]!.dir);
  }

  /** One entry's bytes, inflated within what is left of the budget. */
  async read(path: string): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    await this.inflate(path, (chunk) => chunks.push(chunk));
    return new Uint8Array(Buffer.concat(chunks));
  }

  /** Inflates every entry and keeps nothing: proves the whole zip unpacks within the budget before another library unpacks it. */
  async checkAll(): Promise<void> {
    for (const path of this.paths()) await this.inflate(path, () => undefined);
  }

  private inflate(path: string, take: (chunk: Buffer) => void): Promise<void> {
    const entry = this.zip.file(path);
    if (!entry) return Promise.reject(new FileProblem(`${path} is missing`));
    return new Promise((resolve, reject) => {
      // JSZip's node stream is an old Readable without async iteration: events it is.
      const stream = entry.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        this.left -= chunk.length;
        if (this.left >= 0) return take(chunk);
        // A paused stream fills its buffer and then stops JSZip from inflating further.
        stream.pause();
        stream.removeAllListeners('data');
        reject(new FileProblem(`${path} makes the zip unpack to more than the limit of ${megabytes(this.limit)} (a zip bomb?)`));
      });
      stream.on('end', () => resolve());
      stream.on('error', reject);
    });
  }
}
