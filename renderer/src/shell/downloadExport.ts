import type { ExportFile } from '../../../electron/shared/contract';
import { base64ToBytes } from './lib/base64';

/**
 * Save an exported file through the browser's download: a Blob behind an
 * <a download>. In Electron the host turns the download into a save dialog.
 */
export function downloadExport(file: ExportFile): void {
  const blob = new Blob([base64ToBytes(file.data)], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns in Chromium, but a later revoke costs nothing and is safe everywhere.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
