import { currentLanguage } from '../../i18n/i18n';
import { describeError } from './describeError';

export { errorCode } from './describeError';

/** The message to show for a failure, in the UI's current language (see describeError). */
export function errorMessage(error: unknown): string {
  return describeError(error, currentLanguage());
}
