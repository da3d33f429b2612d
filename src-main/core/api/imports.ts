import type { importMethods } from '../../../src-shared/api/imports';
import { previewChecks } from '../import/batch/checks';
import { commitImport, listImports, undoImport } from '../import/batch/commit';
import { readImportMapping, saveImportMapping } from '../import/batch/mapping';
import { checkRows } from '../import/batch/rows';
import type { Implementations } from './implementation';

export const importHandlers: Implementations<keyof typeof importMethods> = {
  'imports.preview': async ({ db }, input) => previewChecks(db, input.register, await checkRows(db, input)),
  'imports.commit': async (ctx, input) => commitImport(ctx, { ...input, rows: await checkRows(ctx.db, input) }),
  'imports.list': async ({ db }) => ({ batches: await listImports(db) }),
  'imports.undo': (ctx, { batchId }) => undoImport(ctx, batchId),
  'imports.mapping.get': async ({ db }, { register }) => ({ mapping: await readImportMapping(db, register) }),
  'imports.mapping.save': async ({ db }, { register, mapping }) => ({
    mapping: await saveImportMapping(db, register, mapping),
  }),
};
