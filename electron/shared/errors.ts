/** The error codes an API operation can answer with. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'NO_SESSION',
  'SESSION_LOCKED',
  'BAD_FILE',
  'CONFLICT',
  'DISK_FULL',
  'BAD_PATH',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
}

/** Every operation answers with a Result, so that errors cross IPC and HTTP intact. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** An error that carries an API error code; thrown by the core, unwrapped by clients. */
export class PizhuError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PizhuError';
  }
}
