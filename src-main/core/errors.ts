import type { ApiError } from '../../src-shared/errors';

/** A failure the clerk can act on; its message is shown as is. Anything else is an internal error. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'UserError';
  }

  static from(error: ApiError): UserError {
    return new UserError(error.message, error.fields);
  }
}
