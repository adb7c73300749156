import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The app's data folder, the same one Electron's app.getPath('userData')
 * gives for productName "Pizhu", so the web mode, the CLI and the desktop
 * app share settings and the default session. PIZHU_DATA_DIR overrides it.
 */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.PIZHU_DATA_DIR) return env.PIZHU_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Pizhu');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Pizhu');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Pizhu');
}
