import type { z } from 'zod';

// The shape of one API method's declaration: everything the renderer, the router and the permission check need to
// know about it, written once beside the other methods of its area.

/** Who may call it: anyone (before login), any logged-in account, or the administrator (所长) only. */
export type Access = 'public' | 'staff' | 'admin';

/**
 * How the core runs it. `read` and `write` run in one transaction as the logged-in user; only a `read` may use the
 * figures kept between calls, since those are keyed by what writes have happened. `auth` is the login path: it runs
 * in a transaction before a user is known, and a refused password still commits its count. `file` works on the
 * database file itself (backups, restore), outside any transaction.
 */
export type RunMode = 'read' | 'write' | 'auth' | 'file';

declare const output: unique symbol;

export interface MethodDeclaration<
  Input extends z.ZodType = z.ZodType,
  Output = unknown,
  Run extends RunMode = RunMode,
> {
  /** Validates (and normalises) the input before anything else happens. */
  readonly input: Input;
  readonly access: Access;
  readonly run: Run;
  /** A locked session may still call it: to unlock, or to leave. */
  readonly whileLocked: boolean;
  /** It still works on the recovery screen, when there is no usable database. */
  readonly inRecovery: boolean;
  /**
   * Every window asks it every few seconds: it is answered without the caller's session, and is not the clerk's
   * activity (it must keep neither the idle lock nor the pause the housekeeping waits for away).
   */
  readonly polled: boolean;
  /** Types only, never set: what a successful call answers. */
  readonly [output]?: Output;
}

export type OutputOf<D> = D extends MethodDeclaration<z.ZodType, infer Output, RunMode> ? Output : never;

/**
 * Declares a method answering `Output`: `method<RecordRow>()({ input, access, run })`. The output type is named
 * explicitly; the input and run mode are inferred from the arguments.
 */
export function method<Output>() {
  return <Input extends z.ZodType, Run extends RunMode>(declared: {
    input: Input;
    access: Access;
    run: Run;
    whileLocked?: boolean;
    inRecovery?: boolean;
    polled?: boolean;
  }): MethodDeclaration<Input, Output, Run> => ({ whileLocked: false, inRecovery: false, polled: false, ...declared });
}
