import type { documentMethods } from '../../../src-shared/api/documents';
import { listDocuments } from '../documents';
import { officialFontsOfThisPc } from '../documents/installedFonts';
import { generateAndKeep } from '../documents/keep';
import { getRecord } from '../registers/repository';
import { audited } from './audited';
import type { Implementations } from './implementation';

export const documentHandlers: Implementations<keyof typeof documentMethods> = {
  'documents.list': async ({ db, today }, { register, id }) => ({
    documents: listDocuments(register, await getRecord(db, register, id, today)),
  }),
  'documents.generate': (ctx, input) =>
    audited(ctx, generateAndKeep(ctx, input), (file) => ({
      action: 'generate',
      register: input.register,
      recordId: input.id,
      summary: file.fileName,
    })),
  'documents.fonts': () => Promise.resolve(officialFontsOfThisPc()),
};
