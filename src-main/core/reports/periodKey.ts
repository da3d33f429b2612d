import type { ReportPeriod } from '../../../src-shared/reports';

/**
 * How an exported period is logged in report_export: 2026-03, 2026-Q1, 2026. The export writes it; 首页 and the
 * reminder for the monthly return look it up.
 */
export function periodKey(period: ReportPeriod): string {
  if (period.kind === 'month') return `${period.year}-${String(period.month).padStart(2, '0')}`;
  if (period.kind === 'quarter') return `${period.year}-Q${period.quarter}`;
  return String(period.year);
}
