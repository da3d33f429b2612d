import { registerDef } from '../../src-shared/registers';
import type { Reminder } from '../../src-shared/rules';
import type { TestLedger } from './helpers';
import { sampleRecord, type SampleData } from './samples';

// 社区矫正对象 with events, created through the real API, and the reminders read back: shared by the reminder,
// calendar and custom-rule tests.

export type Event = { type: string; date: string; result?: string };

export async function reminders(ledger: TestLedger, code?: string): Promise<Reminder[]> {
  const { reminders: all } = await ledger.call('reminders.list', {});
  return code === undefined ? all : all.filter((r) => r.ruleCode === code);
}

/** A 在矫 person; `fields` overrides the sample's dates (start 2026-01-05, end 2027-01-04 unless given). */
export function personData(events: Event[], fields: SampleData = {}): SampleData {
  return {
    ...sampleRecord(registerDef('correctionSubject'), { committeeIds: [], date: '2026-01-05' }),
    end_date: '2027-01-04',
    state: '在矫',
    events,
    ...fields,
  };
}

export async function createPerson(ledger: TestLedger, events: Event[], fields: SampleData = {}) {
  const data = personData(events, fields);
  const row = await ledger.call('registers.create', { register: 'correctionSubject', data });
  return {
    id: row.id,
    update: (more: Event[], changed: SampleData = {}) =>
      ledger.call('registers.update', {
        register: 'correctionSubject',
        id: row.id,
        data: { ...data, ...changed, events: [...events, ...more] },
      }),
  };
}
