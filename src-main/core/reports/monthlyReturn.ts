// The monthly return (月报, docs/spec/formats.md §9.3) worked out from the registers, aggregated in SQL so that a month
// of a ledger with hundreds of thousands of records takes milliseconds. Soft-deleted records (回收站) never count.
//
// Definitions (docs/spec/formats.md §4.1, §4.3, §9.3; where the spec leaves a choice, the choice is written here):
// - A mediation case counts in the period of its 受理日期 (accept_date), whatever its state.
// - 调解成功 = 调解结果 成功. 涉及当事人数 = the case's 涉及当事人数 when filled, else its 申请人 + 被申请人 blocks.
//   疑难复杂 = the 疑难复杂 flag. 协议涉及金额 = Σ 协议涉及金额 (分) ÷ 1,000,000, in 万元 with two decimals; the 合计 is
//   rounded from the exact total, so it may differ from the sum of the rounded committee rows by 0.01.
// - 不同主体调解情况: each case counts under the kind of its committee (settings); 行业性专业性调委会 is the column
//   社会团体和其他组织调委会.
// - 案件来源: 主动调解, 依申请调解, 接受委托移送调解 = the five 委托移送 sources together, each also in its 其中 column.
// - 案件分类情况: by the settings' 纠纷类型 version; stored codes are version C and map to A and B as
//   codes.ts disputeTypeColumns says.
// - 协议形式: 口头协议 and 书面协议 among all the period's cases (so that a form on a case that did not succeed shows
//   up in the check 口头 + 书面 ≤ 调解成功 instead of disappearing).
// - 防止激化 (4 pairs): 件 = cases with the flag, 人 = Σ that flag's 涉及人数 (a blank counts 0 and is a check). One
//   source for both sheets: the case's own 防止激化 fields. §4.1 lists 防止激化 among the 人民调解 statistics, §4.3
//   items 13–16 put them in the 统计表 and §9.3 item 1 takes the 统计表 from the 收结案登记簿. The 排查 sheet repeats
//   the 统计表's 合计: the 排查 book's 可能激化 is a risk found, not an escalation prevented, and its 涉及人数 counts
//   everyone in the dispute (it gave 1件6人 where the case said 1件2人 for the same dispute). A 已调解 record whose
//   risk has no 防止激化 on its case is a check (escalationNotOnCase in screening.ts).
// - 排查纠纷（次）= distinct (排查日期, 排查范围) outings in the 矛盾纠纷排查登记簿; 预防纠纷（件）= 排查 records with
//   化解情况 已预防. Neither belongs to a committee: they are filled in the 合计 row only, committee rows are blank.
// - Rows: every committee with a case in the period, and every active committee (so the clerk sees its zeros), in
//   the settings' order; then 合计.
// - 排查 sheet: records marked 零报告 are outings, never disputes. Turning a record into a case marks it 已调解
//   (§5.5's word; src-shared/links.ts). 调处 = 已调解, once the case named by 关联案件卷号 is closed (调解结果 or
//   结案日期 filled in); 调处成功 = 调处 and that case was 调解成功, or 已调解 with no linked case (the clerk's word
//   is all there is); a linked 卷号 that does not exist is 调处 but not a success, and is listed as a warning.
// - 工作情况: 来信来访 件次 = records, 人次 = Σ 来访人数 (1 when blank); 典型案例 = records whose 登记日期 is in the
//   period, against settings.typicalCaseQuota × months; 社区矫正 在册 = 当前状态 在矫 with 矫正起始日期 before the
//   period's end (the state is today's, so for a past period this is today's view of who was enrolled then),
//   入矫 = 起始日期 in the period, 解矫 = 终止日期 in the period and no longer 在矫, 实地查访 = visits dated in the
//   period of subjects not in the 回收站. Someone still 在矫 whose 终止日期 is before today (and before the period's
//   end) is a check.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import {
  agreementForms,
  caseSources,
  disputeTypeColumn,
  disputeTypeVersions,
  mediationResults,
} from '../../../src-shared/codes';
import { registerDef } from '../../../src-shared/registers';
import {
  periodLabel,
  periodRange,
  type ReportPeriod,
  type ReturnCheck,
  type ReturnPreview,
  type StatRow,
} from '../../../src-shared/reports';
import type { Settings } from '../../../src-shared/settings';
import type { LedgerDatabase } from '../db/schema';
import {
  ESCALATIONS,
  FORMS,
  REFERRED_KEY,
  SCREEN_OUTINGS,
  SCREEN_PREVENTED,
  SOURCES,
  SUBJECTS,
  escalationKeys,
  statColumns,
  typeKey,
} from './columns';
import { screeningFigures, type ScreeningResult } from './screening';
import { workFigures } from './work';

