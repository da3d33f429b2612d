import type { uploadMethods } from '../../../src-shared/api/uploads';
import type { Implementations } from './implementation';

export const uploadHandlers: Implementations<keyof typeof uploadMethods> = {
  'uploads.put': async ({ uploads }, { name, bytes }) => uploads.put(name, bytes),
};
