import { describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import { MENU_COMMANDS, type MenuCommand } from '../../../electron/shared/contract';
import {
  MENU_CHANNEL,
  OPERATION_NAMES,
  SESSION_DIALOG_CHANNEL,
  ipcChannel,
  type OperationName,
} from '../../../electron/shared/operationNames';

// A stand-in 'electron': the real module only names a binary, which is not installed here.
const fake = vi.hoisted(() => {
  const exposed = new Map<string, Record<string, unknown>>();
  const invoked: Array<[string, unknown]> = [];
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  return {
    exposed,
    invoked,
    listeners,
    handlers,
    module: {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: async (channel: string, input: unknown) => {
          invoked.push([channel, input]);
          return { ok: true, value: channel };
        },
        on: (channel: string, listener: (...args: unknown[]) => void) => {
          if (!listeners.has(channel)) listeners.set(channel, new Set());
          listeners.get(channel)?.add(listener);
        },
        removeListener: (channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener),
      },
      ipcMain: {
        handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) => {
          if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
          handlers.set(channel, handler);
        },
      },
    },
  };
});
vi.mock('electron', () => fake.module);

describe('preload (source)', async () => {
  await import('../../../electron/preload/index');
  const api = fake.exposed.get('pizhu') ?? {};

  it('exposes window.pizhu only, with one function per operation plus onMenu and sessionDialog', () => {
    expect([...fake.exposed.keys()]).toEqual(['pizhu']);
    expect(Object.keys(api).sort()).toEqual([...OPERATION_NAMES, 'onMenu', 'sessionDialog'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each operation, with its input, on its own channel', async () => {
    for (const name of OPERATION_NAMES) {
      const input = { probe: name };
      await expect((api[name] as (input: unknown) => Promise<unknown>)(input)).resolves.toEqual({ ok: true, value: ipcChannel(name) });
      expect(fake.invoked.at(-1)).toEqual([ipcChannel(name), input]);
    }
  });

  it('asks for a host session dialog on its own channel', async () => {
    await (api.sessionDialog as (dialog: string) => Promise<unknown>)('saveAs');
    expect(fake.invoked.at(-1)).toEqual([SESSION_DIALOG_CHANNEL, 'saveAs']);
  });

  it('delivers every menu command of the contract, nothing else, until unsubscribed', () => {
    const received: MenuCommand[] = [];
    const unsubscribe = (api.onMenu as (listener: (command: MenuCommand) => void) => () => void)((command) => received.push(command));
    const emit = (command: unknown) => {
      for (const listener of fake.listeners.get(MENU_CHANNEL) ?? []) listener({ sender: 'ipc event' }, command);
    };
    for (const command of MENU_COMMANDS) emit(command);
    for (const bogus of ['toString', '__proto__', 'undo ', 42, null, { command: 'undo' }]) emit(bogus);
    expect(received).toEqual([...MENU_COMMANDS]);
    unsubscribe();
    emit('undo');
    expect(received).toHaveLength(MENU_COMMANDS.length);
    expect(fake.listeners.get(MENU_CHANNEL)?.size).toBe(0);
  });
});

describe('IPC handlers (source)', async () => {
  const { registerIpc, registerSessionDialogIpc } = await import('../../../electron/main/ipc');
  const RECENT = '/home/analyst/青岛 2023.pizhu';
  const calls: Array<[string, unknown]> = [];
  const after: string[] = [];
  const core: Core = {
    call: async (name, input) => {
      calls.push([name, input]);
      if (name === 'session.recent') {
        return {
          ok: true,
          value: {
            sessions: [{ path: RECENT, name: '青岛 2023', documents: 1, spans: 2, lastOpened: '2026-01-01T00:00:00.000Z' }],
            dropped: [],
          },
        };
      }
      return { ok: true, value: name };
    },
    language: () => 'zh',
    windowBounds: () => null,
    setWindowBounds: async () => undefined,
    close: async () => undefined,
  };
  const page = 'app://pizhu/index.html';
  const target = { kind: 'app', root: '/app/out/renderer' } as const;
  registerIpc(core, target, (name) => after.push(name));
  const dialogsRun: string[] = [];
  registerSessionDialogIpc(target, async (dialog) => {
    dialogsRun.push(dialog);
  });
  const PATH_OPERATIONS: OperationName[] = ['session.create', 'session.open', 'session.saveAs'];
  const callFrom = (url: string | null, name: string, input: unknown) =>
    fake.handlers.get(name)?.({ senderFrame: url === null ? null : { url } }, input) as Promise<{
      ok: boolean;
      value?: unknown;
      error?: { code: string };
    }>;

  it('handles exactly the operation channels and the session dialog channel', () => {
    expect([...fake.handlers.keys()].sort()).toEqual([...OPERATION_NAMES.map(ipcChannel), SESSION_DIALOG_CHANNEL].sort());
  });

  it('passes calls from our page to the core under the operation name', async () => {
    const passed = OPERATION_NAMES.filter((name) => !PATH_OPERATIONS.includes(name));
    for (const name of passed) {
      const result = await callFrom(page, ipcChannel(name), { n: name });
      expect(result).toEqual({ ok: true, value: name === 'session.recent' ? expect.anything() : name });
    }
    expect(calls.map(([name]) => name)).toEqual(passed);
    expect(after).toEqual(passed);
  });

  it('refuses other frames before the core sees them', async () => {
    const before = calls.length;
    for (const url of ['https://evil.example/', 'file:///tmp/evil.html', 'app://pizhu/evil.html', null]) {
      const result = await callFrom(url, ipcChannel('documents.remove'), { id: 'd1' });
      expect(result.ok).toBe(false);
      expect(result.error?.code).toBe('FORBIDDEN');
    }
    expect(calls.length).toBe(before);
  });

  it('refuses session paths the page names, but for a path on the recent list, before the core acts on them', async () => {
    calls.length = 0;
    for (const [name, input] of [
      ['session.create', { path: '/tmp/new.pizhu' }],
      ['session.saveAs', { path: '/tmp/copy.pizhu' }],
      // The listed path is no licence to create or copy over it.
      ['session.create', { path: RECENT }],
      ['session.saveAs', { path: RECENT }],
      ['session.open', { path: '/home/analyst/.ssh/evil.pizhu' }],
      ['session.open', { path: `${RECENT}/` }],
      ['session.open', { path: '/home/analyst/x/../青岛 2023.pizhu' }],
      ['session.open', {}],
      ['session.open', null],
    ] as const) {
      const result = await callFrom(page, ipcChannel(name), input);
      expect({ name, input, code: result.error?.code }).toEqual({ name, input, code: 'FORBIDDEN' });
    }
    // Only the recent list was read to decide.
    expect(new Set(calls.map(([name]) => name))).toEqual(new Set(['session.recent']));
    await expect(callFrom(page, ipcChannel('session.open'), { path: RECENT })).resolves.toEqual({ ok: true, value: 'session.open' });
    expect(calls.at(-1)).toEqual(['session.open', { path: RECENT }]);
  });

  it("runs a session dialog at our page's request, and nothing for another frame or an unknown dialog", async () => {
    await expect(callFrom(page, SESSION_DIALOG_CHANNEL, 'openSession')).resolves.toEqual({ ok: true, value: null });
    expect((await callFrom('https://evil.example/', SESSION_DIALOG_CHANNEL, 'newSession')).error?.code).toBe('FORBIDDEN');
    for (const bogus of ['closeSession', 'toString', '__proto__', 42, null, { dialog: 'saveAs' }]) {
      expect((await callFrom(page, SESSION_DIALOG_CHANNEL, bogus)).error?.code).toBe('INVALID_INPUT');
    }
    expect(dialogsRun).toEqual(['openSession']);
  });
});
