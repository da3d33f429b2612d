// Where a record's form already holds an event: the date fields (and child lists) that ARE an event of some type for
// every deadline rule. A clerk fills the form, not a second 事件记录 with the same date: the reminder engine reads these
// as the events they stand for (src-main/core/reminders/loading.ts), the 时间线 shows them as entries “来自登记表”, and
// 记录事件 offers only the types that have no home of their own. Data, not code paths per register: a new field that
// is an event is one row here. Migration 0018 carries its own literal copy of the date rows (migrations never read
// code that may change); docs/deadline-rules.md lists, per rule, which of these start and complete it.

import { APPROVED, noticeTypes } from './correctionApprovals';
import { subjectEventTypes, type EventType } from './events';

/**
 * - date: a date field of the record; filled, it is one event of that type on that date.
 * - entries: a child list; each of its entries is one event of that type (EntrySource).
 * - filled: a field with no date of its own (矫正小组成员): once filled, the thing is done — it completes the rules
 *   waiting for that event whatever their date, and starts none. `usual`: whether filling it is how the work is
 *   normally done (the 矫正小组 is written into the form), or the event stays the usual way (a 司法确认告知 is told
 *   whether or not the parties apply).
 */
export type EventSource =
  | { readonly kind: 'date'; readonly event: EventType; readonly field: string }
  | EntrySource
  | { readonly kind: 'filled'; readonly event: EventType; readonly field: string; readonly usual: boolean };

/**
 * A child list whose entries are events. One entry may be several events, one per source naming its kind (an 审批事项
 * is an application received, and later an approval to post): each source reads it its own way.
 */
export interface EntrySource {
  readonly kind: 'entries';
  readonly event: EventType;
  readonly field: string;
  readonly entryKind: string;
  /** Only the entries whose own `type` is one of these (the 安置帮教 评估 list holds 入帮, 日常 and 即时 ones). */
  readonly entryTypes?: readonly string[];
  /** Only the entries whose `field` holds one of `values` (an 审批事项 the county decided 批准). */
  readonly when?: { readonly field: string; readonly values: readonly string[] };
  /** The entry's date the event is on: `date` when absent; an entry whose date is empty is no event (yet). */
  readonly dateField?: string;
  /**
   * The entry's field read as the event's 结果: a rule done by {kind: 'result'} is done once it is filled (报送日期,
   * 县级机构决定, 公示开始日期). Absent: the entry has no 结果 and completes rules by being there.
   */
  readonly resultField?: string;
  /**
   * How a reminder names the entry, before its task: its type, the noun and the verb of its date —
   * 外出（七日以内）申请（2026-12-01收到）; the date field's label then explains the count. Absent: the event's name.
   */
  readonly names?: { readonly noun: string; readonly verb: string };
  /** Another reading of entries the 时间线 already lists through an earlier source: not listed twice. */
  readonly quiet?: boolean;
}

export type EventSubject = keyof typeof subjectEventTypes;

/** An 审批事项 of these types as the application it is, received on its `date`; `done` is the field that completes it. */
function approval(event: EventType, types: readonly string[], done: string): EntrySource {
  return {
    kind: 'entries',
    event,
    field: 'approvals',
    entryKind: 'approval',
    entryTypes: types,
    resultField: done,
    names: { noun: '申请', verb: '收到' },
  };
}

