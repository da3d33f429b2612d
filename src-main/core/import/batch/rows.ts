import type { ApiParsedInput } from '../../../../src-shared/api';
import { describeIssues } from '../../../../src-shared/errors';
import { registerDef, type RecordData, type RegisterDef } from '../../../../src-shared/registers';
import { recordSchema } from '../../../../src-shared/registers/schema';
import type { Kysely } from 'kysely';
import type { LedgerDatabase } from '../../db/schema';
import { behaviours } from '../../registers/behaviour';

type Db = Kysely<LedgerDatabase>;

// A parsed row of an import file, as the book's own schema sees it. A row may carry what a typed record never does:
// the 卷号 of an old case. It is taken out before validation (the form has no 卷号 field to fill) and kept beside.

export type ImportInput = ApiParsedInput<'imports.commit'>;
export type ImportRow = ImportInput['rows'][number];

/** The field the case book numbers its cases in (registers/caseNumber.ts fills it). */
export const CASE_NUMBER_FIELD = 'case_no';

export interface CheckedRow {
  line: number;
  /** The data the book's schema accepted, or null with `errors`. */
  data: RecordData | null;
  errors: string[];
  /** The row's own 卷号 (the case book only), trimmed; null when blank. */
  caseNo: string | null;
}

/** Whether a book numbers its records (the case book): its rows get or keep a 卷号. */
export function numbersCases(def: RegisterDef): boolean {
  return behaviours[def.key].caseLink === 'numbered';
}

/**
 * Takes the generated fields out of a row (a 卷号 kept aside) and validates the rest as registers.create would,
 * committees included (`committees`: the ids 设置 lists).
 */
export function checkRow(def: RegisterDef, row: ImportRow, committees: ReadonlySet<number>): CheckedRow {
  const input: Record<string, unknown> = {};
  let caseNo: string | null = null;
  for (const [key, value] of Object.entries(row.data)) {
    const field = def.fields.find((f) => f.key === key);
    if (!field?.generated) input[key] = value;
    else if (key === CASE_NUMBER_FIELD && numbersCases(def) && typeof value === 'string' && value.trim() !== '')
      caseNo = value.trim();
  }
  const parsed = recordSchema(def).safeParse(input);
  if (parsed.success) {
    const missing = def.fields.filter(
      (f) =>
        f.type === 'committee' && typeof parsed.data[f.key] === 'number' && !committees.has(Number(parsed.data[f.key])),
    );
    const errors = missing.map((f) => `${f.label}不存在，请在“设置”中添加`);
    return { line: row.line, data: errors.length > 0 ? null : parsed.data, errors, caseNo };
  }
  const issues = describeIssues(parsed.error, def);
  const errors = [...new Set(Object.values(issues.fields ?? {}))];
  return { line: row.line, data: null, errors: errors.length > 0 ? errors : [issues.message], caseNo };
}

export async function checkRows(db: Db, input: Pick<ImportInput, 'register' | 'rows'>): Promise<CheckedRow[]> {
  const def = registerDef(input.register);
  const committees = new Set((await db.selectFrom('committee').select('id').execute()).map((c) => c.id));
  return input.rows.map((row) => checkRow(def, row, committees));
}
