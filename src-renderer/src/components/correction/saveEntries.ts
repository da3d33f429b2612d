import type { RecordRow } from '../../../../src-shared/handlers';
import { registerDef } from '../../../../src-shared/registers';
import { api } from '../../lib/api';
import { fromRecord, toApiData, type FormEntry } from '../../lib/formValues';

// The record panel's edits to one child list of the record (审批事项, 期满鉴定) go through the record's own save, as
// the form below would send them: the same checks, 修改记录 and reminders.

/** Saves the record with `entries` as its list `field`; answers the saved record. */
export function saveEntries(record: RecordRow, field: string, entries: FormEntry[]): Promise<RecordRow> {
  const def = registerDef(record.register);
  const values = { ...fromRecord(def, record.data), [field]: entries };
  return api('registers.update', { register: record.register, id: record.id, data: toApiData(def, values) });
}

/** The record's list `field` as the form holds it. */
export function formEntries(record: RecordRow, field: string): FormEntry[] {
  return (fromRecord(registerDef(record.register), record.data)[field] ?? []) as FormEntry[];
}
