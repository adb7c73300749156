import { ERROR_CODES, type ErrorCode } from '../../../../electron/shared/errors';
import type { Language } from '../../../../electron/shared/model';
import { errorStrings } from '../strings/errorStrings';

/** The API error code of a failure, if it carries one. */
export function errorCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return null;
}

function isErrorCode(code: string | null): code is ErrorCode {
  return (ERROR_CODES as readonly (string | null)[]).includes(code);
}

/**
 * A failure in the reader's language: the sentence its error code stands for,
 * with the core's own message (English; it names the file, the line, the
 * tag) as detail, so that the specifics are kept and nothing is only English.
 */
export function describeError(error: unknown, language: Language): string {
  const words = errorStrings[language];
  const code = errorCode(error);
  const sentence = isErrorCode(code) ? words[code] : words.UNEXPECTED;
  const detail = (error instanceof Error ? error.message : String(error)).trim();
  if (!detail) return sentence;
  // Replacer functions: a message may hold `$&` and the like, which a replacement string would expand.
  return words.withDetail.replace('{{sentence}}', () => sentence).replace('{{detail}}', () => detail);
}
