// A stand-in for the 'electron' module, so the built main process can run under plain Node.
// It records what the app does, then drives it like a user would: show the window, fetch the page's
// files over the app: scheme, call the API from our page and from a foreign one, name session paths
// and ask for the host's session dialogs, try to navigate and open windows, click menu items,
// start a second instance, close the window and quit. The record goes to FAKE_ELECTRON_REPORT as JSON
// when the app's quit completes (the real Electron would exit there too).
import { EventEmitter } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const home = process.env.FAKE_ELECTRON_HOME;
const reportPath = process.env.FAKE_ELECTRON_REPORT;
if (!home || !reportPath) throw new Error('fakeElectron: set FAKE_ELECTRON_HOME and FAKE_ELECTRON_REPORT');

const record = {
  singleInstanceLock: 0,
  windows: [],
  loadFile: [],
  loadURL: [],
  shown: false,
  privilegedSchemes: null,
  schemesRegisteredBeforeReady: null,
  protocolHandles: [],
  responses: {},
  dialogs: [],
  handles: [],
  ipc: {},
  sent: [],
  menus: [],
  navigationPrevented: {},
  windowOpen: {},
  openExternal: [],
  permissionRequest: null,
  permissionCheck: null,
  downloads: {},
  secondInstance: {},
  errorBoxes: [],
  quitSequence: [],
};

const handlers = new Map();
const windows = [];
let menuTemplate = null;
let driven = false;
let ready = false;
// What the next save dialog answers (the driver sets it before asking for a dialog); cancelled otherwise.
let nextSaveDialog = { canceled: true };

function preventable() {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
  return event;
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  paths = new Map();
  getPath(name) {
    return this.paths.get(name) ?? join(home, name);
  }
  setPath(name, path) {
    this.paths.set(name, path);
  }
  getAppPath() {
    return process.cwd();
  }
  getLocale() {
    return 'zh-CN';
  }
  getName() {
    return 'Pizhu';
  }
  getVersion() {
    return '0.0.0-test';
  }
  requestSingleInstanceLock() {
    record.singleInstanceLock += 1;
    return true;
  }
  whenReady() {
    ready = true;
    return Promise.resolve();
  }
  quit() {
    record.quitSequence.push('quit()');
    this.emit('before-quit', preventable());
    const willQuit = preventable();
    this.emit('will-quit', willQuit);
    record.quitSequence.push(willQuit.defaultPrevented ? 'will-quit prevented' : 'will-quit');
    if (!willQuit.defaultPrevented) finish(0);
  }
  exit(code) {
    record.quitSequence.push(`exit(${code})`);
    finish(code);
  }
}

export const app = new FakeApp();

function finish(code) {
  writeFileSync(reportPath, JSON.stringify(record, null, 2));
  process.exit(code);
}

class FakeWebContents extends EventEmitter {
  openHandler = null;
  session = session.defaultSession;
  setWindowOpenHandler(handler) {
    this.openHandler = handler;
  }
  send(channel, ...args) {
    record.sent.push([channel, ...args]);
  }
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    record.windows.push(options);
    this.webContents = new FakeWebContents();
    this.destroyed = false;
    windows.push(this);
    app.emit('web-contents-created', preventable(), this.webContents);
  }
  loadFile(path) {
    record.loadFile.push(path);
    return Promise.resolve();
  }
  loadURL(url) {
    record.loadURL.push(url);
    return Promise.resolve();
  }
  show() {
    record.shown = true;
  }
  focus() {
    record.secondInstance.focused = true;
  }
  maximize() {}
  restore() {}
  isMaximized() {
    return false;
  }
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
  getNormalBounds() {
    return { x: 40, y: 30, width: 1111, height: 777 };
  }
}

export const ipcMain = {
  handle(channel, handler) {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, handler);
    record.handles.push(channel);
  },
};

