import type { Core } from './coreTypes';
import type { Input, Output } from '../shared/contract';
import type { Result } from '../shared/errors';
import type { OperationName } from '../shared/operationNames';

/**
 * `core.call` typed by the contract, for the host's own calls. The cast is
 * sound because the core is in this process and answers with the contract's
 * output for the operation.
 */
export async function callCore<N extends OperationName>(core: Core, name: N, input: Input<N>): Promise<Result<Output<N>>> {
  return (await core.call(name, input)) as Result<Output<N>>;
}
