import type { registerMethods } from '../../../src-shared/api/registers';
import { appendAudit, recordChanges, recordFact } from '../audit';
import { deriveRecord, listLinks } from '../registers/links';
import {
  createRecord,
  deleteRecord,
  getRecord,
  listRecords,
  listRecycled,
  purgeRecord,
  restoreRecord,
  updateRecord,
} from '../registers/repository';
import { transferToResettlement } from '../registers/handover';
import { audited } from './audited';
import type { Implementations } from './implementation';

export const registerHandlers: Implementations<keyof typeof registerMethods> = {
  'registers.list': ({ db, today }, query) => listRecords(db, query, today),
  'registers.get': ({ db, today }, { register, id }) => getRecord(db, register, id, today),
  'registers.create': async (ctx, { register, data, derivedFrom }) => {
    // A record turned from another writes its 卷号 back into that one: an update of the source, logged as such.
    const source = derivedFrom
      ? await getRecord(ctx.db, derivedFrom.register, derivedFrom.id, ctx.today).catch(() => null)
      : null;
    const created = await audited(
      ctx,
      createRecord(ctx.db, register, data, ctx.today, derivedFrom, ctx.actor.name),
      (row) => recordFact('create', row, recordChanges(register, null, row.data)),
    );
    if (source) {
      const after = await getRecord(ctx.db, source.register, source.id, ctx.today);
      const changes = recordChanges(source.register, source.data, after.data);
      if (changes.length > 0) await appendAudit(ctx.db, ctx.actor, recordFact('update', after, changes));
    }
    return created;
  },
  'registers.derive': ({ db, today }, { from, to }) => deriveRecord(db, from, to, today),
  'resettlement.transfer': (ctx, { id }) =>
    audited(ctx, transferToResettlement(ctx.db, id, ctx.today, ctx.actor.name), (row) =>
      recordFact('create', row, recordChanges('resettlement', null, row.data)),
    ),
  'registers.links': async ({ db, today }, { register, id }) => ({ links: await listLinks(db, register, id, today) }),
  'registers.update': async (ctx, { register, id, data }) => {
    const before = await getRecord(ctx.db, register, id, ctx.today);
    return audited(ctx, updateRecord(ctx.db, register, id, data, ctx.today, ctx.actor.name), (after) =>
      recordFact('update', after, recordChanges(register, before.data, after.data)),
    );
  },
  'registers.delete': async (ctx, { register, id }) => {
    const before = await getRecord(ctx.db, register, id, ctx.today);
    return audited(ctx, deleteRecord(ctx.db, register, id), () => recordFact('delete', before));
  },
  'recycle.list': async ({ db }) => ({ items: await listRecycled(db) }),
  'recycle.restore': (ctx, { register, id }) =>
    audited(ctx, restoreRecord(ctx.db, register, id, ctx.today), (restored) => recordFact('restore', restored)),
  // The whole record goes into the log as its last entry: permanent deletion leaves a trace of what was deleted.
  'recycle.purge': async (ctx, { register, id }) => {
    const before = await getRecord(ctx.db, register, id, ctx.today);
    return audited(ctx, purgeRecord(ctx.db, register, id), () =>
      recordFact('purge', before, recordChanges(register, before.data, null)),
    );
  },
};
