// One read of a chosen file for the import page: the file the clerk sent (uploads.ts), the table found in it or
// where the clerk put the header, each column's field (as the clerk set it, remembered, or matched), every data row
// read as the book's record, then the ledger's checks (疑似重复, 卷号). The renderer sends only decisions; the rows
// stay here and are read again on confirming (an API body is small, and the core never takes parsed rows on trust).
// The file itself is read once per upload: the preview read again after a correction, and the confirm, start from the
// sheet already read (a 10,000-row .xlsx takes about 0.6 s to unpack, npm run bench).
import type { Kysely } from 'kysely';
import type { ImportRowCheck } from '../../../src-shared/api';
import type { RegisterKey } from '../../../src-shared/registers';
import type { LedgerDatabase } from '../db/schema';
import { readSettings } from '../settings';
import type { Uploads } from '../uploads';
import { previewChecks } from './batch/checks';
import { CASE_NUMBER_FIELD, type CheckedRow } from './batch/rows';
import { readImportMapping } from './batch/mapping';
import { findTable, tableAt, type TableLayout } from './findTable';
import { LIMITS, type SheetGrid } from './grid';
import { columnSamples, matchColumns, type ColumnMatch, type RememberedMapping } from './matchColumns';
import { parseRows, type RowReading } from './parseRows';
import { readSpreadsheet } from './readSpreadsheet';

type Db = Kysely<LedgerDatabase>;

export interface ImportDecisions {
  upload: string;
  register: RegisterKey;
  /** Sheet rows (1-based) of the header's first and last line, when the clerk corrected what was found. */
  header?: { first: number; last: number } | undefined;
  /** Column label → field ('' = 不导入), when the clerk changed the proposal. */
  mapping?: Record<string, string> | undefined;
  /** The year of dates written without one (3月5日), when the title does not say it. */
  year?: number | null | undefined;
  /** Columns (0-based) whose values go to 备注 as 原表‘列名’：值. */
  remarkColumns?: number[] | undefined;
  /** Cells the clerk corrected in the preview: sheet row (1-based), column (0-based), the text now. */
  edits?: { row: number; column: number; text: string }[] | undefined;
}

export interface ImportReading {
  fileName: string;
  sheetName: string;
  /** A cell's text as read (after the clerk's corrections): sheet row 1-based, column 0-based. */
  cells: (row: number, column: number) => string;
  layout: TableLayout;
  columns: (ColumnMatch & { samples: string[] })[];
  rows: RowReading[];
  checks: Map<number, ImportRowCheck>;
}

/**
 * Sheets already read, by the bytes the upload holds: kept while the upload is (uploads.ts forgets it after an hour),
 * then collected with it.
 */
const sheetsRead = new WeakMap<Uint8Array, SheetGrid>();

async function sheetOf(file: { name: string; bytes: Uint8Array }): Promise<SheetGrid> {
  const known = sheetsRead.get(file.bytes);
  if (known) return known;
  const grid = await readSpreadsheet(file.bytes, file.name);
  sheetsRead.set(file.bytes, grid);
  return grid;
}

/**
 * The file read as the decisions say, every row checked by the book's schema; with `checks` (the preview) also
 * against the ledger (疑似重复, 卷号), which the import repeats itself. Nothing written.
 */
export async function readImport(
  db: Db,
  uploads: Uploads,
  decisions: ImportDecisions,
  who: { name: string; today: string },
  options: { checks: boolean } = { checks: true },
): Promise<ImportReading> {
  const file = uploads.get(decisions.upload);
  const grid = withEdits(await sheetOf(file), decisions.edits ?? []);
  const layout = decisions.header
    ? tableAt(grid, decisions.header.first - 1, decisions.header.last - 1)
    : findTable(grid);
  const samples = columnSamples(grid.rows, layout.dataRows, layout.columns);
  const remembered = toRemembered(decisions.mapping ?? (await readImportMapping(db, decisions.register)) ?? {});
  const matches = matchColumns(decisions.register, layout.columns, samples, remembered);
  const settings = await readSettings(db);
  const rows = parseRows(decisions.register, grid, layout, matches, {
    year: decisions.year ?? null,
    committees: settings.committees.flatMap((c) =>
      c.id === undefined ? [] : [{ id: c.id, name: c.name, shortName: c.shortName }],
    ),
    registeredBy: who.name,
    today: who.today,
    remarkColumns: decisions.remarkColumns ?? [],
  });
  const preview = options.checks ? await previewChecks(db, decisions.register, checkedRows(rows)) : { rows: [] };
  return {
    fileName: file.name,
    sheetName: grid.sheetName,
    cells: (row, column) => grid.rows[row - 1]?.[column] ?? '',
    layout,
    columns: matches.map((m, i) => ({ ...m, samples: (samples[i] ?? []).slice(0, 3) })),
    rows,
    checks: new Map(preview.rows.map((check) => [check.line, check])),
  };
}

/**
 * The rows read without errors, as the batch writes them: the record the book's schema accepted (parseRows ran it),
 * its own 卷号 beside it.
 */
export function checkedRows(rows: readonly RowReading[]): CheckedRow[] {
  return rows.flatMap((r) => {
    if (!r.data) return [];
    const caseNo = r.generated[CASE_NUMBER_FIELD]?.trim();
    return [{ line: r.row, data: r.data, errors: [], caseNo: caseNo ? caseNo : null }];
  });
}

const toRemembered = (mapping: Readonly<Record<string, string>>): RememberedMapping =>
  Object.fromEntries(Object.entries(mapping).map(([label, target]) => [label, target === '' ? null : target]));

function withEdits(grid: SheetGrid, edits: readonly { row: number; column: number; text: string }[]): SheetGrid {
  if (edits.length === 0) return grid;
  // Only the edited rows are copied: the sheet read stays as it was for the next reading.
  const rows = [...grid.rows];
  for (const { row, column, text } of edits) {
    const cells = rows[row - 1];
    if (!cells || column < 0 || column >= LIMITS.columns) continue;
    const copy = [...cells];
    while (copy.length < column) copy.push('');
    copy[column] = text;
    rows[row - 1] = copy;
  }
  return { ...grid, rows };
}
