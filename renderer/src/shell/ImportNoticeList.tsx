import type { ImportNotice } from '../../../electron/shared/contract';
import { useT } from '../i18n/i18n';
import { importStrings } from './strings/importStrings';

/** What a file could not carry over or had changed on the way in, one line per kind, with counts and detail. */
export function ImportNoticeList({ notices, label }: { notices: readonly ImportNotice[]; label: string }) {
  const { t } = useT(importStrings);
  if (notices.length === 0) return null;
  return (
    <ul className="import-notices" aria-label={label}>
      {notices.map((notice, index) => {
        const text = t(`notice_${notice.kind}`, { count: notice.count });
        return <li key={index}>{notice.detail ? t('noticeDetail', { text, detail: notice.detail }) : text}</li>;
      })}
    </ul>
  );
}
