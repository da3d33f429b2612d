// 工作情况 (docs/spec/formats.md §9.3 item 3): the other books' figures for the period. Definitions: monthlyReturn.ts
// (安置帮教's: resettlementWork.ts).
import { sql, type Kysely } from 'kysely';
import { correctionCategories, SERVING_STATE } from '../../../src-shared/codes';
import { fieldDef, registerDef, type RegisterKey } from '../../../src-shared/registers';
import {
  periodMonthCount,
  type LabelledCount,
  type ReportPeriod,
  type ReturnCheck,
  type WorkFigures,
} from '../../../src-shared/reports';
import type { Settings } from '../../../src-shared/settings';
import type { LedgerDatabase, RegisterTableName } from '../db/schema';
import { correctionAssessments, correctionSanctions } from './correctionWork';
import { resettlementFigures, staleSupport } from './resettlementWork';

type Db = Kysely<LedgerDatabase>;
type Range = { from: string; to: string };

const n = (v: unknown) => Number(v ?? 0);
const UNFILLED = '未填写';
const TRANSFERRED = '转交法律援助中心';

/** The options of a select field, in the form's order: every one gets a line, zeros included. */
function optionsOf(register: RegisterKey, key: string): string[] {
  const options = fieldDef(registerDef(register), key)?.options;
  if (!options) throw new Error(`${register}.${key} has no options`);
  return options.map((o) => o.value);
}

/** Counts by a select field in the options' order, then any value not among them, then blanks as 未填写. */
function byOption<T extends { label: string }>(
  options: string[],
  found: Map<string | null, T>,
  zero: (label: string) => T,
): T[] {
  const extra = [...found.keys()].filter((k): k is string => k !== null && !options.includes(k));
  const list = [...options, ...extra].map((label) => found.get(label) ?? zero(label));
  const blank = found.get(null);
  return blank ? [...list, { ...blank, label: UNFILLED }] : list;
}

/** The live records of a book whose date field falls in the period. */
function live(db: Db, register: RegisterKey, range: Range) {
  const def = registerDef(register);
  return db
    .selectFrom(def.table as RegisterTableName)
    .where('deleted_at', 'is', null)
    .where(def.dateField, '>=', range.from)
    .where(def.dateField, '<', range.to);
}

