import { describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../electron/core/coreTypes';
import { MENU_COMMANDS, type MenuCommand } from '../../../electron/shared/contract';
import { MENU_CHANNEL, OPERATION_NAMES, ipcChannel } from '../../../electron/shared/operationNames';

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

  it('exposes window.pizhu only, with one function per operation plus onMenu', () => {
    expect([...fake.exposed.keys()]).toEqual(['pizhu']);
    expect(Object.keys(api).sort()).toEqual([...OPERATION_NAMES, 'onMenu'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each operation, with its input, on its own channel', async () => {
    for (const name of OPERATION_NAMES) {
      const input = { probe: name };
      await expect((api[name] as (input: unknown) => Promise<unknown>)(input)).resolves.toEqual({ ok: true, value: ipcChannel(name) });
      expect(fake.invoked.at(-1)).toEqual([ipcChannel(name), input]);
    }
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
  const { registerIpc } = await import('../../../electron/main/ipc');
  const calls: Array<[string, unknown]> = [];
  const after: string[] = [];
  const core: Core = {
    call: async (name, input) => {
      calls.push([name, input]);
      return { ok: true, value: name };
    },
    language: () => 'zh',
    windowBounds: () => null,
    setWindowBounds: async () => undefined,
    close: async () => undefined,
  };
  const page = 'file:///app/out/renderer/index.html';
  registerIpc(core, { kind: 'file', path: '/app/out/renderer/index.html' }, (name) => after.push(name));

  it('handles exactly the operation channels', () => {
    expect([...fake.handlers.keys()].sort()).toEqual(OPERATION_NAMES.map(ipcChannel).sort());
  });

  it('passes calls from our page to the core under the operation name', async () => {
    for (const name of OPERATION_NAMES) {
      const result = await fake.handlers.get(ipcChannel(name))?.({ senderFrame: { url: page } }, { n: name });
      expect(result).toEqual({ ok: true, value: name });
    }
    expect(calls.map(([name]) => name)).toEqual([...OPERATION_NAMES]);
    expect(after).toEqual([...OPERATION_NAMES]);
  });

  it('refuses other frames before the core sees them', async () => {
    const before = calls.length;
    for (const senderFrame of [{ url: 'https://evil.example/' }, { url: 'file:///tmp/evil.html' }, null]) {
      const result = (await fake.handlers.get(ipcChannel('documents.remove'))?.({ senderFrame }, { id: 'd1' })) as {
        ok: boolean;
        error?: { code: string };
      };
      expect(result.ok).toBe(false);
      expect(result.error?.code).toBe('FORBIDDEN');
    }
    expect(calls.length).toBe(before);
  });
});
