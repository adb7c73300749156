/**
 * Strings at least this long (in UTF-16 units) go into a request body a slice
 * per task. A slice of base64 this long is escaped and copied in about 10 ms
 * on a quiet machine, and stays under 50 ms on a busy one.
 */
export const SLICE = 1 << 20;

/**
 * The body of an API request for `input`: one JSON string, or, when the input
 * holds long strings (an import's files, base64), a Blob of the same JSON
 * whose long strings are escaped and copied a slice per task. Stringifying
 * and sending a 30 MB file's 40 MB of base64 at once blocked the page for most
 * of a second.
 */
export function requestBody(input: unknown): string | Promise<Blob> {
  const long: string[] = [];
  // Each long string is held out of JSON.stringify by a placeholder no input can hold: it carries a fresh random id.
  let placeholder = '';
  const json = JSON.stringify(input ?? {}, (_key, value: unknown) => {
    if (typeof value !== 'string' || value.length < SLICE) return value;
    placeholder ||= `pizhu-long-${crypto.randomUUID()}-`;
    long.push(value);
    return `${placeholder}${long.length - 1}`;
  });
  return long.length === 0 ? json : sliced(json, new RegExp(`"${placeholder}(\\d+)"`, 'g'), long);
}

async function sliced(json: string, placeholders: RegExp, long: readonly string[]): Promise<Blob> {
  const parts: BlobPart[] = [];
  let at = 0;
  for (const found of json.matchAll(placeholders)) {
    parts.push(json.slice(at, found.index), '"');
    const value = long[Number(found[1])]!;
    for (let i = 0; i < value.length; i += SLICE) {
      await new Promise((resolve) => setTimeout(resolve));
      // JSON escapes unit by unit, so the slices' escapes are the whole string's (a surrogate pair cut in two is escaped as two halves, which parse back the same).
      parts.push(new Blob([JSON.stringify(value.slice(i, i + SLICE)).slice(1, -1)]));
    }
    parts.push('"');
    at = found.index + found[0].length;
  }
  parts.push(json.slice(at));
  return new Blob(parts);
}