export const Menu = {
  buildFromTemplate(template) {
    return { template };
  },
  setApplicationMenu(menu) {
    menuTemplate = menu.template;
    record.menus.push(describeMenu(menu.template));
    if (!driven) {
      driven = true;
      setImmediate(() => void drive());
    }
  },
};

function describeMenu(items) {
  return items.map((item) => ({
    label: item.label ?? null,
    role: item.role ?? null,
    accelerator: item.accelerator ?? null,
    hasClick: typeof item.click === 'function',
    ...(Array.isArray(item.submenu) ? { submenu: describeMenu(item.submenu) } : {}),
  }));
}

export const dialog = {
  showErrorBox(title, content) {
    record.errorBoxes.push({ title, content });
  },
  async showOpenDialog(_window, options) {
    record.dialogs.push({ kind: 'open', title: options?.title ?? null });
    return { canceled: true, filePaths: [] };
  },
  async showSaveDialog(_window, options) {
    record.dialogs.push({ kind: 'save', title: options?.title ?? null });
    const answer = nextSaveDialog;
    nextSaveDialog = { canceled: true };
    return answer;
  },
  async showMessageBox() {
    return { response: 0 };
  },
};

export const shell = {
  async openExternal(url) {
    record.openExternal.push(url);
  },
};

// A keychain that reverses the bytes: enough to show that what the host writes is not the plain text.
export const safeStorage = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from(text, 'utf8').reverse(),
  decryptString: (bytes) => Buffer.from(bytes).reverse().toString('utf8'),
};

export const screen = {
  getAllDisplays() {
    return [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    record.privilegedSchemes = schemes;
    record.schemesRegisteredBeforeReady = !ready;
  },
};

class FakeSession extends EventEmitter {
  requestHandler = null;
  checkHandler = null;
  protocolHandlers = new Map();
  protocol = {
    handle: (scheme, handler) => {
      record.protocolHandles.push(scheme);
      this.protocolHandlers.set(scheme, handler);
    },
  };
  setPermissionRequestHandler(handler) {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler) {
    this.checkHandler = handler;
  }
}

export const session = { defaultSession: new FakeSession() };

function frameEvent(url) {
  return { senderFrame: url === null ? null : { url } };
}

async function invoke(channel, url, input) {
  const handler = handlers.get(channel);
  return handler ? handler(frameEvent(url), input) : { missing: channel };
}

function findItem(label) {
  for (const top of menuTemplate ?? []) {
    for (const item of top.submenu ?? []) if (item.label === label) return item;
  }
  return null;
}

/** What the app: scheme answers, as the page's requests would see it. */
async function fetchApp(url, method = 'GET') {
  const handler = session.defaultSession.protocolHandlers.get(new URL(url).protocol.slice(0, -1));
  if (!handler) return { missing: url };
  const response = await handler(new Request(url, { method }));
  const body = Buffer.from(await response.arrayBuffer()).toString('utf8');
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    nosniff: response.headers.get('x-content-type-options') === 'nosniff',
    script: /<script type="module" crossorigin src="\.\/([^"]+)"/.exec(body)?.[1] ?? null,
    body: body.slice(0, 64),
  };
}

