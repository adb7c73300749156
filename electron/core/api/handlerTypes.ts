import type { OperationName } from '../../shared/operationNames';
import type { Output, ParsedInput } from '../../shared/contract';
import type { CoreContext } from './CoreContext';

/** A handler receives input already validated against the contract. */
export type Handler<N extends OperationName> = (input: ParsedInput<N>, ctx: CoreContext) => Promise<Output<N>>;

/** The handlers of some operations: each domain module provides its own. */
export type Handlers<N extends OperationName> = { [K in N]: Handler<K> };
