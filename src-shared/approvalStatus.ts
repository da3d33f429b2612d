// Where an 审批事项 stands, read from its own dates and decision (correctionSubject's `approvals`): the words the
// record page and the office's 审批事项 list show, and the group the list filters by.

import { labels } from './codes';
import { APPROVED, approvalTypeDefs, approvalTypes, type ApprovalType } from './correctionApprovals';

/** The list's 状态 filter, in the order a matter passes through them. */
export const approvalStages = ['待报送', '待决定', '公示中', '已办结', '不批准'] as const;
export type ApprovalStage = (typeof approvalStages)[number];
export const approvalStageOptions = labels(...approvalStages);

export const REFUSED = '不批准';

/** The fields of an entry the status reads (all as stored: null or '' when not filled). */
export interface ApprovalFacts {
  readonly type?: unknown;
  readonly submit_date?: unknown;
  readonly result?: unknown;
  readonly notice_start?: unknown;
  readonly notice_end?: unknown;
  readonly inform_date?: unknown;
}

export interface ApprovalStatus {
  readonly stage: ApprovalStage;
  /** In words: 待报送, 待决定, 已批准·公示至2026-12-09, 已批准·待公示, 已告知, 不批准 … */
  readonly words: string;
}

const filled = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function isApprovalType(value: unknown): value is ApprovalType {
  return approvalTypes.includes(value as ApprovalType);
}

/** The status of an entry on `today`: a 公示 runs to the end of its last day. */
export function approvalStatus(entry: ApprovalFacts, today: string): ApprovalStatus {
  const informed = filled(entry.inform_date);
  if (entry.result === REFUSED) return { stage: '不批准', words: informed ? '不批准·已告知' : '不批准' };
  if (entry.result === APPROVED) {
    const posted = isApprovalType(entry.type) && approvalTypeDefs[entry.type].publicNotice;
    if (posted && !filled(entry.notice_start)) return { stage: '公示中', words: '已批准·待公示' };
    if (posted && (!filled(entry.notice_end) || entry.notice_end >= today))
      return {
        stage: '公示中',
        words: filled(entry.notice_end) ? `已批准·公示至${entry.notice_end}` : '已批准·公示中',
      };
    return { stage: '已办结', words: informed ? '已告知' : '已批准' };
  }
  if (filled(entry.submit_date)) return { stage: '待决定', words: '待决定' };
  return { stage: '待报送', words: '待报送' };
}
