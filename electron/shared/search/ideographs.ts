/**
 * Radicals and compatibility ideographs folded onto the unified ideographs
 * they stand for. Text converted from PDF or old word processors carries them
 * in place of ordinary characters (⼴东 with the Kangxi radical ⼴ for 广东,
 * 郎 U+F92C for 郎): they look the same to the reader, so a search must find
 * them the same.
 */

/** Folds one radical or compatibility ideograph (one code point) to the ideographs it stands for; anything else is returned unchanged. */
export type IdeographFolder = (ch: string) => string;

/**
 * Whether `cp` lies in a block an IdeographFolder is asked about: CJK
 * Radicals Supplement, Kangxi Radicals, CJK Compatibility Ideographs and
 * their supplement. Other characters never reach the folder, which keeps the
 * fold of ordinary text to range checks.
 */
export function isRadicalOrCompatibilityIdeograph(cp: number): boolean {
  return (cp >= 0x2e80 && cp <= 0x2fdf) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x2f800 && cp <= 0x2fa1f);
}

/**
 * A folder that looks `ch` up in `extra` first, then takes its NFKC form.
 * NFKC maps every Kangxi radical and compatibility ideograph but only two of
 * the CJK Radicals Supplement (⺟ ⻳); `extra` is for the rest, from the
 * Unicode EquivalentUnifiedIdeograph table.
 */
export function ideographFolder(extra?: ReadonlyMap<string, string>): IdeographFolder {
  return (ch) => extra?.get(ch) ?? ch.normalize('NFKC');
}

/** The folder used when none is given: NFKC alone. */
export const defaultIdeographFolder: IdeographFolder = ideographFolder();
