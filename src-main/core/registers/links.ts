import type { Kysely } from 'kysely';
import { deriveData, describeRecord, type Conversion, type LinkedRecord } from '../../../src-shared/links';
import { registerDef, viewOf, type RecordData, type RegisterKey } from '../../../src-shared/registers';
import { text } from '../../../src-shared/registers/read';
import type { LedgerDatabase, RegisterTableName } from '../db/schema';
import { behaviours, namingCase } from './behaviour';
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

/** Records linked to one record, both ways (all through 卷号). */
export async function listLinks(db: Db, register: RegisterKey, id: number, today: string): Promise<LinkedRecord[]> {
  const record = await getRecord(db, register, id, today);
  const transfers = (await behaviours[register].links?.(db, id)) ?? [];
  if (transfers.length > 0) return transfers;
  const link = behaviours[register].caseLink;
  if (link === 'numbered') {
    const caseNo = text(viewOf('mediationCase', record.data), 'case_no');
    if (!caseNo) return [];
    const links: LinkedRecord[] = [];
    for (const [other, { field, prefix, name }] of namingCase) {
      const rows = await db
        .selectFrom(registerDef(other).table as RegisterTableName)
        .select('id')
        .where(field, '=', caseNo)
        .where('deleted_at', 'is', null)
        .orderBy('id')
        .execute();
      for (const row of rows) {
        const linked = await getRecord(db, other, Number(row.id), today);
        links.push({
          label: `${prefix}${name ? name(linked.data) : describeRecord(other, linked.data)}`,
          register: other,
          id: linked.id,
        });
      }
    }
    return links;
  }
  const caseNo = link ? record.data[link.field] : null;
  if (!link || typeof caseNo !== 'string' || !caseNo) return [];
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
    return {
      label: `${registerDef('mediationCase').title} ${caseNo}${link.caseSuffix?.(result) ?? ''}`,
      register: 'mediationCase' as const,
      id: Number(row.id),
    };
  });
}