async function drive() {
  const [window] = windows;
  window.emit('ready-to-show');

  const page = record.loadURL[0];
  record.responses.page = await fetchApp(page);
  record.responses.root = await fetchApp(new URL('/', page).href);
  if (record.responses.page.script) record.responses.script = await fetchApp(new URL(record.responses.page.script, page).href);
  record.responses.missing = await fetchApp(new URL('/nothing-here.js', page).href);
  record.responses.encodedParent = await fetchApp(new URL('/..%2fmain%2findex.js', page).href);
  record.responses.encodedParentTwice = await fetchApp(new URL('/..%2f..%2fpackage.json', page).href);
  record.responses.backslash = await fetchApp(new URL('/..%5cmain%5cindex.js', page).href);
  record.responses.otherHost = await fetchApp('app://evil/index.html');
  record.responses.post = await fetchApp(page, 'POST');

  record.ipc.infoFromPage = await invoke('pizhu:session.info', page, {});
  record.ipc.documentsFromPage = await invoke('pizhu:documents.list', page, {});
  record.ipc.badInputFromPage = await invoke('pizhu:documents.get', page, { id: 42 });
  record.ipc.infoFromForeignPage = await invoke('pizhu:session.info', 'https://evil.example/', {});
  record.ipc.infoFromOtherFile = await invoke('pizhu:session.info', pathToFileURL(join(home, 'index.html')).href, {});
  record.ipc.infoFromOtherAppPage = await invoke('pizhu:session.info', new URL('/evil.html', page).href, {});
  record.ipc.infoFromClosedFrame = await invoke('pizhu:session.info', null, {});

  // Session paths named by the page: refused, but for one the recent list holds.
  record.ipc.createFromPage = await invoke('pizhu:session.create', page, { path: join(home, 'typed.pizhu') });
  record.ipc.saveAsFromPage = await invoke('pizhu:session.saveAs', page, { path: join(home, 'copy.pizhu') });
  record.ipc.openUnlistedFromPage = await invoke('pizhu:session.open', page, { path: join(home, 'elsewhere.pizhu') });
  // The page asks for the host's New dialog instead, which the user answers with a folder.
  nextSaveDialog = { canceled: false, filePath: join(home, 'picked') };
  record.ipc.newDialogFromPage = await invoke('pizhu:sessionDialog', page, 'newSession');
  record.ipc.infoAfterDialog = await invoke('pizhu:session.info', page, {});
  record.ipc.dialogFromForeignPage = await invoke('pizhu:sessionDialog', 'https://evil.example/', 'newSession');
  record.ipc.unknownDialogFromPage = await invoke('pizhu:sessionDialog', page, 'deleteEverything');
  record.ipc.openRecentFromPage = await invoke('pizhu:session.open', page, { path: record.ipc.infoFromPage.value?.path });

  for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
    const event = preventable();
    window.webContents.emit(name, event, 'https://evil.example/');
    record.navigationPrevented[name] = event.defaultPrevented;
  }
  // will-frame-navigate hands over one details object that is also the event.
  const frameNavigation = Object.assign(preventable(), {
    url: 'https://evil.example/',
    isMainFrame: false,
    isSameDocument: false,
    frame: null,
  });
  window.webContents.emit('will-frame-navigate', frameNavigation);
  record.navigationPrevented['will-frame-navigate'] = frameNavigation.defaultPrevented;
  for (const url of ['https://www.gov.cn/zhengce/', 'javascript:alert(1)', 'file:///etc/passwd']) {
    record.windowOpen[url] = window.webContents.openHandler?.({ url })?.action ?? null;
  }

  const ses = session.defaultSession;
  ses.requestHandler?.(
    window.webContents,
    'media',
    (granted) => {
      record.permissionRequest = granted;
    },
    {},
  );
  record.permissionCheck = ses.checkHandler?.(window.webContents, 'clipboard-read', 'file://', {}) ?? null;
  for (const url of ['blob:app://pizhu/0b7b2f1e', 'https://evil.example/payload.exe']) {
    const event = preventable();
    const item = {
      dialogOptions: null,
      getURL: () => url,
      getFilename: () => 'export.csv',
      setSaveDialogOptions(options) {
        this.dialogOptions = options;
      },
    };
    ses.emit('will-download', event, item, window.webContents);
    record.downloads[url] = { prevented: event.defaultPrevented, dialogOptions: item.dialogOptions };
  }

  findItem('撤销批注')?.click?.();
  findItem('查找…')?.click?.();

  app.emit('second-instance', preventable(), ['electron', '.'], home);

  const close = preventable();
  window.emit('close', close);
  window.destroyed = true;
  window.emit('closed');
  app.emit('window-all-closed');
}
