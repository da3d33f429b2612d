import type { Kysely } from 'kysely';
import type { Lookups } from '../../src-shared/handlers';
import { DEFAULT_DISPUTE_TYPE_VERSION, type DisputeTypeVersion } from '../../src-shared/codes';
import { parseStoredScale } from '../../src-shared/assessmentScale';
import { parseStoredClauses } from '../../src-shared/resettlementClauses';
import { DEFAULT_IDLE_LOCK_MINUTES, type Settings, type StaffMember } from '../../src-shared/settings';
import type { LedgerDatabase } from './db/schema';
import { UserError } from './errors';

type Db = Kysely<LedgerDatabase>;

const OFFICE_KEYS = { officeName: 'office_name', county: 'county', township: 'township' } as const;
const NUMBER_KEYS = {
  reportDeadlineDay: 'report_deadline_day',
  typicalCaseQuota: 'typical_case_quota',
  idleLockMinutes: 'idle_lock_minutes',
} as const;
const VERSION_KEY = 'dispute_type_version';
/** The 帮教协议书's clauses, as JSON: four lists of text, one per party. */
const CLAUSES_KEY = 'resettlement_agreement_clauses';
/** 月度考核's grades and which are 不合格, as JSON. */
const SCALE_KEY = 'assessment_scale';

export async function readSettings(db: Db): Promise<Settings> {
  const pairs = await db.selectFrom('setting').selectAll().execute();
  const value = (key: string) => pairs.find((p) => p.key === key)?.value ?? null;
  const committees = await db.selectFrom('committee').selectAll().orderBy('sort').orderBy('id').execute();
  const staff = await db.selectFrom('staff').selectAll().orderBy('sort').orderBy('id').execute();
  return {
    officeName: value(OFFICE_KEYS.officeName) ?? '',
    // Saved blanks are stored as ''; they read back as null, as the settings schema gives them.
    county: value(OFFICE_KEYS.county) || null,
    township: value(OFFICE_KEYS.township) || null,
    disputeTypeVersion: parseVersion(value(VERSION_KEY)),
    reportDeadlineDay: Number(value(NUMBER_KEYS.reportDeadlineDay) ?? 3),
    typicalCaseQuota: Number(value(NUMBER_KEYS.typicalCaseQuota) ?? 3),
    idleLockMinutes: Number(value(NUMBER_KEYS.idleLockMinutes) ?? DEFAULT_IDLE_LOCK_MINUTES),
    resettlementClauses: parseStoredClauses(value(CLAUSES_KEY)),
    assessmentScale: parseStoredScale(value(SCALE_KEY)),
    committees: committees.map((c) => ({
      id: c.id,
      name: c.name,
      shortName: c.short_name,
      kind: c.kind,
      active: c.active === 1,
    })),
    staff: staff.map((s) => ({ id: s.id, name: s.name, position: s.position, active: s.active === 1 })),
  };
}

/**
 * Saves the whole settings page. Committees and staff are never deleted here (cases refer to them);
 * a clerk retires one by unticking 启用.
 */
