// Event types recorded on a person or a case (事件记录). The deadline rules (src-shared/rules.ts) name these
// strings as triggers and completions, and the forms offer them as the entry's 类型 — one list for both, so a
// rule can never point at an event the form cannot record.

import { labels } from './codes';

export const correctionEventTypes = [
  '报到（县社区矫正机构）',
  '报到（司法所）',
  '矫正小组确定',
  '入矫宣告',
  '矫正方案制定',
  '通信联络',
  '实地查访',
  '月度考核',
  '外出申请',
  // 外出七日以内: the form is filled and sent to the county for 备案 the day the application is received (CC-09A).
  '外出审批表报备',
  // 外出七日以上 and 外出延期: the county decides, on the office's 审核 (CC-10).
  '外出申请（七日以上）',
  '会客申请',
  '执行地变更申请',
  '奖惩审批通过',
  '禁止令期满告知',
  '入矫教育',
  '解矫教育',
  '期满鉴定',
  '解除宣告',
  '安置帮教衔接',
  '入帮评估',
] as const;

// 结案 has no entry of its own: it is the case's 结案日期 (eventFields.ts), named so a rule can wait for it.
export const mediationEventTypes = ['受理', '协议生效', '履行期限届满', '结案', '回访', '司法确认告知'] as const;

/**
 * §12 安置帮教 (docs/spec/deadlines.md §B). Most are a date or a child list of the person's form (eventFields.ts); the
 * three 评估 are one list whose entries say which they are.
 */
export const resettlementEventTypes = [
  '收到预释放名单',
  '衔接反馈',
  '报到',
  '签订帮教协议',
  '入帮教育',
  '建档',
  '入帮评估',
  '日常评估',
  '即时评估',
  '走访',
  '帮扶',
  '通报列管',
  '委托',
  '委托答复',
  '解除帮教',
] as const;

export type CorrectionEventType = (typeof correctionEventTypes)[number];
export type ResettlementEventType = (typeof resettlementEventTypes)[number];

/**
 * Events at or after the end of the term: a person who has finished it (期满解矫) becomes a 安置帮教对象 of the same
 * office, so rules these events trigger keep running after 当前状态 changes from 在矫; every other rule stops there.
 */
export const afterTermEvents: readonly CorrectionEventType[] = ['解除宣告', '安置帮教衔接', '入帮评估'];
export type MediationEventType = (typeof mediationEventTypes)[number];
export type EventType = CorrectionEventType | MediationEventType | ResettlementEventType;

/** The events a rule on each kind of record may start from or be completed by. */
export const subjectEventTypes = {
  correctionSubject: correctionEventTypes,
  mediationCase: mediationEventTypes,
  resettlement: resettlementEventTypes,
} as const;

/** The entry kind every 事件记录 is stored under in record_entry. */
export const EVENT_KIND = 'event';

export const correctionEventOptions = labels(...correctionEventTypes);
export const mediationEventOptions = labels(...mediationEventTypes);
export const resettlementEventOptions = labels(...resettlementEventTypes);
