import { createCore } from '../../../electron/core/createCore';
import type { Core, CoreOptions } from '../../../electron/core/coreTypes';

const open: Core[] = [];

/** A core on these folders, as a host starts one; `closeCores` (registered with afterEach) closes it if the test did not. */
export async function startCore(options: CoreOptions): Promise<Core> {
  const core = await createCore(options);
  open.push(core);
  return core;
}

/** Closes a core mid-test, as quitting the app would, so that the next start reads what it left. */
export async function stopCore(core: Core): Promise<void> {
  open.splice(open.indexOf(core), 1);
  await core.close();
}

export async function closeCores(): Promise<void> {
  for (const core of open.splice(0)) await core.close();
}

/** A call that must succeed: its value, or an error naming the operation and the core's answer. */
export async function call<T = unknown>(core: Core, name: string, input: unknown = {}): Promise<T> {
  const result = await core.call(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** A call that must be refused: the core's error. */
export async function refused(core: Core, name: string, input: unknown = {}): Promise<{ code: string; message: string }> {
  const result = await core.call(name, input);
  if (result.ok) throw new Error(`${name} ${JSON.stringify(input)} was not refused`);
  return result.error;
}
