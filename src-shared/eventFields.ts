// Where a record's form already holds an event: the date fields (and child lists) that ARE an event of some type for
// every deadline rule. A clerk fills the form, not a second 事件记录 with the same date: the reminder engine reads these
// as the events they stand for (src-main/core/reminders/loading.ts), the 时间线 shows them as entries “来自登记表”, and
// 记录事件 offers only the types that have no home of their own. Data, not code paths per register: a new field that
// is an event is one row here. Migration 0018 carries its own literal copy of the date rows (migrations never read
// code that may change); docs/spec/deadlines.md lists, per rule, which of these start and complete it.

import { subjectEventTypes, type EventType } from './events';

/**
 * - date: a date field of the record; filled, it is one event of that type on that date.
 * - entries: a child list; each of its entries is one event of that type on the entry's `date` — or, with `entryType`,
 *   only the entries whose own `type` is that (the 安置帮教 评估 list holds 入帮, 日常 and 即时 ones).
 * - filled: a field with no date of its own (矫正小组成员): once filled, the thing is done — it completes the rules
 *   waiting for that event whatever their date, and starts none. `usual`: whether filling it is how the work is
 *   normally done (the 矫正小组 is written into the form), or the event stays the usual way (a 司法确认告知 is told
 *   whether or not the parties apply).
 */
export type EventSource =
  | { readonly kind: 'date'; readonly event: EventType; readonly field: string }
  | {
      readonly kind: 'entries';
      readonly event: EventType;
      readonly field: string;
      readonly entryKind: string;
      readonly entryType?: string;
    }
  | { readonly kind: 'filled'; readonly event: EventType; readonly field: string; readonly usual: boolean };

export type EventSubject = keyof typeof subjectEventTypes;

export const eventSources: { readonly [S in EventSubject]: readonly EventSource[] } = {
  correctionSubject: [
    // 报到（接收）日期 is the day the person reported to this office (the county's own 报到 has no field here).
    { kind: 'date', event: '报到（司法所）', field: 'report_date' },
    { kind: 'filled', event: '矫正小组确定', field: 'team', usual: true },
    { kind: 'entries', event: '实地查访', field: 'field_visits', entryKind: 'fieldVisit' },
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
    { kind: 'entries', event: '入帮评估', field: 'assessments', entryKind: 'assessment', entryType: '入帮评估' },
    { kind: 'entries', event: '日常评估', field: 'assessments', entryKind: 'assessment', entryType: '日常评估' },
    { kind: 'entries', event: '即时评估', field: 'assessments', entryKind: 'assessment', entryType: '即时评估' },
    { kind: 'entries', event: '走访', field: 'visits', entryKind: 'resettlementVisit' },
    { kind: 'entries', event: '帮扶', field: 'helps', entryKind: 'help' },
    { kind: 'entries', event: '通报列管', field: 'police_notices', entryKind: 'policeNotice' },
    { kind: 'date', event: '委托', field: 'entrust_date' },
    { kind: 'date', event: '委托答复', field: 'entrust_reply_date' },
    { kind: 'date', event: '解除帮教', field: 'end_date' },
  ],
};

/** The event an entry of a child list is, or null when none: its kind's source, narrowed by the entry's own type. */
export function entryEvent(sources: readonly EventSource[], kind: string, type: unknown): EventType | null {
  for (const s of sources)
    if (s.kind === 'entries' && s.entryKind === kind && (s.entryType === undefined || s.entryType === type))
      return s.event;
  return null;
}

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
