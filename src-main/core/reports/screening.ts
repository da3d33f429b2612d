// 矛盾纠纷排查调处情况月报表 (docs/spec/formats.md §9.3 item 2) from the 矛盾纠纷排查登记簿. Definitions: monthlyReturn.ts.
import { sql, type Kysely } from 'kysely';
import { disputeTypeVersions, mediationResults } from '../../../src-shared/codes';
import { fieldDef, registerDef } from '../../../src-shared/registers';
import {
  periodNoun,
  type MajorDispute,
  type ReportPeriod,
  type ReturnCheck,
  type ScreeningFigures,
} from '../../../src-shared/reports';
import type { LedgerDatabase } from '../db/schema';
import { dateCn } from '../documents/data';
import { ESCALATIONS } from './columns';

type Db = Kysely<LedgerDatabase>;

export interface ScreeningResult {
  figures: ScreeningFigures;
  checks: ReturnCheck[];
}

const def = registerDef('disputeScreening');
const resolutions = fieldDef(def, 'resolution')?.options?.map((o) => o.value) ?? [];
const [MEDIATED, PREVENTED] = ['已调解', '已预防'].map((value) => {
  if (!resolutions.includes(value)) throw new Error(`化解情况没有“${value}”`);
  return value;
}) as [string, string];
const MAJOR = '重大';
const SUCCESS = mediationResults[0]!.value;
const PARTY_ROLE = def.fields.find((f) => f.party)?.party?.role ?? 'party';

const n = (v: unknown) => Number(v ?? 0);
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const typeLabel = (code: unknown) => disputeTypeVersions.C.find((t) => t.value === code)?.label ?? text(code);

export async function screeningFigures(
  db: Db,
  period: ReportPeriod,
  range: { from: string; to: string },
): Promise<ScreeningResult> {
  const inPeriod = db
    .selectFrom('dispute_screening')
    .where('deleted_at', 'is', null)
    .where('screening_date', '>=', range.from)
    .where('screening_date', '<', range.to);
  // A record marked 零报告 is an outing that found nothing: it never counts as a dispute.
  const dispute = sql<boolean>`zero_report = 0`;
  const hasFlag = (flag: string) => sql`${dispute} AND risk_flags LIKE ${`%${JSON.stringify(flag)}%`}`;
  const totals = await inPeriod
    .select([
      // char(31) cannot be typed into either field, so distinct pairs stay distinct.
      sql<number>`count(DISTINCT screening_date || char(31) || scope)`.as('outings'),
      sql<number>`coalesce(sum(CASE WHEN ${dispute} THEN 1 ELSE 0 END), 0)`.as('found'),
      sql<number>`coalesce(sum(CASE WHEN ${dispute} AND resolution = ${PREVENTED} THEN 1 ELSE 0 END), 0)`.as(
        'prevented',
      ),
      ...ESCALATIONS.flatMap((e) => [
        sql<number>`coalesce(sum(CASE WHEN ${hasFlag(e.riskFlag)} THEN 1 ELSE 0 END), 0)`.as(`${e.key}_cases`),
        sql<number>`coalesce(sum(CASE WHEN ${hasFlag(e.riskFlag)} THEN coalesce(person_count, 0) ELSE 0 END), 0)`.as(
          `${e.key}_persons`,
        ),
      ]),
    ])
    .executeTakeFirstOrThrow();

  // 调处成功: the few 已调解 records of the period, checked against the cases they name (one lookup for all).
  const handled = await inPeriod
    .select(['linked_case_no', 'screening_date', 'scope'])
    .where(dispute)
    .where('resolution', '=', MEDIATED)
    .execute();
  const linked = [...new Set(handled.map((h) => text(h['linked_case_no'])).filter(Boolean))];
  const results = new Map<string, string | null>();
  if (linked.length > 0) {
    const cases = await db
      .selectFrom('mediation_case')
      .select(['case_no', 'result'])
      .where('deleted_at', 'is', null)
      .where('case_no', 'in', linked)
      .execute();
    for (const c of cases) results.set(String(c['case_no']), c['result'] === null ? null : String(c['result']));
  }
  const handledSuccess = handled.filter((h) => {
    const caseNo = text(h['linked_case_no']);
    return caseNo === '' || results.get(caseNo) === SUCCESS;
  }).length;
  const missing = linked.filter((caseNo) => !results.has(caseNo));

  const majorRows = await inPeriod
    .select([
      'id',
      'screening_date',
      'scope',
      'dispute_type',
      'summary',
      'measures',
      'responsible_unit',
      'responsible_person',
      'resolution',
      'resolved_date',
      'deadline',
      'linked_case_no',
    ])
    .where(dispute)
    .where('risk_level', '=', MAJOR)
    .orderBy('screening_date')
    .orderBy('id')
    .execute();
  const ids = majorRows.map((r) => n(r['id']));
  const parties =
    ids.length === 0
      ? []
      : await db
          .selectFrom('party')
          .select(['record_id', 'name'])
          .where('register', '=', def.key)
          .where('role', '=', PARTY_ROLE)
          .where('record_id', 'in', ids)
          .orderBy('record_id')
          .orderBy('seq')
          .execute();
  const majorDisputes: MajorDispute[] = majorRows.map((r) => ({
    screeningDate: String(r['screening_date']),
    scope: text(r['scope']),
    parties: parties
      .filter((p) => p.record_id === n(r['id']))
      .map((p) => p.name)
      .join('、'),
    disputeType: typeLabel(r['dispute_type']),
    summary: text(r['summary']),
    measures: text(r['measures']),
    responsible: [text(r['responsible_unit']), text(r['responsible_person'])].filter(Boolean).join(' '),
    progress: progressOf(r),
  }));

  const found = n(totals.found);
  const checks: ReturnCheck[] = [];
  const unattended = majorRows.filter((r) => !text(r['measures']) || !text(r['responsible_person']));
  if (unattended.length > 0) {
    checks.push({
      level: 'warning',
      rule: 'majorWithoutMeasures',
      message:
        `${unattended.length}件重大矛盾纠纷没有填写稳控措施或责任人：` +
        unattended.map((r) => `${dateCn(String(r['screening_date']))}${text(r['scope'])}`).join('、') +
        '。',
    });
  }
  if (missing.length > 0) {
    checks.push({
      level: 'warning',
      rule: 'linkedCaseMissing',
      message: `${missing.length}条化解情况为“已调解”的排查记录所填关联案件卷号在收结案登记簿中找不到，未计入调处成功。`,
      caseNos: missing,
    });
  }

  return {
    figures: {
      outings: n(totals.outings),
      found,
      prevented: n(totals.prevented),
      handled: handled.length,
      handledSuccess,
      escalation: ESCALATIONS.map((e) => ({
        key: e.key,
        label: e.label,
        cases: n(totals[`${e.key}_cases`]),
        persons: n(totals[`${e.key}_persons`]),
      })),
      majorDisputes,
      zeroReport: found === 0,
      zeroReportText: `${periodNoun(period)}未排查发现矛盾纠纷（零报告）`,
    },
    checks,
  };
}

/** 化解情况/进展: the state, then when it was settled or is due, and the case it became. */
function progressOf(r: Record<string, unknown>): string {
  const parts = [text(r['resolution']) || '未填写化解情况'];
  if (text(r['resolved_date'])) parts.push(`${dateCn(text(r['resolved_date']))}办结`);
  else if (text(r['deadline'])) parts.push(`化解期限${dateCn(text(r['deadline']))}`);
  if (text(r['linked_case_no'])) parts.push(`关联案件${text(r['linked_case_no'])}`);
  return parts.join('，');
}
