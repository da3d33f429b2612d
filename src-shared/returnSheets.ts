// What each sheet of the return (docs/spec/formats.md §9.3) says, as plain data: the sheet names and titles for the
// period, the 排查调处 figures as a table, the 工作情况 lines. The workbook (src-main/core/reports/returnWorkbook.ts)
// and the on-screen preview (MonthlyReturnPage) both draw from these, so the screen shows every figure the file holds.
import { periodMonthCount, type ReportPeriod, type ReturnPreview, type StatColumn, type StatRow } from './reports';

/** 月报, 季报, 年报: the return's name for its period (file names, the export button). */
export const RETURN_NAMES = { month: '月报', quarter: '季报', year: '年报' } as const satisfies Record<
  ReportPeriod['kind'],
  string
>;

/** The three sheets' names: the 排查调处 sheet is a 月报表, 季报表 or 年报表, as its period is. */
export function returnSheetNames(period: ReportPeriod): readonly [string, string, string] {
  return ['人民调解工作情况统计表', `矛盾纠纷排查调处情况${RETURN_NAMES[period.kind]}表`, '工作情况'];
}

/** A sheet's title row: 东河镇司法所矛盾纠纷排查调处情况季报表（2026年第一季度）. */
export function sheetTitle(preview: ReturnPreview, sheet: 0 | 1 | 2): string {
  return `${preview.officeName}${returnSheetNames(preview.period)[sheet]}（${preview.label}）`;
}

// ---------------------------------------------------------------- sheet 2: §9.3 item 2

/** The 排查调处 figures as one row of a table: 排查次数 … 调处成功, then the four 防激化 件/人 pairs. */
export function screeningTable(preview: ReturnPreview): { columns: StatColumn[]; rows: StatRow[] } {
  const s = preview.screening;
  const columns: StatColumn[] = [
    { key: 'outings', header: ['排查次数'], unit: '次' },
    { key: 'found', header: ['排查发现纠纷'], unit: '件' },
    { key: 'prevented', header: ['预防纠纷'], unit: '件' },
    { key: 'handled', header: ['调处'], unit: '件' },
    { key: 'handledSuccess', header: ['调处成功'], unit: '件' },
    ...s.escalation.flatMap((e): StatColumn[] => [
      { key: `${e.key}.cases`, header: [e.label], unit: '件' },
      { key: `${e.key}.persons`, header: [e.label], unit: '人' },
    ]),
  ];
  const values: Record<string, number> = {
    outings: s.outings,
    found: s.found,
    prevented: s.prevented,
    handled: s.handled,
    handledSuccess: s.handledSuccess,
  };
  for (const e of s.escalation) {
    values[`${e.key}.cases`] = e.cases;
    values[`${e.key}.persons`] = e.persons;
  }
  return { columns, rows: [{ unit: preview.officeName, committeeId: null, isTotal: false, values }] };
}

// ---------------------------------------------------------------- sheet 3: §9.3 item 3

export interface WorkLine {
  item: string;
  unit: string;
  value: number;
  note?: string;
}

export interface WorkSection {
  /** 来信来访, 法制宣传 … */
  section: string;
  lines: WorkLine[];
}

/** 工作情况: each book's figures for the period, section by section, in the order the sheet prints them. */
export function workSections(preview: ReturnPreview): WorkSection[] {
  const w = preview.work;
  const months = periodMonthCount(preview.period);
  const assessedUnit = months === 1 ? '人' : '人次';
  const severalMonths = months === 1 ? {} : { note: `${months}个月合计` };
  return [
    {
      section: '来信来访',
      lines: [
        { item: '来信来访', unit: '件次', value: w.petitions.count },
        { item: '来信来访', unit: '人次', value: w.petitions.persons },
        ...w.petitions.byHandling.map((h) => ({
          item: `其中：${h.label}`,
          unit: '件次',
          value: h.count,
          ...(h.count > 0 ? { note: `${h.persons}人次` } : {}),
        })),
      ],
    },
    {
      section: '法制宣传',
      lines: [
        { item: '宣传活动', unit: '次', value: w.publicity.count },
        { item: '受众人数', unit: '人', value: w.publicity.audience },
        { item: '发放资料', unit: '份', value: w.publicity.materials },
      ],
    },
    {
      section: '学习会议',
      lines: [
        { item: '学习、会议', unit: '次', value: w.meetings.count },
        ...w.meetings.byType.map((t) => ({ item: `其中：${t.label}`, unit: '次', value: t.count })),
      ],
    },
    {
      section: '法律援助',
      lines: [
        { item: '接待', unit: '件', value: w.legalAid.received },
        { item: '转交法律援助中心', unit: '件', value: w.legalAid.transferred },
      ],
    },
    {
      section: '典型案例',
      lines: [
        { item: '登记典型案例', unit: '篇', value: w.typicalCases.count },
        {
          item: '应报篇数',
          unit: '篇',
          value: w.typicalCases.quota,
          note: `每月${w.typicalCases.quota / months}篇 × ${months}个月`,
        },
        {
          item: '差额',
          unit: '篇',
          value: w.typicalCases.shortfall,
          note: w.typicalCases.shortfall === 0 ? '已完成' : '未完成',
        },
      ],
    },
    {
      section: '社区矫正',
      lines: [
        { item: '期末在册', unit: '人', value: w.correction.enrolled },
        ...w.correction.byCategory.map((c) => ({ item: `其中：${c.label}`, unit: '人', value: c.count })),
        { item: '本期入矫', unit: '人', value: w.correction.admitted },
        { item: '本期解矫', unit: '人', value: w.correction.released },
        { item: '实地查访', unit: '次', value: w.correction.fieldVisits },
        // One 考核 a person a month: over several months the count is of person-months.
        { item: '月度考核', unit: assessedUnit, value: w.correction.assessed, ...severalMonths },
        { item: '其中：考核不合格', unit: assessedUnit, value: w.correction.failedAssessment, ...severalMonths },
        ...w.correction.sanctions.map((s) => ({ item: s.label, unit: '人次', value: s.count, note: '审批通过' })),
      ],
    },
    {
      section: '安置帮教',
      lines: [
        { item: '期末在册', unit: '人', value: w.resettlement.enrolled },
        { item: '其中：重点', unit: '人', value: w.resettlement.enrolledKey },
        { item: '其中：一般', unit: '人', value: w.resettlement.enrolledOrdinary },
        { item: '本期新接收', unit: '人', value: w.resettlement.received },
        { item: '本期解除', unit: '人', value: w.resettlement.released },
        { item: '走访', unit: '次', value: w.resettlement.visits },
        {
          item: '未按期走访',
          unit: '人',
          value: w.resettlement.missedVisits,
          ...(w.resettlement.missedVisits > 0 ? { note: namesNote(w.resettlement.missedVisitNames) } : {}),
        },
        { item: '重新犯罪', unit: '人', value: w.resettlement.reoffended },
      ],
    },
  ];
}

/** Who a figure counts, in its 备注: the first few names, then how many in all (a cell, not a list). */
function namesNote(names: readonly string[]): string {
  const SHOWN = 6;
  return names.length <= SHOWN ? names.join('、') : `${names.slice(0, SHOWN).join('、')}等${names.length}人`;
}
