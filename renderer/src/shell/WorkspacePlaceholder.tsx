import type { Tag } from '../../../electron/shared/model';
import { useT } from '../i18n/i18n';
import { shellStrings } from './strings/shellStrings';

/** Same props as the real Workspace, so that WorkspaceHost can switch between them in one line. */
export interface WorkspaceProps {
  docId: string;
  tags: Tag[];
  onChanged: () => void;
  onOpenDocument: (id: string) => void;
}

/** Stands in for the document editor until it is part of the build. */
export function WorkspacePlaceholder({ docId }: WorkspaceProps) {
  const { t } = useT('shell', shellStrings);
  return (
    <div className="workspace-placeholder" data-doc-id={docId}>
      <p>{t('workspacePlaceholder')}</p>
    </div>
  );
}
