import { readFileSync } from 'node:fs';
import { sharedPath } from '../../sharedDir';

/** The text of a corpus or sample file, as it is on disk. */
export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8');
}

export const gwr = (year: number): string => readShared('corpus', 'national_gwr', `gwr_${year}.txt`);

export const LINGANG_BANFA = '中国(上海)自由贸易试验区临港新片区管理办法(FBM-CLI.11.1535062).txt';
export const ANHUI_RCEP_FANGAN = '安徽省推进“三地一区”建设领导小组改革开放...(FBM-CLI.12.6476457).txt';
export const localPolicy = (name: string): string => readShared('corpus', 'local_policy', name);

export const qingdaoSample = (): string => readShared('samples', 'qingdao-2023-01-28.txt');

/**
 * A text in the form Pizhu stores it: line endings made LF, each line
 * trimmed (the ideographic-space indentation too), blank lines dropped.
 * Written out here rather than taken from the import, so that these tests
 * pin the stored form the model describes.
 */
export function storedForm(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/gu, ''))
    .filter((line) => line !== '')
    .join('\n');
}

/** The year and title of each national report, from the corpus manifest. */
export function manifest(): Array<{ year: number; title: string }> {
  return readShared('corpus', 'national_gwr', '_manifest.tsv')
    .trim()
    .split('\n')
    .map((row) => row.split('\t'))
    .map(([year, , title]) => ({ year: Number(year), title: title! }));
}
