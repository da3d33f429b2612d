import { sql, type Kysely } from 'kysely';
import type { ImportBatchSummary, ImportResult } from '../../../../src-shared/api';
import { recordName } from '../../../../src-shared/recordName';
import { registerDef, registerKeys, type RegisterKey } from '../../../../src-shared/registers';
import { appendAudit, appendAudits, recordChanges, recordFact, type AuditFact } from '../../audit';
import type { HandlerContext } from '../../context';
import type { LedgerDatabase } from '../../db/schema';
import { UserError } from '../../errors';
import { deleteRecord, getRecord, importRecords } from '../../registers/repository';
import { CHUNK } from './caseNumbers';
import { caseNumberPlan } from './checks';
import type { CheckedRow, ImportInput } from './rows';

// Writing a confirmed import, and undoing one. Each runs inside the caller's transaction (a `write` method's): a row
// that fails throws, and the whole batch rolls back with it. Records go through the create path of a typed record
// (registers/repository.ts importRecord), so validation, search index, child lists and 修改记录 are the same; each
// record's first log line says 导入. Undoing moves records to 回收站 as registers.delete does, each logged as a 删除.

type Db = Kysely<LedgerDatabase>;
type Writer = Pick<HandlerContext, 'db' | 'today' | 'actor'>;

const WHOLE_BATCH_KEPT_OUT = '整批没有导入，请改正后重试';

/** Rows the book's schema has checked (checkRows, or the file's reading), written as one batch. */
export async function commitImport(
  ctx: Writer,
  input: Pick<ImportInput, 'register' | 'fileName'> & { rows: readonly CheckedRow[] },
): Promise<ImportResult> {
  const { db, actor } = ctx;
  const def = registerDef(input.register);
  const { rows } = input;
  const refused = rows.find((r) => r.errors.length > 0);
  if (refused) throw new UserError(`第${refused.line}行：${refused.errors.join('；')}。${WHOLE_BATCH_KEPT_OUT}`);
  const plan = await caseNumberPlan(db, input.register, rows);
  const [clash] = plan.errors;
  if (clash) throw new UserError(`第${clash[0]}行：${clash[1]}。${WHOLE_BATCH_KEPT_OUT}`);

  const createdAt = new Date().toISOString();
  const { id: batchId } = await db
    .insertInto('import_batch')
    .values({
      register: def.key,
      file_name: input.fileName,
      created_at: createdAt,
      created_by: actor.name,
      account_id: actor.id,
      row_count: rows.length,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const valid = rows.flatMap((row) => (row.data === null ? [] : [{ ...row, data: row.data }])); // all, as checked above
  const created = await importRecords(
    db,
    def.key,
    valid.map((row) => ({ data: row.data, given: plan.numbers.get(row.line)?.columns })),
    actor.name,
    (index, error) => new UserError(`第${valid[index]!.line}行：${error.message}。${WHOLE_BATCH_KEPT_OUT}`),
  );
  const ids = created.map((c) => c.id);
  // As a typed record's 新建 line, under 导入: the record's first line in 修改记录.
  const facts = created.map((record): AuditFact => ({
    action: 'import',
    register: def.key,
    recordId: record.id,
    summary: recordName(def.key, record.data),
    changes: recordChanges(def.key, null, record.data),
  }));
  await appendAudits(db, actor, facts);
  for (let i = 0; i < ids.length; i += CHUNK) {
    await db
      .insertInto('import_batch_record')
      .values(ids.slice(i, i + CHUNK).map((id) => ({ batch_id: batchId, register: def.key, record_id: id })))
      .execute();
  }
  await appendAudit(db, actor, {
    action: 'import',
    register: def.key,
    summary: `导入“${input.fileName}”到${def.title}，共 ${ids.length} 条（第 ${batchId} 批）`,
  });
  return { batchId, ids };
}

/** 撤销导入: the batch's records still in the book go to 回收站 together, each logged as a 删除; once only. */
export async function undoImport(ctx: Writer, batchId: number): Promise<ImportBatchSummary> {
  const { db, today, actor } = ctx;
  const batch = await db.selectFrom('import_batch').selectAll().where('id', '=', batchId).executeTakeFirst();
  if (!batch) throw new UserError(`没有这一批导入（第 ${batchId} 批）`);
  if (batch.undone_at !== null)
    throw new UserError(`第 ${batchId} 批导入已由${batch.undone_by ?? ''}撤销，不能重复撤销`);
  // A batch is years of another clerk's records: only whoever brought it in, or an administrator, takes it out.
  if (actor.role !== 'admin' && batch.account_id !== actor.id)
    throw new UserError(`第 ${batchId} 批导入是${batch.created_by}导入的，只有${batch.created_by}或管理员可以撤销`);
  const register = bookOf(batch.register);
  for (const id of await liveRecordsOf(db, batchId, register)) {
    const before = await getRecord(db, register, id, today);
    await deleteRecord(db, register, id);
    await appendAudit(db, actor, recordFact('delete', before));
  }
  await db
    .updateTable('import_batch')
    .set({ undone_at: new Date().toISOString(), undone_by: actor.name })
    .where('id', '=', batchId)
    .execute();
  await appendAudit(db, actor, {
    action: 'undoImport',
    register,
    summary: `撤销第 ${batchId} 批导入“${batch.file_name}”（${registerDef(register).title}），记录已移到回收站`,
  });
  return (await listImports(db, batchId))[0]!;
}

/** 导入记录, newest first (or one batch): counts, and whether undone. */
export async function listImports(db: Db, only?: number): Promise<ImportBatchSummary[]> {
  let query = db.selectFrom('import_batch').selectAll().orderBy('id', 'desc').limit(LIST_LIMIT);
  if (only !== undefined) query = query.where('id', '=', only);
  const batches = await query.execute();
  const summaries: ImportBatchSummary[] = [];
  for (const b of batches) {
    summaries.push({
      id: b.id,
      register: b.register,
      fileName: b.file_name,
      createdAt: b.created_at,
      createdBy: b.created_by,
      rowCount: b.row_count,
      liveCount: (await liveRecordsOf(db, b.id, bookOf(b.register))).length,
      undoneAt: b.undone_at,
      undoneBy: b.undone_by,
    });
  }
  return summaries;
}

/** 导入记录 shows this many batches: years of an office's imports. */
const LIST_LIMIT = 500;

function bookOf(register: string): RegisterKey {
  const key = registerKeys.find((k) => k === register);
  if (!key) throw new UserError(`登记簿“${register}”不存在`);
  return key;
}

/** The ids of a batch's records that are not in 回收站 (nor deleted for good). */
async function liveRecordsOf(db: Db, batchId: number, register: RegisterKey): Promise<number[]> {
  const table = sql.table(registerDef(register).table);
  const found = await sql<{ record_id: number }>`SELECT b.record_id FROM import_batch_record b
    JOIN ${table} r ON r.id = b.record_id
    WHERE b.batch_id = ${batchId} AND b.register = ${register} AND r.deleted_at IS NULL
    ORDER BY b.record_id`.execute(db);
  return found.rows.map((r) => Number(r.record_id));
}
