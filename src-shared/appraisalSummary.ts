// 期满鉴定表's 矫正期间表现, first written from the record (the office then edits it): the monthly 考核 counted by
// grade, the 奖惩 approved, and how many 实地查访 were made. Seeds 002 四(五)(17).

import { APPROVED, type ApprovalType } from './correctionApprovals';
import type { EntryData } from './registers';

export interface AppraisalSources {
  readonly assessments: readonly EntryData[];
  readonly approvals: readonly EntryData[];
  readonly fieldVisits: readonly EntryData[];
  /** The office's grades in their order (设置 › 月度考核结果): the counts follow it; other grades come after. */
  readonly grades: readonly string[];
}

/** The 奖惩 a 鉴定 reports (the 提请 that follow them are the court's or police's matter), in the handbook's order. */
const SANCTIONS: readonly ApprovalType[] = ['表扬', '训诫', '警告'];

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** “矫正期间共考核11次，其中合格10次、基本合格1次；受到表扬1次；实地查访12次。” */
export function appraisalPerformance({ assessments, approvals, fieldVisits, grades }: AppraisalSources): string {
  const results = assessments.map((a) => text(a['result'])).filter(Boolean);
  const byGrade = countBy(results);
  const order = [...grades.filter((g) => byGrade.has(g)), ...[...byGrade.keys()].filter((g) => !grades.includes(g))];
  const assessed =
    assessments.length === 0
      ? '矫正期间未记录月度考核'
      : `矫正期间共考核${assessments.length}次` +
        (order.length > 0 ? `，其中${order.map((g) => `${g}${byGrade.get(g)}次`).join('、')}` : '');
  const approved = countBy(
    approvals.filter((a) => a['result'] === APPROVED).map((a) => text(a['type'])) as ApprovalType[],
  );
  const sanctions = SANCTIONS.filter((t) => approved.has(t)).map((t) => `${t}${approved.get(t)}次`);
  const parts = [
    assessed,
    sanctions.length > 0 ? `受到${sanctions.join('、')}` : '未受到表扬、训诫、警告',
    `实地查访${fieldVisits.length}次`,
  ];
  return `${parts.join('；')}。`;
}
