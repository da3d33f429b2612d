import fs from 'node:fs';
import path from 'node:path';
import type { GeneratedFile } from '../../src-shared/documents';

/**
 * Keeps a generated file under the data folder (文书/…, 报表/…), so whatever a clerk printed or sent can be found
 * again, and returns its bytes too, for the browser to download.
 */
export function keepFile(dataDir: string, folder: string, fileName: string, bytes: Buffer): GeneratedFile {
  const dir = path.join(dataDir, folder);
  fs.mkdirSync(dir, { recursive: true });
  const savedPath = path.join(dir, fileName);
  fs.writeFileSync(savedPath, bytes);
  return { fileName, savedPath, base64: bytes.toString('base64') };
}
