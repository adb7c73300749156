import { useT } from '../i18n/i18n';
import { IMPORT_EXTENSIONS } from './lib/importFileTypes';
import { fileProblem } from './lib/importSummary';
import { importStrings } from './strings/importStrings';

interface ImportFileErrorProps {
  file: string;
  /** The core's message, `<file>: <problem>`. */
  message: string;
  /** Name the file too: where the error is not shown under the file's own heading. */
  named?: boolean;
}

/** Why a file cannot be imported, in the reader's language; the core's specifics (English) are kept as detail. */
export function ImportFileError({ file, message, named = false }: ImportFileErrorProps) {
  const { t, language } = useT(importStrings);
  const problem = fileProblem(file, message);
  let text: string;
  if (problem.kind === 'unknown-type') {
    // Without their dots: "、." cannot break a line (no break before a full stop), and the list would run as one piece.
    const accepted = IMPORT_EXTENSIONS.map((extension) => extension.slice(1)).join(language === 'zh' ? '、' : ', ');
    const types = t('unknownType', { accepted });
    text = problem.detail ? t('noticeDetail', { text: types, detail: problem.detail }) : types;
  } else {
    text = t('fileError', { message: problem.detail });
  }
  return <>{named ? t('fileProblem', { file, problem: text }) : text}</>;
}
