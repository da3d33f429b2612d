import { z } from 'zod';
import { method } from './declare';

// A file the clerk chose (an old ledger to import): the renderer sends its bytes once, over the Electron bridge or
// `npm run web`'s POST /upload (src-main/web.ts: an API body is JSON and cannot carry them), and later calls name it
// by the id answered. The core holds it for a while (src-main/core/uploads.ts).

export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  sha256: string;
}

/** `npm run web` takes a file's bytes here: POST, the token and session headers, the name in UPLOAD_NAME_HEADER. */
export const UPLOAD_PATH = '/upload';
/** The file's name, percent-encoded (a header carries ASCII only). */
export const UPLOAD_NAME_HEADER = 'x-ledger-file-name';

export const uploadMethods = {
  'uploads.put': method<UploadedFile>()({
    input: z.strictObject({
      name: z.string().trim().min(1, '文件名不能为空').max(255, '文件名不能超过255个字符'),
      bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: '没有收到文件内容' }),
    }),
    access: 'staff',
    run: 'read',
  }),
};
