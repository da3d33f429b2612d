import { registerDef } from '../../src-shared/registers';
import type { EntryData } from '../../src-shared/registers';
import type { TestLedger } from './helpers';
import { sampleRecord, type SampleData } from './samples';

// 安置帮教对象 created through the real API: shared by the register, rule and return tests.

/** A 在帮 一般 person released from prison on 2026-01-05, unless `fields` says otherwise. */
export function supportData(fields: SampleData = {}): SampleData {
  return {
    ...sampleRecord(registerDef('resettlement'), { committeeIds: [], date: '2026-01-05' }),
    category: '刑满释放',
    support_type: '一般',
    adaptation_level: '中',
    state: '在帮',
    ...fields,
  };
}

export async function createSupported(ledger: TestLedger, fields: SampleData = {}) {
  const data = supportData(fields);
  const row = await ledger.call('registers.create', { register: 'resettlement', data });
  let current = data;
  return {
    id: row.id,
    row,
    /** The form saved again with these fields changed (child lists as given replace the stored ones). */
    update: async (changed: SampleData) => {
      current = { ...current, ...changed };
      return ledger.call('registers.update', { register: 'resettlement', id: row.id, data: current });
    },
  };
}

export const assessment = (date: string, type: string, level = '中'): EntryData => ({ date, type, level });
export const visit = (date: string): EntryData => ({
  date,
  form: '实地走访',
  visitees: ['本人'],
  situation: '在家务农，思想稳定',
  visitors: ['王晓红'],
});