type Db = Kysely<LedgerDatabase>;

const SUCCESS = mediationResults[0]!.value; // 成功
const WRITTEN = agreementForms[0]!.value; // 书面协议

/** The party roles that make up 涉及当事人数 when it is not filled in: 申请人 and 被申请人. */
const PARTY_ROLES = registerDef('mediationCase').fields.flatMap((f) => (f.party ? [f.party.role] : []));

/** Per-committee sums, before they are spread over columns. */
interface Tally {
  cases: number;
  parties: number;
  success: number;
  difficult: number;
  amountFen: number;
  forms: Record<string, number>;
  types: Map<string, number>;
  sources: Map<string, number>;
  flags: Record<string, { cases: number; persons: number }>;
}

const emptyTally = (): Tally => ({
  cases: 0,
  parties: 0,
  success: 0,
  difficult: 0,
  amountFen: 0,
  forms: Object.fromEntries(FORMS.map((f) => [f.form, 0])),
  types: new Map(),
  sources: new Map(),
  flags: Object.fromEntries(ESCALATIONS.map((e) => [e.key, { cases: 0, persons: 0 }])),
});

const n = (v: unknown) => Number(v ?? 0);

/** 分 → 万元, two decimals. */
export const fenToWan = (fen: number) => Math.round(fen / 10_000) / 100;

/** The return for a period, as of `today` (YYYY-MM-DD: what has already passed, e.g. a 矫正终止日期). */
export async function buildReturnPreview(
  db: Db,
  period: ReportPeriod,
  settings: Settings,
  today: string,
): Promise<ReturnPreview> {
  const range = periodRange(period);
  const version = settings.disputeTypeVersion;
  const tallies = await tallyCases(db, range);
  const screening = await screeningFigures(db, period, range);
  const work = await workFigures(db, period, range, settings, today);

  const columns = statColumns(version);
  const committees = settings.committees.filter((c) => c.active || (c.id !== undefined && tallies.has(c.id)));
  // A case whose committee is not in the settings cannot happen through the app (a foreign key); shown if it does.
  const unknown = [...tallies.keys()].filter((id) => !settings.committees.some((c) => c.id === id));
  const units = [
    ...committees.map((c) => ({ id: c.id ?? null, name: c.name, kind: c.kind })),
    ...unknown.map((id) => ({ id, name: `调委会（编号${id}）`, kind: '' })),
  ];

  const rows: StatRow[] = units.map((u) => ({
    unit: u.name,
    committeeId: u.id,
    isTotal: false,
    values: rowValues(u.id === null ? emptyTally() : (tallies.get(u.id) ?? emptyTally()), u.kind, version),
  }));
  const total: StatRow = { unit: '合计', committeeId: null, isTotal: true, values: {} };
  for (const column of columns) {
    total.values[column.key] = rows.reduce((sum, r) => sum + n(r.values[column.key]), 0);
  }
  // The 合计 amount comes from the exact 分, not from the rounded rows.
  total.values['amount'] = fenToWan([...tallies.values()].reduce((sum, t) => sum + t.amountFen, 0));
  for (const row of rows) {
    row.values[SCREEN_OUTINGS] = null;
    row.values[SCREEN_PREVENTED] = null;
  }
  total.values[SCREEN_OUTINGS] = screening.figures.outings;
  total.values[SCREEN_PREVENTED] = screening.figures.prevented;
  rows.push(total);

  const label = periodLabel(period);
  const checks = [...(await caseChecks(db, range, rows, version, settings)), ...screening.checks, ...work.checks];

  return {
    period,
    label,
    range,
    officeName: settings.officeName,
    disputeTypeVersion: version,
    mediation: { columns, rows, notes: notesFor(version, screening) },
    screening: {
      ...screening.figures,
      escalation: ESCALATIONS.map((e) => ({
        key: e.key,
        label: e.label,
        cases: n(total.values[escalationKeys(e.key).cases]),
        persons: n(total.values[escalationKeys(e.key).persons]),
      })),
    },
    work: work.figures,
    checks,
  };
}