export async function workFigures(
  db: Db,
  period: ReportPeriod,
  range: Range,
  settings: Settings,
  today: string,
): Promise<{ figures: WorkFigures; checks: ReturnCheck[] }> {
  const petitionGroups = await live(db, 'petition', range)
    .select([
      'handling',
      sql<number>`count(*)`.as('count'),
      sql<number>`coalesce(sum(coalesce(visitor_count, 1)), 0)`.as('persons'),
    ])
    .groupBy('handling')
    .execute();
  const petitionsBy = new Map(
    petitionGroups.map((g) => {
      const label = g['handling'] === null ? null : String(g['handling']);
      return [label, { label: label ?? UNFILLED, count: n(g['count']), persons: n(g['persons']) }] as const;
    }),
  );

  const publicity = await live(db, 'legalPublicity', range)
    .select([
      sql<number>`count(*)`.as('count'),
      sql<number>`coalesce(sum(audience_count), 0)`.as('audience'),
      sql<number>`coalesce(sum(materials_count), 0)`.as('materials'),
    ])
    .executeTakeFirstOrThrow();

  const meetingGroups = await live(db, 'studyMeeting', range)
    .select(['meeting_type', sql<number>`count(*)`.as('count')])
    .groupBy('meeting_type')
    .execute();
  const meetingsBy = new Map(
    meetingGroups.map(
      (g) =>
        [
          g['meeting_type'] === null ? null : String(g['meeting_type']),
          { label: String(g['meeting_type'] ?? UNFILLED), count: n(g['count']) },
        ] as const,
    ),
  );

  const legalAid = await live(db, 'legalAid', range)
    .select([
      sql<number>`count(*)`.as('received'),
      sql<number>`coalesce(sum(CASE WHEN handling = ${TRANSFERRED} THEN 1 ELSE 0 END), 0)`.as('transferred'),
    ])
    .executeTakeFirstOrThrow();

  const typical = await live(db, 'typicalCase', range)
    .select(sql<number>`count(*)`.as('count'))
    .executeTakeFirstOrThrow();
  const quota = settings.typicalCaseQuota * periodMonthCount(period);
  const typicalCount = n(typical.count);

  // 社区矫正: not limited to records dated in the period (在册 is everyone enrolled by its end).
  const enrolled = sql<boolean>`state = ${SERVING_STATE} AND start_date < ${range.to}`;
  const correction = await db
    .selectFrom('correction_subject')
    .select([
      sql<number>`coalesce(sum(CASE WHEN ${enrolled} THEN 1 ELSE 0 END), 0)`.as('enrolled'),
      sql<number>`coalesce(sum(CASE WHEN start_date >= ${range.from} AND start_date < ${range.to} THEN 1 ELSE 0 END), 0)`.as(
        'admitted',
      ),
      sql<number>`coalesce(sum(CASE WHEN end_date >= ${range.from} AND end_date < ${range.to} AND state <> ${SERVING_STATE} THEN 1 ELSE 0 END), 0)`.as(
        'released',
      ),
    ])
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  const categoryGroups = await db
    .selectFrom('correction_subject')
    .select(['category', sql<number>`count(*)`.as('count')])
    .where('deleted_at', 'is', null)
    .where(enrolled)
    .groupBy('category')
    .execute();
  const categoriesBy = new Map(
    categoryGroups.map((g) => [String(g['category']), { label: String(g['category']), count: n(g['count']) }] as const),
  );
  const visitKind = fieldDef(registerDef('correctionSubject'), 'field_visits')?.entry?.kind ?? 'fieldVisit';
  const visits = await db
    .selectFrom('record_entry as e')
    .innerJoin('correction_subject as c', 'c.id', 'e.record_id')
    .select(sql<number>`count(*)`.as('count'))
    .where('e.register', '=', 'correctionSubject')
    .where('e.kind', '=', visitKind)
    .where('e.entry_date', '>=', range.from)
    .where('e.entry_date', '<', range.to)
    .where('c.deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  const assessments = await correctionAssessments(db, period, settings);
  const sanctions = await correctionSanctions(db, range);
  // Someone whose 矫正终止日期 has passed but who is still 在矫 inflates 在册: the clerk should update the state. Passed
  // means before today: a quarter or year not yet over must not flag someone whose end date is later this month. And
  // only an end before the period's end inflates this return (in a past period, that person was rightly 在册).
  const passedBefore = today < range.to ? today : range.to;
  const stale = await db
    .selectFrom('correction_subject')
    .select('name')
    .where('deleted_at', 'is', null)
    .where('state', '=', SERVING_STATE)
    .where('end_date', '<', passedBefore)
    .where('start_date', '<', range.to)
    .orderBy('end_date')
    .execute();

  const checks: ReturnCheck[] = [];
  if (typicalCount < quota) {
    checks.push({
      level: 'warning',
      rule: 'typicalCaseQuota',
      message: `典型案例登记${typicalCount}篇，少于要求的${quota}篇（每月${settings.typicalCaseQuota}篇），差${quota - typicalCount}篇。`,
    });
  }
  if (stale.length > 0) {
    checks.push({
      level: 'warning',
      rule: 'correctionStateStale',
      message: `${stale.length}名社区矫正对象矫正终止日期已过，当前状态仍为“在矫”，在册人数可能偏多：${stale.map((s) => String(s['name'])).join('、')}。`,
    });
  }

  const staleResettlement = await staleSupport(db, range.to, today);
  if (staleResettlement) checks.push(staleResettlement);

  const zeroCount = (label: string): LabelledCount => ({ label, count: 0 });
  return {
    figures: {
      petitions: {
        count: petitionGroups.reduce((s, g) => s + n(g['count']), 0),
        persons: petitionGroups.reduce((s, g) => s + n(g['persons']), 0),
        byHandling: byOption(optionsOf('petition', 'handling'), petitionsBy, (label) => ({
          label,
          count: 0,
          persons: 0,
        })),
      },
      publicity: { count: n(publicity.count), audience: n(publicity.audience), materials: n(publicity.materials) },
      meetings: {
        count: meetingGroups.reduce((s, g) => s + n(g['count']), 0),
        byType: byOption(optionsOf('studyMeeting', 'meeting_type'), meetingsBy, zeroCount),
      },
      legalAid: { received: n(legalAid.received), transferred: n(legalAid.transferred) },
      typicalCases: { count: typicalCount, quota, shortfall: Math.max(0, quota - typicalCount) },
      correction: {
        enrolled: n(correction.enrolled),
        admitted: n(correction.admitted),
        released: n(correction.released),
        byCategory: byOption(
          correctionCategories.map((c) => c.value),
          categoriesBy,
          zeroCount,
        ),
        fieldVisits: n(visits.count),
        ...assessments,
        sanctions,
      },
      resettlement: await resettlementFigures(db, range, today),
    },
    checks,
  };
}
