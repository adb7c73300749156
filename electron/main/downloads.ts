import { join } from 'node:path';
import { app, type Session } from 'electron';
import type { Language } from '../shared/model';
import { hostStrings } from './hostStrings';

/**
 * Exports reach the user as downloads the page starts from a blob: URL.
 * Electron's default routine already asks where to save (no save path is
 * set here); this only names the dialog and starts it in Documents. Downloads
 * from anywhere else are refused: the app has no reason to fetch files.
 */
export function handleDownloads(session: Session, language: () => Language): void {
  session.on('will-download', (event, item) => {
    if (!isLocalDownloadUrl(item.getURL())) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions({
      title: hostStrings(language()).saveExportTitle,
      defaultPath: join(app.getPath('documents'), item.getFilename()),
    });
  });
}

function isLocalDownloadUrl(raw: string): boolean {
  try {
    const { protocol } = new URL(raw);
    return protocol === 'blob:' || protocol === 'data:';
  } catch {
    return false;
  }
}
