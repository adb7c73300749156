import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { Core } from '../core/coreTypes';
import type { Result } from '../shared/errors';
import type { Language } from '../shared/model';
import { callCore } from '../core/callCore';
import { hostStrings } from './hostStrings';

/** Sessions are folders whose names end in this. */
const SESSION_EXTENSION = '.pizhu';

/**
 * The session dialogs the host runs itself, since only it can show native
 * pickers. Each resolves true when the open session changed, so the caller
 * can tell the page and refresh the menu. Failures are shown in an error box
 * that names the folder; the core's message says what was wrong.
 */
export class SessionDialogs {
  constructor(
    private readonly core: Core,
    private readonly window: BrowserWindow,
    private readonly language: () => Language,
  ) {}

  async open(): Promise<boolean> {
    const s = hostStrings(this.language());
    const { canceled, filePaths } = await dialog.showOpenDialog(this.window, {
      title: s.openSessionTitle,
      properties: ['openDirectory'],
    });
    const path = filePaths[0];
    if (canceled || path === undefined) return false;
    return this.openAt(path);
  }

  async openAt(path: string): Promise<boolean> {
    return this.shown(await callCore(this.core, 'session.open', { path }), hostStrings(this.language()).openFailed, path);
  }

  async create(): Promise<boolean> {
    const s = hostStrings(this.language());
    const path = await this.askNewPath(s.newSessionTitle, s.untitled);
    return path !== null && this.shown(await callCore(this.core, 'session.create', { path }), s.createFailed, path);
  }

  async saveAs(): Promise<boolean> {
    const s = hostStrings(this.language());
    const info = await callCore(this.core, 'session.info', {});
    const name = info.ok && info.value ? `${info.value.name}${s.copySuffix}` : s.untitled;
    const path = await this.askNewPath(s.saveAsTitle, name);
    return path !== null && this.shown(await callCore(this.core, 'session.saveAs', { path }), s.saveAsFailed, path);
  }

  async close(): Promise<boolean> {
    return this.shown(await callCore(this.core, 'session.close', {}), hostStrings(this.language()).closeFailed, '');
  }

  async about(): Promise<void> {
    const s = hostStrings(this.language());
    await dialog.showMessageBox(this.window, {
      type: 'info',
      title: s.about,
      message: `${app.getName()} ${app.getVersion()}`,
      detail: s.aboutDetail,
    });
  }

  private async askNewPath(title: string, defaultName: string): Promise<string | null> {
    const { canceled, filePath } = await dialog.showSaveDialog(this.window, {
      title,
      defaultPath: join(app.getPath('documents'), `${defaultName}${SESSION_EXTENSION}`),
      filters: [{ name: hostStrings(this.language()).sessionFolder, extensions: [SESSION_EXTENSION.slice(1)] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (canceled || !filePath) return null;
    return filePath.endsWith(SESSION_EXTENSION) ? filePath : `${filePath}${SESSION_EXTENSION}`;
  }

  private shown(result: Result<unknown>, title: string, path: string): boolean {
    if (result.ok) return true;
    dialog.showErrorBox(title, path ? `${path}\n\n${result.error.message}` : result.error.message);
    return false;
  }
}
