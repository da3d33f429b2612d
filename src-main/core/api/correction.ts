import type { correctionMethods } from '../../../src-shared/api/correction';
import type { EntryData } from '../../../src-shared/registers';
import { recordChanges, recordFact } from '../audit';
import { listApprovals } from '../correction/approvals';
import { assessedPeople, personInMonth, readPerson, withAssessment } from '../correction/assessments';
import { updateRecord } from '../registers/repository';
import { audited } from './audited';
import type { Implementations } from './implementation';

export const correctionHandlers: Implementations<keyof typeof correctionMethods> = {
  'correction.approvals': async ({ db, today }, filter) => ({ rows: await listApprovals(db, filter, today) }),
  'correction.assessments': async ({ db }, { month }) => ({ month, people: await assessedPeople(db, month) }),
  'correction.saveAssessment': async (ctx, { id, month, entry }) => {
    const before = await readPerson(ctx.db, id, ctx.today);
    await personInMonth(ctx.db, before, month);
    const data = await withAssessment(ctx.db, before, month, entry as EntryData);
    // The record's own save: its checks, its 修改记录, the reminders that read it.
    const after = await audited(
      ctx,
      updateRecord(ctx.db, before.register, id, data, ctx.today, ctx.actor.name),
      (saved) => recordFact('update', saved, recordChanges(before.register, before.data, saved.data)),
    );
    return { person: await personInMonth(ctx.db, after, month) };
  },
};
