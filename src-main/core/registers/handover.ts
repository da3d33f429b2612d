import type { Kysely } from 'kysely';
import { CORRECTION_ENDED, IN_SUPPORT_STATE, ORDINARY_SUPPORT, RELEASED_STATE } from '../../../src-shared/codes';
import type { RecordRow } from '../../../src-shared/handlers';
import type { RecordData } from '../../../src-shared/registers';
import type { LedgerDatabase } from '../db/schema';
import { UserError } from '../errors';
import { createRecord, getRecord } from './repository';
import { transferredTo } from './transferLinks';

// 转入安置帮教 (docs/spec/formats.md §12, “录一次”): a 社区矫正对象 whose term ended (期满解矫) becomes a 安置帮教对象
// of the same office, 帮教期 3 years from the 解矫 date, with what the roster already knows carried over. The new
// record names its source in correction_subject_id; each record's page lists the other (registers.links).

type Db = Kysely<LedgerDatabase>;

/** The 社区矫正对象's fields the 安置帮教对象 takes over, by the new record's field. */
const CARRIED: Readonly<Record<string, string>> = {
  name: 'name',
  id_number: 'id_number',
  sex: 'sex',
  ethnicity: 'ethnicity',
  birth_date: 'birth_date',
  education: 'education',
  household_address: 'household_address',
  residence: 'residence',
  phone: 'phone',
  crime: 'crime',
  sentence: 'sentence',
  // 矫正小组 as 帮教小组: the handbook's (4) has the same people (司法所, 村（居）, 亲属) look after the person.
  team: 'team',
  // The 解矫日期 starts the 3-year 帮教期.
  release_date: 'end_date',
};

export async function transferToResettlement(db: Db, id: number, today: string, registrar: string): Promise<RecordRow> {
  const person = await getRecord(db, 'correctionSubject', id, today);
  if (person.deletedAt !== null) throw new UserError('这名社区矫正对象已在回收站，不能转入安置帮教');
  if (person.data['state'] !== RELEASED_STATE)
    throw new UserError(`只有当前状态为“${RELEASED_STATE}”的社区矫正对象才能转入安置帮教`);
  if ((await transferredTo(db, id)).length > 0)
    throw new UserError(`${String(person.data['name'])}已转入安置帮教，不能重复转入`);
  const data: RecordData = {
    registered_on: today,
    registered_by: registrar,
    category: CORRECTION_ENDED,
    release_authority: '社区矫正机构',
    support_type: ORDINARY_SUPPORT,
    state: IN_SUPPORT_STATE,
    separation: '否',
  };
  for (const [to, from] of Object.entries(CARRIED)) {
    const value = person.data[from];
    if (value !== null && value !== undefined && value !== '') data[to] = value;
  }
  const created = await createRecord(db, 'resettlement', data, today, undefined, registrar);
  await db
    .updateTable('resettlement_subject')
    .set({ correction_subject_id: id })
    .where('id', '=', created.id)
    .execute();
  return created;
}
