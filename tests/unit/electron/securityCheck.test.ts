import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { electronegativityFindings, fails, scriptedFindings, type Finding } from '../../../scripts/checkElectronSecurity';

/** A host that gets everything wrong, to prove each rule fires. */
const INSECURE: Record<string, string> = {
  'electron/main/index.ts': `import { app, BrowserWindow, protocol, shell } from 'electron';
app.whenReady().then(() => {
  const win = new BrowserWindow({
    webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false, allowRunningInsecureContent: true, experimentalFeatures: true },
  });
  win.webContents.on('new-window', (e, url) => shell.openExternal(url));
  win.loadURL('http://example.com/app');
  win.loadFile('index.html');
});
protocol.registerSchemesAsPrivileged([{ scheme: 'x', privileges: { bypassCSP: true } }]);
`,
  'electron/preload/index.ts': `import { contextBridge, ipcRenderer } from 'electron';
contextBridge.exposeInMainWorld('ipc', ipcRenderer);
contextBridge.exposeInMainWorld('run', (code: string) => eval(code));
`,
  'renderer/index.html': `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'" />
<script src="http://cdn.example.com/lib.js"></script></head><body></body></html>`,
  'out/renderer/index.html': `<!doctype html><html><head><title>built without its policy</title></head><body></body></html>`,
  'electron/shared/leak.ts': `import { shell } from 'electron';\nexport const open = shell.openPath;\n`,
};

function rules(findings: Finding[]): Set<string> {
  return new Set(findings.filter(fails).map((f) => f.rule));
}

describe('checkElectronSecurity', () => {
  let insecure: string;
  beforeAll(() => {
    insecure = mkdtempSync(join(tmpdir(), 'pizhu-insecure-'));
    for (const [path, text] of Object.entries(INSECURE)) {
      mkdirSync(dirname(join(insecure, path)), { recursive: true });
      writeFileSync(join(insecure, path), text);
    }
  });

  it('finds nothing failing in this project', () => {
    expect(scriptedFindings(resolve('.')).filter(fails)).toEqual([]);
  });

  it('fails an insecure host on every rule of its own', () => {
    const findings = scriptedFindings(insecure);
    expect(rules(findings)).toEqual(
      new Set([
        'HARDENING_MISSING',
        'WEB_PREFERENCES',
        'OPEN_EXTERNAL_GUARDED',
        'FORBIDDEN_OPTION',
        'PRELOAD_EVAL',
        'PRELOAD_RAW_IPC',
        'CSP_META',
        'CSP_ONE_SOURCE',
        'INSECURE_RESOURCE',
        'ELECTRON_BOUNDARY',
      ]),
    );
    const forbidden = findings.filter((f) => f.rule === 'FORBIDDEN_OPTION').map((f) => f.detail);
    expect(forbidden).toEqual(
      expect.arrayContaining([
        'contextIsolation turned off',
        'sandbox turned off',
        'nodeIntegration turned on',
        'webSecurity turned off',
        'allowRunningInsecureContent',
        'experimentalFeatures',
        'a page loaded over plain http',
        'a page loaded from file:// (serve it on the app: scheme)',
        'a scheme that bypasses the CSP',
      ]),
    );
    const missing = findings.filter((f) => f.rule === 'HARDENING_MISSING').map((f) => f.detail);
    expect(missing).toEqual(
      expect.arrayContaining(['missing: navigation of frames denied (will-frame-navigate)', 'missing: CSP response header']),
    );
    const csp = findings.filter((f) => f.rule === 'CSP_META').map((f) => f.detail);
    expect(csp).toEqual(
      expect.arrayContaining([
        "script-src allows 'unsafe-inline'",
        "script-src allows 'unsafe-eval'",
        "object-src is not 'none'",
        'no Content-Security-Policy <meta> (the build writes it)',
      ]),
    );
  });

  it('runs Electronegativity, which fails the insecure host too', () => {
    const findings = electronegativityFindings(insecure);
    expect(findings.filter((f) => f.rule === 'ELECTRONEGATIVITY')).toEqual([]);
    expect([...rules(findings)]).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'WEB_SECURITY_JS_CHECK',
        'INSECURE_CONTENT_JS_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
      ]),
    );
    // Electronegativity looks up advisories over the network first; on a closed network that waits for its time-outs.
  }, 180_000);
});
