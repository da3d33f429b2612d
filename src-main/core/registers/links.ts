import type { Kysely } from 'kysely';
import { deriveData, describeRecord, type Conversion, type LinkedRecord } from '../../../src-shared/links';
import { registerDef, type RecordData, type RegisterKey } from '../../../src-shared/registers';
import type { LedgerDatabase } from '../db/schema';
import { derivationSource, getRecord, type RecordRef } from './repository';

type Db = Kysely<LedgerDatabase>;

export interface Derived {
  /** What the new record's form starts with; not saved. */
  data: RecordData;
  from: RecordRef;
  /** What registers.create (with derivedFrom) writes back: source[field] = new record's [value]. */
  link: Conversion['link'];
}

export async function deriveRecord(db: Db, from: RecordRef, to: RegisterKey, today: string): Promise<Derived> {
  const { conversion, record } = await derivationSource(db, from, to, today);
  return { data: deriveData(conversion, record.data), from, link: conversion.link };
}

/** Registers whose linked_case_no names a 卷号, and how a case calls them. */
const byCaseNo: readonly {
  register: RegisterKey;
  table: 'petition' | 'dispute_screening' | 'typical_case';
  prefix: string;
}[] = [
  { register: 'petition', table: 'petition', prefix: '来源：' },
  { register: 'disputeScreening', table: 'dispute_screening', prefix: '来源：' },
  { register: 'typicalCase', table: 'typical_case', prefix: '已推荐为典型案例：' },
];

/** Records linked to one record, both ways (all through 卷号). */
export async function listLinks(db: Db, register: RegisterKey, id: number, today: string): Promise<LinkedRecord[]> {
  const record = await getRecord(db, register, id, today);
  if (register === 'mediationCase') {
    const caseNo = record.data['case_no'];
    if (typeof caseNo !== 'string' || !caseNo) return [];
    const links: LinkedRecord[] = [];
    for (const { register: other, table, prefix } of byCaseNo) {
      const rows = await db
        .selectFrom(table)
        .select('id')
        .where('linked_case_no', '=', caseNo)
        .where('deleted_at', 'is', null)
        .orderBy('id')
        .execute();
      for (const row of rows) {
        const linked = await getRecord(db, other, Number(row.id), today);
        const name = other === 'typicalCase' ? String(linked.data['title'] ?? '') : describeRecord(other, linked.data);
        links.push({ label: `${prefix}${name}`, register: other, id: linked.id });
      }
    }
    return links;
  }
  const caseNo = record.data['linked_case_no'];
  if (!byCaseNo.some((b) => b.register === register) || typeof caseNo !== 'string' || !caseNo) return [];
  const cases = await db
    .selectFrom('mediation_case')
    .select(['id', 'result'])
    .where('case_no', '=', caseNo)
    .where('deleted_at', 'is', null)
    .execute();
  const resultField = registerDef('mediationCase').fields.find((f) => f.key === 'result');
  return cases.map((row) => {
    const result =
      resultField?.options?.find((o) => o.value === row['result'])?.label ?? (row['result'] as string | null);
    const suffix = register === 'disputeScreening' ? `，调解结果：${result ?? '尚未结案'}` : '';
    return {
      label: `${registerDef('mediationCase').title} ${caseNo}${suffix}`,
      register: 'mediationCase' as const,
      id: Number(row.id),
    };
  });
}
