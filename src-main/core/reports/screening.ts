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

/** The 防激化 pairs are not the 排查 book's: buildReturnPreview fills them from the cases (see monthlyReturn.ts). */
export interface ScreeningResult {
  figures: Omit<ScreeningFigures, 'escalation'>;
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
  const totals = await inPeriod
    .select([
      // char(31) cannot be typed into either field, so distinct pairs stay distinct.
      sql<number>`count(DISTINCT screening_date || char(31) || scope)`.as('outings'),
      sql<number>`coalesce(sum(CASE WHEN ${dispute} THEN 1 ELSE 0 END), 0)`.as('found'),
      sql<number>`coalesce(sum(CASE WHEN ${dispute} AND resolution = ${PREVENTED} THEN 1 ELSE 0 END), 0)`.as(
        'prevented',
      ),
    ])
    .executeTakeFirstOrThrow();

  // 调处 and 调处成功: the few 已调解 records of the period, checked against the cases they name (one lookup for all).
  const mediated = await inPeriod
    .select(['linked_case_no', 'risk_flags'])
    .where(dispute)
    .where('resolution', '=', MEDIATED)
    .execute();
  const linked = [...new Set(mediated.map((h) => text(h['linked_case_no'])).filter(Boolean))];
  const cases = new Map<string, LinkedCase>();
  if (linked.length > 0) {
    const rows = await db
      .selectFrom('mediation_case')
      .select(['case_no', 'result', 'close_date', ...ESCALATIONS.map((e) => e.caseFlag)])
      .where('deleted_at', 'is', null)
      .where('case_no', 'in', linked)
      .execute();
    for (const c of rows) {
      cases.set(String(c['case_no']), {
        closed: c['result'] !== null || c['close_date'] !== null,
        success: c['result'] === SUCCESS,
        flags: new Set(ESCALATIONS.filter((e) => n(c[e.caseFlag]) !== 0).map((e) => e.key)),
      });
    }
  }
  // A dispute turned into a case is 调处 once that case is closed, not while it is still being mediated.
  const handled = mediated.filter((h) => cases.get(text(h['linked_case_no']))?.closed !== false);
  const handledSuccess = handled.filter((h) => {
    const caseNo = text(h['linked_case_no']);
    return caseNo === '' || cases.get(caseNo)?.success === true;
  }).length;
  const missing = linked.filter((caseNo) => !cases.has(caseNo));
  const uncounted = escalationNotOnCase(mediated, cases);

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
  if (uncounted.unlinked > 0 || uncounted.caseNos.length > 0) {
    const parts = [
      ...(uncounted.caseNos.length > 0
        ? [`${uncounted.caseNos.length}件调解成功的案件在排查时标记了“可能激化”，案件却没有勾选相应的防止激化项`]
        : []),
      ...(uncounted.unlinked > 0 ? [`${uncounted.unlinked}条标记了“可能激化”的已调解排查记录没有关联案件`] : []),
    ];
    checks.push({
      level: 'warning',
      rule: 'escalationNotOnCase',
      message: `${parts.join('；')}。防激化件数、人数只取自人民调解案件的“防止激化”登记，确已防止激化的，请在案件中勾选并填写人数。`,
      ...(uncounted.caseNos.length > 0 ? { caseNos: uncounted.caseNos } : {}),
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
      majorDisputes,
      zeroReport: found === 0,
      zeroReportText: `${periodNoun(period)}未排查发现矛盾纠纷（零报告）`,
    },
    checks,
  };
}

interface LinkedCase {
  /** 调解结果 or 结案日期 filled in. */
  closed: boolean;
  success: boolean;
  /** The 防止激化 items ticked on the case (ESCALATIONS keys). */
  flags: Set<string>;
}

/**
 * 已调解 records whose 可能激化 risk does not show among the 防激化 figures: the case they name succeeded without the
 * matching 防止激化 ticked, or they name no case at all. The figures come from the cases alone, so the clerk is told.
 */
function escalationNotOnCase(
  mediated: readonly Record<string, unknown>[],
  cases: ReadonlyMap<string, LinkedCase>,
): { unlinked: number; caseNos: string[] } {
  const risks = (flags: unknown) => {
    const stored = typeof flags === 'string' && flags ? (JSON.parse(flags) as unknown) : [];
    const list = Array.isArray(stored) ? stored : [];
    return ESCALATIONS.filter((e) => list.includes(e.riskFlag));
  };
  const caseNos = new Set<string>();
  let unlinked = 0;
  for (const h of mediated) {
    const atRisk = risks(h['risk_flags']);
    if (atRisk.length === 0) continue;
    const caseNo = text(h['linked_case_no']);
    const linkedCase = cases.get(caseNo);
    if (caseNo === '') unlinked++;
    else if (linkedCase?.success && atRisk.some((e) => !linkedCase.flags.has(e.key))) caseNos.add(caseNo);
  }
  return { unlinked, caseNos: [...caseNos] };
}

/** 化解情况/进展: the state, then when it was settled or is due, and the case it became. */
function progressOf(r: Record<string, unknown>): string {
  const parts = [text(r['resolution']) || '未填写化解情况'];
  if (text(r['resolved_date'])) parts.push(`${dateCn(text(r['resolved_date']))}办结`);
  else if (text(r['deadline'])) parts.push(`化解期限${dateCn(text(r['deadline']))}`);
  if (text(r['linked_case_no'])) parts.push(`关联案件${text(r['linked_case_no'])}`);
  return parts.join('，');
}
