import type { importReadingMethods, ImportReadingView, ImportRowView } from '../../../src-shared/api/importReading';
import { registerDef } from '../../../src-shared/registers';
import { sheetRowNumber } from '../import/grid';
import { commitImport } from '../import/batch/commit';
import { saveImportMapping } from '../import/batch/mapping';
import { checkedRows, readImport } from '../import/reading';
import { UserError } from '../errors';
import { importTargets } from '../import/targets';
import type { Implementations } from './implementation';

export const importReadingHandlers: Implementations<keyof typeof importReadingMethods> = {
  'imports.confirm': async (ctx, { skip, ...decisions }) => {
    const who = { name: ctx.actor.name, today: ctx.today };
    // The ledger's checks run once, in the import itself.
    const reading = await readImport(ctx.db, ctx.uploads, decisions, who, { checks: false });
    const skipped = new Set(skip);
    const rows = checkedRows(reading.rows).filter((r) => !skipped.has(r.line));
    if (rows.length === 0) throw new UserError('没有可导入的行：有错误的行请先改正，或在原表中改好后重新选择文件');
    const result = await commitImport(ctx, { register: decisions.register, fileName: reading.fileName, rows });
    await saveImportMapping(
      ctx.db,
      decisions.register,
      Object.fromEntries(reading.columns.map((c) => [c.label, c.target ?? ''])),
    );
    return result;
  },
  'imports.read': async ({ db, uploads, actor, today }, decisions) => {
    const reading = await readImport(db, uploads, decisions, { name: actor.name, today });
    const { layout } = reading;
    const dateFields = new Set(
      registerDef(decisions.register)
        .fields.filter((f) => f.type === 'date')
        .map((f) => f.key),
    );
    const dateTargets = reading.columns.map((c) => (c.target !== null && dateFields.has(c.target) ? c.target : null));
    const rows = reading.rows.map((r): ImportRowView => {
      const check = reading.checks.get(r.row);
      const errors = [...r.errors.map((e) => e.message), ...(check?.errors ?? [])];
      return {
        row: r.row,
        cells: layout.columns.map((c) => reading.cells(r.row, c.column)),
        readAs: layout.columns.map((c, i) => {
          const target = dateTargets[i];
          const value = target === null || target === undefined ? null : r.raw[target];
          return typeof value === 'string' && value !== reading.cells(r.row, c.column) ? value : null;
        }),
        status: errors.length > 0 ? '有错误' : (check?.status ?? '可导入'),
        errors,
        duplicates: check?.duplicates ?? [],
        caseNo: check?.caseNo ?? null,
      };
    });
    const view: ImportReadingView = {
      fileName: reading.fileName,
      sheetName: reading.sheetName,
      header: {
        first: sheetRowNumber(layout.headerRows[0] ?? 0),
        last: sheetRowNumber(layout.headerRows.at(-1) ?? 0),
      },
      titleRows: layout.titleRows.map(sheetRowNumber),
      year: layout.year,
      footerRows: layout.footerRows.map((f) => ({ row: sheetRowNumber(f.row), reason: f.reason })),
      columns: reading.columns.map((c) => ({
        column: c.column,
        label: c.label,
        target: c.target,
        reason: c.reason,
        samples: c.samples,
      })),
      targets: importTargets(decisions.register),
      rows,
      counts: {
        ready: rows.filter((r) => r.status === '可导入').length,
        errors: rows.filter((r) => r.status === '有错误').length,
        duplicates: rows.filter((r) => r.status === '疑似重复').length,
      },
    };
    return view;
  },
};