function notesFor(version: ReturnPreview['disputeTypeVersion'], screening: ScreeningResult): string[] {
  return [
    `排查纠纷（${screening.figures.outings}次）、预防纠纷（${screening.figures.prevented}件）来自矛盾纠纷排查登记簿，不分调委会统计，只填在合计行。`,
    '防止激化各项取自人民调解案件登记的“防止激化”及其涉及人数，矛盾纠纷排查调处情况表的防激化数字与本表合计相同。',
    '案件按受理日期计入统计时段；协议涉及金额以万元为单位，保留两位小数。',
    `案件分类按纠纷类型版本${version}统计${version === 'C' ? '' : '（登记时的类型按对照关系归入本版本的栏目）'}；社会团体和其他组织调委会一栏含行业性专业性调委会。`,
  ];
}

/** One grouped query over the period's cases: per committee, 纠纷类型 and 案件来源, every count the 统计表 needs. */
async function tallyCases(db: Db, range: { from: string; to: string }): Promise<Map<number, Tally>> {
  const partyCount = sql<number>`coalesce(party_count, (
    SELECT count(*) FROM party p
    WHERE p.register = 'mediationCase' AND p.record_id = mediation_case.id AND p.role IN (${sql.join(PARTY_ROLES)})))`;
  const sumIf = (condition: RawBuilder<unknown>) =>
    sql<number>`coalesce(sum(CASE WHEN ${condition} THEN 1 ELSE 0 END), 0)`;
  const flagSelections = ESCALATIONS.flatMap((e) => [
    sumIf(sql`${sql.ref(e.caseFlag)} <> 0`).as(`${e.key}_cases`),
    sql<number>`coalesce(sum(CASE WHEN ${sql.ref(e.caseFlag)} <> 0 THEN coalesce(${sql.ref(`${e.caseFlag}_persons`)}, 0) ELSE 0 END), 0)`.as(
      `${e.key}_persons`,
    ),
  ]);
  const groups = await db
    .selectFrom('mediation_case')
    .select([
      'committee_id',
      'dispute_type',
      'case_source',
      sql<number>`count(*)`.as('cases'),
      sql<number>`coalesce(sum(${partyCount}), 0)`.as('parties'),
      sumIf(sql`result = ${SUCCESS}`).as('success'),
      sumIf(sql`difficult <> 0`).as('difficult'),
      sql<number>`coalesce(sum(agreement_amount), 0)`.as('amount_fen'),
      ...FORMS.map((f) => sumIf(sql`agreement_form = ${f.form}`).as(f.key)),
      ...flagSelections,
    ])
    .where('deleted_at', 'is', null)
    .where('accept_date', '>=', range.from)
    .where('accept_date', '<', range.to)
    .groupBy(['committee_id', 'dispute_type', 'case_source'])
    .execute();

  const tallies = new Map<number, Tally>();
  for (const g of groups) {
    const id = n(g['committee_id']);
    const t = tallies.get(id) ?? emptyTally();
    tallies.set(id, t);
    const cases = n(g['cases']);
    t.cases += cases;
    t.parties += n(g['parties']);
    t.success += n(g['success']);
    t.difficult += n(g['difficult']);
    t.amountFen += n(g['amount_fen']);
    for (const f of FORMS) t.forms[f.form] = (t.forms[f.form] ?? 0) + n(g[f.key]);
    const type = String(g['dispute_type']);
    t.types.set(type, (t.types.get(type) ?? 0) + cases);
    const source = String(g['case_source']);
    t.sources.set(source, (t.sources.get(source) ?? 0) + cases);
    for (const e of ESCALATIONS) {
      const flag = t.flags[e.key]!;
      flag.cases += n(g[`${e.key}_cases`]);
      flag.persons += n(g[`${e.key}_persons`]);
    }
  }
  return tallies;
}

