// Where a reminder's work is done, so 首页 and the 时间线 can send the clerk there rather than to the record at large:
// the field of the form that completes it (回访日期, 报到（接收）日期, 实地查访 …), the record's 记录事件 set to the event it
// waits for, the record's 事件记录 where an application's 结果 is filled, another book's 新增, or the 月报 page.

import { eventSource, eventSources, type EventSource } from './eventFields';
import type { RegisterKey } from './registers/types';
import type { Reminder } from './rules';

export type WorkPlace =
  | { kind: 'field'; register: RegisterKey; id: number; field: string }
  | { kind: 'event'; register: RegisterKey; id: number; event: string }
  | { kind: 'new'; register: RegisterKey }
  | { kind: 'return' };

/** The 事件记录 list of a record, where an application's own 结果 is filled when it has no list of its own. */
const EVENTS_FIELD = 'events';

/**
 * Where an application's 结果 is filled: the list whose entries are applications (审批事项, read with a 结果 of their
 * own), else the 事件记录. Only the shipped 申请类 rules (CC-09…CC-13) are done by a 结果; an office's are done by an event.
 */
function resultHome(register: RegisterKey): string {
  const sources = (eventSources as Partial<Record<RegisterKey, readonly EventSource[]>>)[register] ?? [];
  const list = sources.find((s) => s.kind === 'entries' && s.resultField !== undefined);
  return list?.field ?? EVENTS_FIELD;
}

export function workPlace(reminder: Pick<Reminder, 'subject' | 'doneBy'>): WorkPlace | null {
  const { subject, doneBy } = reminder;
  if (!subject) {
    if (doneBy.kind === 'count') return { kind: 'new', register: doneBy.register };
    return doneBy.kind === 'export' ? { kind: 'return' } : null;
  }
  const { register, id } = subject;
  if (doneBy.kind === 'result') return { kind: 'field', register, id, field: resultHome(register) };
  if (doneBy.kind !== 'event') return null;
  const source = eventSource(register, doneBy.event);
  if (source && (source.kind !== 'filled' || source.usual)) return { kind: 'field', register, id, field: source.field };
  return { kind: 'event', register, id, event: doneBy.event };
}
