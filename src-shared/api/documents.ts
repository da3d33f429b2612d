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
      /** 按卷宗连续编页: page numbers continue from where the piece starts in the 卷宗, as its 卷内目录 says. */
      caseFilePaging: z.boolean({ error: '按卷宗连续编页应为是或否' }).optional(),
    }),
    access: 'staff',
    run: 'write',
  }),
  /** Whether this PC has the fonts the documents are set in: the document menu says what to install if not. */
  'documents.fonts': method<OfficialFontStatus>()({ input: z.strictObject({}), access: 'staff', run: 'read' }),
};