/** A committee's tally spread over the columns. Unknown codes (not through the app) count in no column: see checks. */
function rowValues(
  t: Tally,
  kind: string,
  version: ReturnPreview['disputeTypeVersion'],
): Record<string, number | null> {
  const values: Record<string, number | null> = {
    total: t.cases,
    parties: t.parties,
    success: t.success,
    difficult: t.difficult,
    amount: fenToWan(t.amountFen),
  };
  for (const s of SUBJECTS) values[s.key] = s.kind === kind ? t.cases : 0;
  for (const s of SOURCES) values[s.key] = t.sources.get(s.source) ?? 0;
  values[REFERRED_KEY] = SOURCES.filter((s) => s.referral).reduce((sum, s) => sum + n(values[s.key]), 0);
  for (const type of disputeTypeVersions[version]) values[typeKey(type.value)] = 0;
  for (const [stored, count] of t.types) {
    const column = disputeTypeColumn(version, stored);
    if (column !== null) values[typeKey(column)] = n(values[typeKey(column)]) + count;
  }
  for (const f of FORMS) values[f.key] = t.forms[f.form] ?? 0;
  for (const e of ESCALATIONS) {
    const keys = escalationKeys(e.key);
    values[keys.cases] = t.flags[e.key]!.cases;
    values[keys.persons] = t.flags[e.key]!.persons;
  }
  return values;
}

// ---------------------------------------------------------------- checks

type Level = ReturnCheck['level'];

/** A condition on one case, in SQL: the query returns only the cases that meet one, with a 0/1 column per rule. */
interface CaseRule {
  rule: string;
  level: Level;
  when: RawBuilder<unknown>;
  /** The check's message for `count` cases; null for conditions only used to name the cases of a row rule. */
  message: ((count: number) => string) | null;
}

