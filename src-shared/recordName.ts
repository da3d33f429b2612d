import { registerDef, type PartyData, type RecordData, type RegisterKey } from './registers';

/**
 * A record named as a clerk knows it, without its book: “张三 2026-11-20”, “卷号（2026）某调字第3号 李四 2026-11-02”.
 * The first party's name where the book has parties, else the book's summary field; then the record's date.
 */
export function recordName(register: RegisterKey, data: RecordData): string {
  const def = registerDef(register);
  const party = def.fields.find((f) => f.type === 'parties');
  const people = party && Array.isArray(data[party.key]) ? (data[party.key] as PartyData[]) : [];
  const who = people[0]?.name?.trim() ?? '';
  const summary = String(data[def.summaryField] ?? '')
    .trim()
    .slice(0, 30);
  const caseNo = def.summaryField === 'case_no' && summary !== '' ? `卷号${summary}` : '';
  const date = typeof data[def.dateField] === 'string' ? String(data[def.dateField]) : '';
  return [caseNo, who || (caseNo ? '' : summary), date].filter(Boolean).join(' ');
}
