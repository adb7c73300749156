import type { Input, Output } from '../shared/contract';
import type { OperationName } from '../shared/operationNames';
import { appDataDir } from '../core/appDataDir';
import { callCore } from '../core/callCore';
import { createCore } from '../core/createCore';
import { CliError } from './CliError';

/** A core operation typed by the contract; the core's refusal becomes the CLI's one-line error. */
export type Call = <N extends OperationName>(name: N, input: Input<N>) => Promise<Output<N>>;

export async function withCore<T>(sessionPath: string, run: (call: Call) => Promise<T>): Promise<T> {
  const core = await createCore({ dataDir: appDataDir(), sessionPath });
  const call: Call = async (name, input) => {
    const result = await callCore(core, name, input);
    if (!result.ok) throw new CliError(result.error.message);
    return result.value;
  };
  try {
    return await run(call);
  } finally {
    await core.close();
  }
}