function caseRules(settings: Settings): CaseRule[] {
  const knownTypes = disputeTypeVersions.C.map((t) => t.value);
  const knownSources = caseSources.map((s) => s.value);
  const knownKinds = new Set<string>(SUBJECTS.map((s) => s.kind));
  const committeesOfKnownKind = settings.committees.flatMap((c) =>
    c.id !== undefined && knownKinds.has(c.kind) ? [c.id] : [],
  );
  const notSuccess = sql`(result IS NULL OR result <> ${SUCCESS})`;
  return [
    {
      rule: 'closedWithoutResult',
      level: 'error',
      when: sql`close_date IS NOT NULL AND result IS NULL`,
      message: (k) => `${k}件案件已填写结案日期，但没有填写调解结果：调解成功数可能偏少。`,
    },
    {
      rule: 'successWithoutForm',
      level: 'error',
      when: sql`result = ${SUCCESS} AND agreement_form IS NULL`,
      message: (k) => `${k}件调解成功的案件没有填写协议形式（口头或书面）：协议形式一栏会偏少。`,
    },
    {
      rule: 'formWithoutSuccess',
      level: 'error',
      when: sql`${notSuccess} AND agreement_form IS NOT NULL`,
      message: (k) => `${k}件案件调解结果不是“成功”，却填写了协议形式：请核对调解结果或清空协议形式。`,
    },
    ...ESCALATIONS.map((e): CaseRule => ({
      rule: 'flagWithoutPersons',
      level: 'error',
      when: sql`${sql.ref(e.caseFlag)} <> 0 AND ${sql.ref(`${e.caseFlag}_persons`)} IS NULL`,
      message: (k) => `${k}件案件勾选了“${e.label}”，但没有填写涉及人数：该项“人”一栏会偏少。`,
    })),
    {
      rule: 'writtenWithoutAmount',
      level: 'warning',
      when: sql`result = ${SUCCESS} AND agreement_form = ${WRITTEN} AND agreement_amount IS NULL`,
      message: (k) => `${k}件书面协议没有填写协议涉及金额（不涉及金额的可填 0）。`,
    },
    {
      rule: 'amountWithoutSuccess',
      level: 'warning',
      when: sql`${notSuccess} AND agreement_amount > 0`,
      message: (k) => `${k}件案件调解结果不是“成功”，却填写了协议涉及金额，金额仍计入统计。`,
    },
    ...ESCALATIONS.map((e): CaseRule => ({
      rule: 'personsWithoutFlag',
      level: 'warning',
      when: sql`${sql.ref(e.caseFlag)} = 0 AND ${sql.ref(`${e.caseFlag}_persons`)} > 0`,
      message: (k) => `${k}件案件填写了“${e.label}”的涉及人数，但没有勾选该项，人数不计入统计。`,
    })),
    {
      rule: 'successWithoutCloseDate',
      level: 'warning',
      when: sql`result = ${SUCCESS} AND close_date IS NULL`,
      message: (k) => `${k}件调解成功的案件没有填写结案日期。`,
    },
    // Only reachable by data not entered through the app; they name the cases behind the row rules below.
    { rule: 'unknownType', level: 'error', when: sql`dispute_type NOT IN (${sql.join(knownTypes)})`, message: null },
    { rule: 'unknownSource', level: 'error', when: sql`case_source NOT IN (${sql.join(knownSources)})`, message: null },
    {
      rule: 'unknownKind',
      level: 'error',
      when:
        committeesOfKnownKind.length > 0 ? sql`committee_id NOT IN (${sql.join(committeesOfKnownKind)})` : sql`1 = 1`,
      message: null,
    },
  ];
}

interface FlaggedCase {
  caseNo: string;
  committeeId: number;
  rules: Set<number>;
}

