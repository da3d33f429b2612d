import { sql, type Kysely } from 'kysely';
import type { AssessedPerson } from '../../../src-shared/api/correction';
import { SERVING_STATE } from '../../../src-shared/codes';
import { lastDayOfMonth } from '../../../src-shared/dates';
import { fieldDef, inputFields, registerDef, type EntryData, type RecordData } from '../../../src-shared/registers';
import type { RecordRow } from '../../../src-shared/api/registers';
import type { LedgerDatabase } from '../db/schema';
import { UserError } from '../errors';
import { getRecord } from '../registers/repository';
import { readSettings } from '../settings';

// A month's 考核: who is to be assessed (everyone under correction at any time in the month) and what each has, and
// one person's 考核 put on the record as the form would put it.

type Db = Kysely<LedgerDatabase>;

const people = registerDef('correctionSubject');
const ASSESSMENTS = 'assessments';
const ASSESSMENT_KIND = fieldDef(people, ASSESSMENTS)?.entry?.kind ?? '';
const byName = new Intl.Collator('zh-CN');

function monthSpan(month: string): { first: string; last: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return { first: `${month}-01`, last: lastDayOfMonth(year, m) };
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/**
 * Everyone under correction at some time in `month`: begun by its last day, not ended before its first, and still
 * 在矫 or ended within it (收监, 死亡 … before the month are no longer the office's to assess).
 */
export async function assessedPeople(db: Db, month: string): Promise<AssessedPerson[]> {
  const { first, last } = monthSpan(month);
  const rows = await db
    .selectFrom('correction_subject')
    .select(['id', 'name', 'subject_no', 'start_date', 'end_date', 'state'])
    .where('deleted_at', 'is', null)
    .where('start_date', '<=', last)
    .where('end_date', '>=', first)
    .where((eb) => eb.or([eb('state', '=', SERVING_STATE), eb('end_date', '<=', last)]))
    .execute();
  if (rows.length === 0) return [];
  const entries = await db
    .selectFrom('record_entry')
    .select(['record_id', 'data'])
    .where('register', '=', people.key)
    .where('kind', '=', ASSESSMENT_KIND)
    .where(sql<string>`json_extract(data, '$.month')`, '=', month)
    .where(
      'record_id',
      'in',
      rows.map((r) => Number(r.id)),
    )
    .execute();
  const assessed = new Map(entries.map((e) => [Number(e.record_id), JSON.parse(String(e.data)) as EntryData]));
  return rows
    .map((r) => ({
      id: Number(r.id),
      name: String(r.name),
      subjectNo: str(r.subject_no),
      startDate: String(r.start_date),
      endDate: String(r.end_date),
      state: String(r.state),
      assessment: assessed.get(Number(r.id)) ?? null,
    }))
    .sort((a, b) => byName.compare(a.name, b.name) || a.id - b.id);
}

/**
 * The record's data with `entry` as its 考核 of `month`: in place of the month's entry it has, else added, the list
 * kept in month order. Refused, naming the field, when the grade is not one the office gives or the date is before
 * the month.
 */
export async function withAssessment(db: Db, person: RecordRow, month: string, entry: EntryData): Promise<RecordData> {
  const { assessmentScale } = await readSettings(db);
  const grade = entry['result'];
  if (typeof grade === 'string' && !assessmentScale.grades.includes(grade))
    throw new UserError(`考核结果“${grade}”不是设置中的考核结果（${assessmentScale.grades.join('、')}）`, {
      result: '考核结果不在可选范围内',
    });
  const { first } = monthSpan(month);
  const date = str(entry['date']);
  if (date !== null && date < first)
    throw new UserError(`考核日期不能早于所考核的月份（${month}）`, { date: '考核日期不能早于所考核的月份' });
  const others = ((person.data[ASSESSMENTS] ?? []) as EntryData[]).filter((e) => e['month'] !== month);
  const assessments = [...others, { month, ...entry }].sort((a, b) =>
    String(a['month']).localeCompare(String(b['month'])),
  );
  const data: RecordData = Object.fromEntries(inputFields(people).map((f) => [f.key, person.data[f.key] ?? null]));
  return { ...data, [ASSESSMENTS]: assessments };
}

/** The person as the month's list shows them; refused when they were not under correction in that month. */
export async function personInMonth(db: Db, person: RecordRow, month: string): Promise<AssessedPerson> {
  const found = (await assessedPeople(db, month)).find((p) => p.id === person.id);
  if (!found) throw new UserError(`${String(person.data['name'])}在${month}不在矫正期内，不能考核`);
  return found;
}

export const readPerson = (db: Db, id: number, today: string) => getRecord(db, people.key, id, today);
