import type { Core } from '../../../electron/core/coreTypes';

/** Call one operation and return its value; a refusal fails the test with the core's own message. */
export async function call<T = unknown>(core: Core, name: string, input: unknown = {}): Promise<T> {
  const result = await core.call(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** A string as a literal inside a RegExp (Node 20 has no RegExp.escape). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&');
}
