import { appendAudit, type AuditFact } from '../audit';
import type { HandlerContext } from '../context';

/** Runs `work`, then appends the audit entry `describe` makes of its result, in the same transaction. */
export async function audited<T>(
  ctx: HandlerContext,
  work: Promise<T>,
  describe: (result: T) => AuditFact,
): Promise<T> {
  const result = await work;
  await appendAudit(ctx.db, ctx.actor, describe(result));
  return result;
}
