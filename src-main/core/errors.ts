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

/**
 * A refusal that keeps what the call wrote before refusing: a wrong password still counts towards the lockout. The
 * login path (`auth` methods) commits its transaction and answers with the message; elsewhere it is a UserError and
 * rolls back like any other.
 */
export class CommittedRefusal extends UserError {
  constructor(message: string, fields?: Record<string, string>) {
    super(message, fields);
    this.name = 'CommittedRefusal';
  }

  static override from(error: ApiError): CommittedRefusal {
    return new CommittedRefusal(error.message, error.fields);
  }
}

/** What the caller is told of a UserError. */
export function apiErrorOf(error: UserError): ApiError {
  return { message: error.message, ...(error.fields ? { fields: error.fields } : {}) };
}
