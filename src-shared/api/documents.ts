import { z } from 'zod';
import { documentKinds, type DocumentOption, type GeneratedFile, type OfficialFontStatus } from '../documents';
import { method } from './declare';
import { recordId as id, recordRef, registerKey as register } from './refs';

// The Word documents made from a record.

export const documentMethods = {
  'documents.list': method<{ documents: DocumentOption[] }>()({ input: recordRef, access: 'staff', run: 'read' }),
  'documents.generate': method<GeneratedFile>()({
    input: z.strictObject({
      register,
      id,
      kind: z.enum(documentKinds, { error: '文书种类不存在' }),
      index: z.number().int().min(0, '序号无效').max(1000, '序号无效').optional(),
    }),
    access: 'staff',
    run: 'write',
  }),
  /** Whether this PC has the fonts the documents are set in: the document menu says what to install if not. */
  'documents.fonts': method<OfficialFontStatus>()({ input: z.strictObject({}), access: 'staff', run: 'read' }),
};
