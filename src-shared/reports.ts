// The monthly returns (月报, docs/spec/formats.md §4.3 and §9.3) as plain data: the period a return covers, and the
// preview the renderer shows before the clerk exports the .xlsx. Everything here is JSON-able; the figures are worked
// out in src-main/core/reports.
import { z } from 'zod';
import type { DisputeTypeVersion } from './codes';
import { addDays, chineseMonth, isoDate, isoMonth, monthsAfter } from './dates';

const year = z
  .number({ error: '年度应为数字' })
  .int('年度应为整数')
  .min(2000, '年度应在2000年到2100年之间')
  .max(2100, '年度应在2000年到2100年之间');

/** 统计时段: a calendar month (the 月报), a quarter or a year (the same return, added up). */
export const reportPeriodSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('month'),
      year,
      month: z
        .number({ error: '月份应为数字' })
        .int('月份应为整数')
        .min(1, '月份应在1到12之间')
        .max(12, '月份应在1到12之间'),
    }),
    z.strictObject({
      kind: z.literal('quarter'),
      year,
      quarter: z
        .number({ error: '季度应为数字' })
        .int('季度应为整数')
        .min(1, '季度应在1到4之间')
        .max(4, '季度应在1到4之间'),
    }),
    z.strictObject({ kind: z.literal('year'), year }),
  ],
  { error: '统计时段应为月、季度或年度' },
);

export type ReportPeriod = z.infer<typeof reportPeriodSchema>;

/** 填报人 and 填报日期, written on row 2 of each sheet. */
export interface ReturnMeta {
  reporter: string;
  /** YYYY-MM-DD */
  reportDate: string;
}

/** The first day of a month counted on from January of `y` (month 13 is next January). */
function monthStart(y: number, m: number): string {
  const at = monthsAfter(y, 1, m - 1);
  return isoDate(at.year, at.month, 1);
}

/** How an exported return's period is logged (report_export.period_key): 2026-03, 2026-Q1, 2026. */
export function periodKey(period: ReportPeriod): string {
  if (period.kind === 'month') return isoMonth(period.year, period.month);
  if (period.kind === 'quarter') return `${period.year}-Q${period.quarter}`;
  return String(period.year);
}

/** The first month of a period and how many months it has. */
function span(p: ReportPeriod): { year: number; firstMonth: number; months: number } {
  switch (p.kind) {
    case 'month':
      return { year: p.year, firstMonth: p.month, months: 1 };
    case 'quarter':
      return { year: p.year, firstMonth: p.quarter * 3 - 2, months: 3 };
    case 'year':
      return { year: p.year, firstMonth: 1, months: 12 };
  }
}

/** The dates a period covers: from inclusive, to exclusive (the first day after it), both YYYY-MM-DD. */
export function periodRange(p: ReportPeriod): { from: string; to: string } {
  const { year: y, firstMonth, months } = span(p);
  return { from: monthStart(y, firstMonth), to: monthStart(y, firstMonth + months) };
}

/** The last day of a period, YYYY-MM-DD (for “2026年3月1日至2026年3月31日”). */
export function periodLastDay(p: ReportPeriod): string {
  return addDays(periodRange(p).to, -1);
}

export function periodMonthCount(p: ReportPeriod): number {
  return span(p).months;
}

/** The months a period is made of, in order. */
export function periodMonths(p: ReportPeriod): ReportPeriod[] {
  const { year: y, firstMonth, months } = span(p);
  return Array.from({ length: months }, (_, i) => ({ kind: 'month', year: y, month: firstMonth + i }));
}

const QUARTERS = ['一', '二', '三', '四'] as const;

/** 2026年3月, 2026年第一季度, 2026年. */
export function periodLabel(p: ReportPeriod): string {
  switch (p.kind) {
    case 'month':
      return chineseMonth(p.year, p.month);
    case 'quarter':
      return `${p.year}年第${QUARTERS[p.quarter - 1] ?? p.quarter}季度`;
    case 'year':
      return `${p.year}年`;
  }
}

/** 本月, 本季度, 本年度: how the return's own text names its period. */
export function periodNoun(p: ReportPeriod): string {
  return p.kind === 'month' ? '本月' : p.kind === 'quarter' ? '本季度' : '本年度';
}

// ---------------------------------------------------------------- the preview

export type StatUnit = '件' | '人' | '万元' | '次';

/** One column of the 统计表 (§4.3): its header path from the top header row down, and its 计量单位. */
export interface StatColumn {
  key: string;
  /** e.g. ['调解情况', '案件来源', '依申请调解']; a shorter path is a header merged down to the last header row. */
  header: string[];
  unit: StatUnit;
}

export interface StatRow {
  /** The committee's name, or 合计. */
  unit: string;
  committeeId: number | null;
  isTotal: boolean;
  /** By column key. null = not counted per committee (排查 and 预防 only have a 合计). */
  values: Record<string, number | null>;
}

export interface EscalationFigure {
  key: 'suicide' | 'criminal' | 'petition' | 'fight';
  /** 防止民间纠纷引起自杀 … */
  label: string;
  cases: number;
  persons: number;
}

/** A 重大 dispute found by 排查 (§9.3 item 2: 重大纠纷明细). */
export interface MajorDispute {
  screeningDate: string;
  scope: string;
  parties: string;
  disputeType: string;
  summary: string;
  measures: string;
  responsible: string;
  progress: string;
}

