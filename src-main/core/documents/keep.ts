import type { ApiParsedInput } from '../../../src-shared/handlers';
import type { GeneratedFile } from '../../../src-shared/documents';
import { keepFile } from '../files';
import type { HandlerContext } from '../context';
import { getRecord, liveRecords } from '../registers/repository';
import { readSettings } from '../settings';
import { generateDocument } from './index';

/** Makes a document from the saved record and keeps a copy under <data folder>/文书/…. */
export async function generateAndKeep(
  ctx: HandlerContext,
  input: ApiParsedInput<'documents.generate'>,
): Promise<GeneratedFile> {
  const record = await getRecord(ctx.db, input.register, input.id, ctx.today);
  const settings = await readSettings(ctx.db);
  const committeeId = record.data['committee_id'];
  const committee = settings.committees.find((c) => c.id === committeeId);
  const generated = await generateDocument({
    register: input.register,
    record,
    kind: input.kind,
    ...(input.index !== undefined ? { index: input.index } : {}),
    caseFilePaging: input.caseFilePaging ?? false,
    settings,
    committee: committee?.id !== undefined ? { ...committee, id: committee.id } : null,
    today: ctx.today,
    book: () => liveRecords(ctx.db, input.register, ctx.today),
  });
  return keepFile(ctx.dataDir, generated.folder, generated.fileName, generated.bytes);
}
