import type { Kysely } from 'kysely';
import type { LinkedRecord } from '../../../src-shared/links';
import { registerDef } from '../../../src-shared/registers';
import type { LedgerDatabase } from '../db/schema';

// Both ends of a 转入安置帮教 (handover.ts), as registers.links names them: the 社区矫正对象's page names the 安置帮教对象
// it became, and that one's page names where it came from (resettlement_subject.correction_subject_id).

type Db = Kysely<LedgerDatabase>;

/** 已转入安置帮教对象花名册: the live 安置帮教对象 a 社区矫正对象 was transferred to, if any. */
export async function transferredTo(db: Db, correctionId: number): Promise<LinkedRecord[]> {
  const row = await db
    .selectFrom('resettlement_subject')
    .select('id')
    .where('correction_subject_id', '=', correctionId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row
    ? [{ label: `已转入${registerDef('resettlement').title}`, register: 'resettlement', id: Number(row.id) }]
    : [];
}

/** 转自社区矫正对象花名册: the 社区矫正对象 a 安置帮教对象 was transferred from, if it was. */
export async function transferredFrom(db: Db, resettlementId: number): Promise<LinkedRecord[]> {
  const row = await db
    .selectFrom('resettlement_subject')
    .select('correction_subject_id')
    .where('id', '=', resettlementId)
    .executeTakeFirst();
  const from = row?.correction_subject_id;
  return typeof from === 'number'
    ? [{ label: `转自${registerDef('correctionSubject').title}`, register: 'correctionSubject', id: from }]
    : [];
}
