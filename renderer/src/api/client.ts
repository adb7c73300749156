import { PizhuError, type Result } from '../../../electron/shared/errors';
import type { OperationName, SessionDialogName } from '../../../electron/shared/operationNames';
import { contract, type Input, type MenuCommand, type Output } from '../../../electron/shared/contract';
import { takeEarlyAnswer } from './earlyCalls';
import { transport } from './transport';

export { isElectron } from './transport';

/**
 * Call an API operation; resolves with its output or rejects with a
 * PizhuError. The answer crossed a process boundary, so it is checked
 * against the contract before the UI uses it, an answer asked for early
 * (earlyCalls.ts) as much as any other.
 */
export async function call<N extends OperationName>(name: N, input: Input<N>): Promise<Output<N>> {
  const fn = transport[name] as (input: Input<N>) => Promise<Result<unknown>>;
  const result = await (takeEarlyAnswer(name, input) ?? fn(input));
  if (typeof result !== 'object' || result === null) throw new PizhuError('INTERNAL', `${name}: no answer from the core`);
  if (!result.ok) throw new PizhuError(result.error.code, result.error.message);
  const output = contract[name].output.safeParse(result.value);
  if (!output.success) throw new PizhuError('INTERNAL', `${name}: the core answered with an unexpected shape`);
  return output.data as Output<N>;
}

/** Listen for the Electron menu's commands; a no-op in the web mode. */
export function onMenu(listener: (command: MenuCommand) => void): () => void {
  return window.pizhu?.onMenu?.(listener) ?? (() => {});
}

/**
 * In Electron, have the host run its own New, Open or Save as dialog: it
 * refuses session folders the page names itself. A changed session arrives
 * as the 'sessionChanged' command, as after the native menu.
 */
export async function hostSessionDialog(dialog: SessionDialogName): Promise<void> {
  const result = await window.pizhu?.sessionDialog?.(dialog);
  if (result && !result.ok) throw new PizhuError(result.error.code, result.error.message);
}
