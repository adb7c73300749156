/** Names Windows refuses for a file whatever its extension. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** Longest base name kept, in code points: 60 CJK characters are 180 UTF-8 bytes, under every file system's 255. */
const MAX_BASE = 60;

/**
 * A file base name (no extension) that every OS accepts: no path separators,
 * no characters Windows forbids, no control characters, no trailing dots or
 * spaces, no reserved device names, and a bounded length. Chinese is kept.
 */
export function safeFileBase(name: string, fallback = 'pizhu'): string {
  let base = name
    .normalize('NFC')
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '_')
    // A lone surrogate reaches the zip or disk as U+FFFD, which could collide with a name that differs only there.
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  base = Array.from(base)
    .slice(0, MAX_BASE)
    .join('')
    .replace(/[. ]+$/, '')
    .replace(/^[. ]+/, '');
  if (!base) return fallback;
  return RESERVED.test(base) ? `${base}_` : base;
}

/**
 * Gives each name a safe base that differs from all earlier ones ignoring
 * case, as macOS and Windows file systems do.
 */
export function uniqueFileBases(names: readonly string[], fallback: string): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = safeFileBase(name, fallback);
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base}-${n}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