export const eventSources: { readonly [S in EventSubject]: readonly EventSource[] } = {
  correctionSubject: [
    // 报到（接收）日期 is the day the person reported to this office (the county's own 报到 has no field here).
    { kind: 'date', event: '报到（司法所）', field: 'report_date' },
    { kind: 'filled', event: '矫正小组确定', field: 'team', usual: true },
    { kind: 'entries', event: '实地查访', field: 'field_visits', entryKind: 'fieldVisit' },
    // §13 审批事项 (docs/spec/deadlines.md CC-09…CC-13): an application starts its rule on the day it was received and
    // is done by the entry's own later dates — the county's 决定 (CC-09, CC-11) or the day the form went to the county
    // (CC-09A, CC-10, CC-12); an approval to be posted starts CC-13 on its 决定日期, done once the 公示 began.
    approval('外出申请', ['外出（七日以内）'], 'result'),
    { ...approval('外出审批表报备', ['外出（七日以内）'], 'submit_date'), quiet: true },
    approval('外出申请（七日以上）', ['外出（七日以上）', '外出延期'], 'submit_date'),
    approval('会客申请', ['会客'], 'result'),
    approval('执行地变更申请', ['执行地变更', '迁居'], 'submit_date'),
    {
      ...approval('奖惩审批通过', noticeTypes, 'notice_start'),
      when: { field: 'result', values: [APPROVED] },
      dateField: 'decision_date',
      names: { noun: '', verb: '批准' },
    },
    { kind: 'entries', event: '月度考核', field: 'assessments', entryKind: 'monthlyAssessment' },
    { kind: 'entries', event: '期满鉴定', field: 'appraisal', entryKind: 'appraisal' },
  ],
  mediationCase: [
    { kind: 'date', event: '受理', field: 'accept_date' },
    // A 调解协议 takes effect when signed (人民调解法第二十九条); an oral one when agreed, which is the same field.
    { kind: 'date', event: '协议生效', field: 'agreement_date' },
    { kind: 'date', event: '履行期限届满', field: 'performance_due_date' },
    { kind: 'date', event: '结案', field: 'close_date' },
    { kind: 'date', event: '回访', field: 'revisit_date' },
    // Parties who applied for 司法确认 were told they could: the notice is done, though it keeps its own event.
    { kind: 'filled', event: '司法确认告知', field: 'judicial_confirmation', usual: false },
  ],
  // §12 安置帮教 (docs/spec/deadlines.md §B): the person's form holds nearly all of it.
  resettlement: [
    { kind: 'date', event: '收到预释放名单', field: 'notice_date' },
    { kind: 'date', event: '衔接反馈', field: 'handover_date' },
    { kind: 'date', event: '报到', field: 'report_date' },
    { kind: 'date', event: '签订帮教协议', field: 'agreement_date' },
    // A refusal noted on the form closes the 报到 duty as a signature does (handbook (5): noted, filed, reported).
    { kind: 'filled', event: '签订帮教协议', field: 'agreement_refused', usual: false },
    { kind: 'date', event: '建档', field: 'file_date' },
    { kind: 'entries', event: '入帮评估', field: 'assessments', entryKind: 'assessment', entryTypes: ['入帮评估'] },
    { kind: 'entries', event: '日常评估', field: 'assessments', entryKind: 'assessment', entryTypes: ['日常评估'] },
    { kind: 'entries', event: '即时评估', field: 'assessments', entryKind: 'assessment', entryTypes: ['即时评估'] },
    { kind: 'entries', event: '走访', field: 'visits', entryKind: 'resettlementVisit' },
    { kind: 'entries', event: '帮扶', field: 'helps', entryKind: 'help' },
    { kind: 'entries', event: '通报列管', field: 'police_notices', entryKind: 'policeNotice' },
    { kind: 'date', event: '委托', field: 'entrust_date' },
    { kind: 'date', event: '委托答复', field: 'entrust_reply_date' },
    { kind: 'date', event: '解除帮教', field: 'end_date' },
  ],
};

/** One event an entry is, as the rules read it (src-main/core/reminders/loading.ts) and the 时间线 lists it. */
export interface EntryEvent {
  readonly source: EntrySource;
  readonly date: string;
  /** The `resultField`'s value, when the source has one and it is filled. */
  readonly result: string | null;
  /** The entry named for a reminder (外出（七日以内）申请（2026-12-01收到）), when the source names it. */
  readonly about: string | null;
}

const filledText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** Whether an entry of this kind is an event of this source: its type and condition hold. */
export function entryIs(source: EntrySource, kind: string, entry: Readonly<Record<string, unknown>>): boolean {
  if (source.entryKind !== kind) return false;
  if (source.entryTypes && !source.entryTypes.includes(String(entry['type']))) return false;
  const when = source.when;
  return !when || when.values.includes(String(entry[when.field]));
}

/** The events an entry of a child list is: none, one, or several (an approval is an application and an approval). */
export function entryEvents(
  sources: readonly EventSource[],
  kind: string,
  entry: Readonly<Record<string, unknown>>,
): EntryEvent[] {
  const events: EntryEvent[] = [];
  for (const source of sources) {
    if (source.kind !== 'entries' || !entryIs(source, kind, entry)) continue;
    const date = filledText(entry[source.dateField ?? 'date']);
    if (date === null) continue;
    const result = source.resultField ? filledText(entry[source.resultField]) : null;
    const about = source.names
      ? `${String(entry['type'] ?? '')}${source.names.noun}（${date}${source.names.verb}）`
      : null;
    events.push({ source, date, result, about });
  }
  return events;
}

/** Whether the entries of this source are read from their whole data, not only their type and date (see loading.ts). */
export const readsWholeEntry = (source: EntrySource): boolean =>
  source.dateField !== undefined ||
  source.resultField !== undefined ||
  source.when !== undefined ||
  source.names !== undefined;

/** The home of an event type on a kind of record, or null when it is recorded as a 事件记录 only. */
export function eventSource(subject: string, event: string): EventSource | null {
  const sources = (eventSources as Record<string, readonly EventSource[] | undefined>)[subject] ?? [];
  return sources.find((s) => s.event === event) ?? null;
}

/**
 * The event types 记录事件 offers on a kind of record: those with no date of their own on the form. A 'filled' field
 * holds no date, so its event stays recordable (the day the 矫正小组 was set, a 司法确认告知 without an application).
 */
export function recordableEvents(subject: EventSubject): EventType[] {
  return subjectEventTypes[subject].filter((event) => (eventSource(subject, event)?.kind ?? 'filled') === 'filled');
}

/** A 'filled' field's value counts once it holds something: text, a yes, a number. */
export function isFilled(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '' && value !== false && value !== 0;
}

/** The label a form-derived entry carries on the 时间线. */
export const FROM_FORM = '来自登记表';
