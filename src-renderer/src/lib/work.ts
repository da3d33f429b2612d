import { fieldDef, registerDef, type FieldDef } from '../../../src-shared/registers';
import type { WorkPlace } from '../../../src-shared/reminderWork';
import type { Route } from './router';

// Where a reminder sends the clerk (src-shared/reminderWork.ts), as an address and in words.

export function workRoute(place: WorkPlace): Route {
  switch (place.kind) {
    case 'field':
      return { page: 'record', register: place.register, id: place.id, work: { field: place.field } };
    case 'event':
      return { page: 'record', register: place.register, id: place.id, work: { event: place.event } };
    case 'new':
      return { page: 'record', register: place.register, id: null };
    case 'return':
      return { page: 'return' };
  }
}

/** What the button to a field says: add a 实地查访, fill an application's 结果 in 事件记录, fill a date. */
export function fieldWorkLabel(field: FieldDef): string {
  if (field.key === 'events') return '在“事件记录”中填写结果';
  return field.type === 'entries' ? `添加${field.label}` : `填写“${field.label}”`;
}

export function workLabel(place: WorkPlace): string {
  switch (place.kind) {
    case 'field':
      return fieldWorkLabel(fieldDef(registerDef(place.register), place.field) as FieldDef);
    case 'event':
      return `记录“${place.event}”`;
    case 'new':
      return `新增${registerDef(place.register).noun}`;
    case 'return':
      return '去导出月报';
  }
}
