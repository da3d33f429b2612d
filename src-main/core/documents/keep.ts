import fs from 'node:fs';
import path from 'node:path';
import type { ApiParsedInput } from '../../../src-shared/handlers';
import type { GeneratedFile } from '../../../src-shared/documents';
import type { HandlerContext } from '../handlers';
import { getRecord } from '../registers/repository';
import { readSettings } from '../settings';
import { generateDocument } from './index';

/**
 * Makes a document from the saved record and keeps a copy under <data folder>/文书/…, so every document a clerk
 * printed can be found again; returns the bytes too, for the browser to download.
 */
export async function generateAndKeep(ctx: HandlerContext, input: ApiParsedInput<'documents.generate'>): Promise<GeneratedFile> {
  const record = await getRecord(ctx.db, input.register, input.id, ctx.today);
  const settings = await readSettings(ctx.db);
  const committeeId = record.data['committee_id'];
  const committee = settings.committees.find((c) => c.id === committeeId);
  const generated = await generateDocument({
    register: input.register,
    record,
    kind: input.kind,
    ...(input.index !== undefined ? { index: input.index } : {}),
    settings,
    committee: committee?.id !== undefined ? { ...committee, id: committee.id } : null,
    today: ctx.today,
  });
  const folder = path.join(ctx.dataDir, generated.folder);
  fs.mkdirSync(folder, { recursive: true });
  const savedPath = path.join(folder, generated.fileName);
  fs.writeFileSync(savedPath, generated.bytes);
  return { fileName: generated.fileName, savedPath, base64: generated.bytes.toString('base64') };
}