export async function saveSettings(db: Db, settings: Settings): Promise<Settings> {
  const pairs: [string, string][] = [
    ...(Object.entries(OFFICE_KEYS) as [keyof typeof OFFICE_KEYS, string][]).map(([field, key]): [string, string] => [
      key,
      settings[field] ?? '',
    ]),
    ...(Object.entries(NUMBER_KEYS) as [keyof typeof NUMBER_KEYS, string][]).map(([field, key]): [string, string] => [
      key,
      String(settings[field]),
    ]),
    [VERSION_KEY, settings.disputeTypeVersion],
    [CLAUSES_KEY, JSON.stringify(settings.resettlementClauses)],
    [SCALE_KEY, JSON.stringify(settings.assessmentScale)],
  ];
  for (const [key, value] of pairs) {
    await db
      .insertInto('setting')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }

  const existingCommittees = await db.selectFrom('committee').select('id').execute();
  const committeeIds = new Set(existingCommittees.map((c) => c.id));
  if (existingCommittees.some((c) => !settings.committees.some((x) => x.id === c.id))) {
    throw new UserError('人民调解委员会不能删除（已有案件引用），请取消“启用”');
  }
  // Short names move between rows when a clerk swaps them; park them first so UNIQUE holds at every step.
  await db
    .updateTable('committee')
    .set((eb) => ({ short_name: eb.fn('printf', [eb.val('~%d'), eb.ref('id')]) }))
    .execute();
  for (const [sort, c] of settings.committees.entries()) {
    const row = { name: c.name, short_name: c.shortName, kind: c.kind, active: c.active ? 1 : 0, sort };
    if (c.id === undefined) await db.insertInto('committee').values(row).execute();
    else if (committeeIds.has(c.id)) await db.updateTable('committee').set(row).where('id', '=', c.id).execute();
    else throw new UserError(`人民调解委员会（编号 ${c.id}）不存在`);
  }

  const staffIds = new Set((await db.selectFrom('staff').select('id').execute()).map((s) => s.id));
  if ([...staffIds].some((id) => !settings.staff.some((x) => x.id === id))) {
    throw new UserError('工作人员不能删除（登记簿中有他的名字），请取消“在岗”');
  }
  for (const [sort, s] of settings.staff.entries()) {
    const row = { name: s.name, position: s.position, active: s.active ? 1 : 0, sort };
    if (s.id === undefined) await db.insertInto('staff').values(row).execute();
    else if (staffIds.has(s.id)) await db.updateTable('staff').set(row).where('id', '=', s.id).execute();
    else throw new UserError(`工作人员（编号 ${s.id}）不存在`);
  }
  return readSettings(db);
}

/** 自动锁屏 minutes, read on every call (the router checks each session's idle time). */
export async function readIdleLockMinutes(db: Db): Promise<number> {
  const row = await db
    .selectFrom('setting')
    .select('value')
    .where('key', '=', NUMBER_KEYS.idleLockMinutes)
    .executeTakeFirst();
  return row ? Number(row.value) : DEFAULT_IDLE_LOCK_MINUTES;
}

function parseVersion(stored: string | null): DisputeTypeVersion {
  return stored === 'A' || stored === 'B' || stored === 'C' ? stored : DEFAULT_DISPUTE_TYPE_VERSION;
}

/** Pick lists for forms: all committees and staff (retired ones still name old records), mediators from the roster. */
export async function readLookups(db: Db): Promise<Lookups> {
  const settings = await readSettings(db);
  const mediators = await db
    .selectFrom('mediator')
    .select(['name', 'committee_id'])
    .where('deleted_at', 'is', null)
    .orderBy('name')
    .execute();
  const accounts = await db.selectFrom('account').select('name').where('active', '=', 1).orderBy('id').execute();
  return {
    committees: settings.committees.filter((c): c is Lookups['committees'][number] => c.id !== undefined),
    staff: settings.staff.filter((s): s is Lookups['staff'][number] => s.id !== undefined),
    mediators: mediators.map((m) => ({
      name: String(m.name),
      committeeId: m.committee_id === null ? null : Number(m.committee_id),
    })),
    accountNames: accounts.map((a) => a.name),
    assessmentGrades: settings.assessmentScale.grades,
  };
}

/**
 * Adds one 工作人员 at the end of 设置's list, in post. A name already listed is not added twice: a retired one is put
 * back in post, so a clerk re-adding a colleague from a form finds them in the pick list either way.
 */
export async function addStaff(db: Db, staff: { name: string; position: string | null }): Promise<StaffMember> {
  const existing = await db.selectFrom('staff').selectAll().where('name', '=', staff.name).executeTakeFirst();
  if (existing) {
    await db.updateTable('staff').set({ active: 1 }).where('id', '=', existing.id).execute();
    return { id: existing.id, name: existing.name, position: existing.position, active: true };
  }
  const last = await db
    .selectFrom('staff')
    .select((eb) => eb.fn.max('sort').as('sort'))
    .executeTakeFirst();
  const row = { name: staff.name, position: staff.position, active: 1, sort: Number(last?.sort ?? -1) + 1 };
  const { id } = await db.insertInto('staff').values(row).returning('id').executeTakeFirstOrThrow();
  return { id, name: row.name, position: row.position, active: true };
}