/** §4.3 校验规则 on each row, and the per-case completeness rules, naming cases by 卷号. */
async function caseChecks(
  db: Db,
  range: { from: string; to: string },
  rows: StatRow[],
  version: ReturnPreview['disputeTypeVersion'],
  settings: Settings,
): Promise<ReturnCheck[]> {
  const rules = caseRules(settings);
  const found = await db
    .selectFrom('mediation_case')
    .select([
      'case_no',
      'committee_id',
      ...rules.map((r, i) => sql<number>`CASE WHEN ${r.when} THEN 1 ELSE 0 END`.as(`r${i}`)),
    ])
    .where('deleted_at', 'is', null)
    .where('accept_date', '>=', range.from)
    .where('accept_date', '<', range.to)
    .where(
      sql<boolean>`(${sql.join(
        rules.map((r) => sql`(${r.when})`),
        sql` OR `,
      )})`,
    )
    .orderBy('accept_date')
    .orderBy('id')
    .execute();
  const flagged: FlaggedCase[] = found.map((row) => ({
    caseNo: String(row['case_no']),
    committeeId: n(row['committee_id']),
    rules: new Set(rules.flatMap((_, i) => (n(row[`r${i}`]) === 1 ? [i] : []))),
  }));
  const casesOf = (rule: string, committeeIds?: Set<number | null>) =>
    flagged
      .filter((c) => rules.some((r, i) => r.rule === rule && c.rules.has(i)))
      .filter((c) => !committeeIds || committeeIds.has(c.committeeId) || committeeIds.has(null))
      .map((c) => c.caseNo);

  const checks: ReturnCheck[] = [];
  const rowRule = (
    rule: string,
    holds: (v: (key: string) => number) => boolean,
    describe: (v: (key: string) => number) => string,
    lead: string,
    namedBy: string | null,
  ) => {
    const failing = rows.filter((r) => !holds((key) => n(r.values[key])));
    if (failing.length === 0) return;
    const where = failing.map((r) => `${r.unit}（${describe((key) => n(r.values[key]))}）`).join('；');
    const ids = new Set(failing.map((r) => r.committeeId));
    const caseNos = namedBy ? casesOf(namedBy, ids) : [];
    checks.push({ level: 'error', rule, message: `${lead}：${where}。`, ...(caseNos.length > 0 ? { caseNos } : {}) });
  };
  const sumOf = (v: (key: string) => number, keys: readonly string[]) => keys.reduce((s, k) => s + v(k), 0);
  const typeKeys = disputeTypeVersions[version].map((t) => typeKey(t.value));
  const sourceKeys = ['source.active', 'source.applied', REFERRED_KEY];
  const referralKeys = SOURCES.filter((s) => s.referral).map((s) => s.key);
  const subjectKeys = SUBJECTS.map((s) => s.key);
  const formKeys = FORMS.map((f) => f.key);

  rowRule(
    'successWithinTotal',
    (v) => v('success') <= v('total'),
    (v) => `成功${v('success')}，总数${v('total')}`,
    '调解成功多于调解案件总数',
    null,
  );
  rowRule(
    'typesSumToTotal',
    (v) => sumOf(v, typeKeys) === v('total'),
    (v) => `各类型合计${sumOf(v, typeKeys)}，总数${v('total')}`,
    '案件分类各栏之和不等于调解案件总数（有案件的纠纷类型不在代码表中）',
    'unknownType',
  );
  rowRule(
    'sourcesSumToTotal',
    (v) => sumOf(v, sourceKeys) === v('total'),
    (v) => `各来源合计${sumOf(v, sourceKeys)}，总数${v('total')}`,
    '主动、依申请、接受委托移送之和不等于调解案件总数（有案件的案件来源不在代码表中）',
    'unknownSource',
  );
  rowRule(
    'referralsSumToReferred',
    (v) => sumOf(v, referralKeys) === v(REFERRED_KEY),
    (v) => `其中各栏合计${sumOf(v, referralKeys)}，接受委托移送${v(REFERRED_KEY)}`,
    '接受委托移送调解不等于其中各部门之和',
    null,
  );
  rowRule(
    'subjectsSumToTotal',
    (v) => sumOf(v, subjectKeys) === v('total'),
    (v) => `各主体合计${sumOf(v, subjectKeys)}，总数${v('total')}`,
    '不同主体各栏之和不等于调解案件总数（有调委会的类型不在可选范围内）',
    'unknownKind',
  );
  rowRule(
    'formsWithinSuccess',
    (v) => sumOf(v, formKeys) <= v('success'),
    (v) => `口头${v('form.oral')}＋书面${v('form.written')}，成功${v('success')}`,
    '口头协议与书面协议之和多于调解成功',
    'formWithoutSuccess',
  );

  for (const [i, rule] of rules.entries()) {
    if (!rule.message) continue;
    const caseNos = flagged.filter((c) => c.rules.has(i)).map((c) => c.caseNo);
    if (caseNos.length > 0)
      checks.push({ level: rule.level, rule: rule.rule, message: rule.message(caseNos.length), caseNos });
  }
  // Errors first: they are what makes the return wrong.
  return checks.sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1));
}