export interface ScreeningFigures {
  /** 排查次数: distinct (排查日期, 排查范围) outings. */
  outings: number;
  /** 排查发现纠纷件数: records that are not 零报告. */
  found: number;
  /** 预防纠纷件数: 化解情况 已预防. */
  prevented: number;
  /** 调处件数: 化解情况 已调解, once the linked case (if any) is closed. */
  handled: number;
  /** 调处成功件数: 调处, and the linked case (if any) was 调解成功. */
  handledSuccess: number;
  /** 防激化 件/人: the cases' 防止激化, the same figures as the 统计表's 合计 (one source for both sheets). */
  escalation: EscalationFigure[];
  majorDisputes: MajorDispute[];
  /** No dispute found in the period: the sheet carries a 零报告 row. */
  zeroReport: boolean;
  /** 本月未排查发现矛盾纠纷（零报告）, or its quarter / year wording. */
  zeroReportText: string;
}

export interface LabelledCount {
  label: string;
  count: number;
}

/** 安置帮教 (docs/spec/formats.md §12): src-main/core/reports/resettlementWork.ts says how each is counted. */
export interface ResettlementFigures {
  /** 在册 at the period's end, and of them 重点 and 一般. */
  enrolled: number;
  enrolledKey: number;
  enrolledOrdinary: number;
  /** 新接收 (报到) and 解除 (期满解除, 提前撤销) in the period. */
  received: number;
  released: number;
  /** 走访 entries dated in the period. */
  visits: number;
  /** People overdue for a 走访 at the period's end, and their names. */
  missedVisits: number;
  missedVisitNames: string[];
  reoffended: number;
}

export interface WorkFigures {
  /** 来信来访: 件次 = records, 人次 = 来访人数 (1 when blank), and both by 处理意见. */
  petitions: { count: number; persons: number; byHandling: (LabelledCount & { persons: number })[] };
  /** 法制宣传: activities, 受众人数, 发放资料（份）. */
  publicity: { count: number; audience: number; materials: number };
  /** 学习会议: meetings, by 类型. */
  meetings: { count: number; byType: LabelledCount[] };
  /** 法律援助: 接待, 转交法律援助中心. */
  legalAid: { received: number; transferred: number };
  /** 典型案例 registered in the period against the quota (typicalCaseQuota × months). */
  typicalCases: { count: number; quota: number; shortfall: number };
  /**
   * 社区矫正: 在册 at the period's end, 入矫 and 解矫 in it, 在册 by 矫正类别, 实地查访 in it; the 月度考核 of its months
   * (one a person a month: people in a month, person-months in a longer period) and how many of them were graded
   * 不合格 (settings.assessmentScale.failing); 表扬, 训诫 and 警告 the county approved in it (decided 批准 in the period).
   */
  correction: {
    enrolled: number;
    admitted: number;
    released: number;
    byCategory: LabelledCount[];
    fieldVisits: number;
    assessed: number;
    failedAssessment: number;
    sanctions: LabelledCount[];
  };
  resettlement: ResettlementFigures;
}

export interface ReturnCheck {
  /** error: the return is inconsistent; warning: worth a look. Both can be exported once acknowledged. */
  level: 'error' | 'warning';
  /** A stable name for the rule, e.g. formsWithinSuccess. */
  rule: string;
  /** Chinese, naming what is wrong and where. */
  message: string;
  /** The 卷号 of the cases concerned, when the rule is about cases. */
  caseNos?: string[];
}

export interface ReturnPreview {
  period: ReportPeriod;
  /** 2026年3月 */
  label: string;
  /** from inclusive, to exclusive */
  range: { from: string; to: string };
  officeName: string;
  disputeTypeVersion: DisputeTypeVersion;
  /** Sheet 1, 人民调解工作情况统计表: columns in order, one row per committee, then 合计. */
  mediation: { columns: StatColumn[]; rows: StatRow[]; notes: string[] };
  /** Sheet 2, 矛盾纠纷排查调处情况月报表. */
  screening: ScreeningFigures;
  /** Sheet 3, 工作情况. */
  work: WorkFigures;
  checks: ReturnCheck[];
}

// ---------------------------------------------------------------- the merged header

/**
 * One cell of a multi-level header: header row `level`, over columns `from`..`to`; a leaf runs down to the last row.
 */
export interface HeaderCell {
  level: number;
  from: number;
  to: number;
  text: string;
  leaf: boolean;
}

/**
 * The 统计表's merged header (docs/spec/formats.md §4.3 合并规则) from each column's path: neighbours sharing a prefix
 * share one cell across; a path that ends early is merged down to the last header row; neighbours with the same whole
 * path (the 件/人 pairs) are one cell across both. The sheet and the on-screen preview both draw this.
 */
export function headerCells(columns: readonly { header: readonly string[] }[]): { depth: number; cells: HeaderCell[] } {
  const depth = Math.max(1, ...columns.map((c) => c.header.length));
  const key = (c: { header: readonly string[] }, level: number) => c.header.slice(0, level + 1).join('\u0000');
  const isLeaf = (c: { header: readonly string[] }, level: number) => c.header.length - 1 === level;
  const cells: HeaderCell[] = [];
  for (let level = 0; level < depth; level++) {
    let i = 0;
    while (i < columns.length) {
      const first = columns[i]!;
      if (first.header.length <= level) {
        i++;
        continue;
      }
      let j = i + 1;
      while (
        j < columns.length &&
        key(columns[j]!, level) === key(first, level) &&
        isLeaf(columns[j]!, level) === isLeaf(first, level)
      )
        j++;
      cells.push({ level, from: i, to: j - 1, text: first.header[level]!, leaf: isLeaf(first, level) });
      i = j;
    }
  }
  return { depth, cells };
}
