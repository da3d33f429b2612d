import type { Kysely } from 'kysely';
import type { ImportPreview, ImportRowCheck } from '../../../../src-shared/api';
import { registerDef, type RecordData } from '../../../../src-shared/registers';
import type { LedgerDatabase } from '../../db/schema';
import { planCaseNumbers, type CaseNumberPlan } from './caseNumbers';
import { findDuplicates } from './duplicates';
import { numbersCases, type CheckedRow, type ImportInput } from './rows';

// The preview's verdict on each row before anything is written: 有错误 (the book's own checks, a 卷号 clash),
// 疑似重复, or 可导入.

type Db = Kysely<LedgerDatabase>;

/** Rows the book's schema accepted, with their data. */
export function validRows(rows: readonly CheckedRow[]): (CheckedRow & { data: RecordData })[] {
  return rows.filter((r): r is CheckedRow & { data: RecordData } => r.data !== null);
}

/** The 卷号 plan of a book that numbers its cases; an empty one for the others. */
export async function caseNumberPlan(db: Db, register: ImportInput['register'], rows: readonly CheckedRow[]) {
  const empty: CaseNumberPlan = { numbers: new Map(), errors: new Map() };
  return numbersCases(registerDef(register)) ? planCaseNumbers(db, validRows(rows)) : empty;
}

/** The verdicts on rows the book's schema has already checked (checkRows, or the file's reading). */
export async function previewChecks(
  db: Db,
  register: ImportInput['register'],
  checked: readonly CheckedRow[],
): Promise<ImportPreview> {
  const def = registerDef(register);
  const plan = await caseNumberPlan(db, register, checked);
  const duplicates = await findDuplicates(db, def, validRows(checked));
  const rows = checked.map((row): ImportRowCheck => {
    const clash = plan.errors.get(row.line);
    const errors = clash ? [...row.errors, clash] : row.errors;
    const suspected = duplicates.get(row.line) ?? [];
    return {
      line: row.line,
      status: errors.length > 0 ? '有错误' : suspected.length > 0 ? '疑似重复' : '可导入',
      errors,
      duplicates: suspected,
      caseNo: plan.numbers.get(row.line)?.caseNo ?? row.caseNo,
    };
  });
  const count = (status: ImportRowCheck['status']) => rows.filter((r) => r.status === status).length;
  return { rows, counts: { ready: count('可导入'), errors: count('有错误'), duplicates: count('疑似重复') } };
}
