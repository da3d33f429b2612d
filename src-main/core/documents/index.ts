// Word documents made from register records: which ones a record can have (listDocuments), and making one
// (generateDocument). What each register offers is its row of the behaviour table; the checks are in offer.ts.
import type { DocumentKind, DocumentOption } from '../../../src-shared/documents';
import type { RecordRow } from '../../../src-shared/handlers';
import { registerDef, type RegisterKey } from '../../../src-shared/registers';
import { UserError } from '../errors';
import { behaviours } from '../registers/behaviour';
import { DOCUMENT_NAMES, type GenerateInput, type GeneratedDocument } from './offer';

// The kinds and the menu entries are the contract with the renderer, defined once in src-shared.
export type { DocumentKind, DocumentOption, GenerateInput, GeneratedDocument };
export { sanitizeFileName } from './offer';

export function listDocuments(register: RegisterKey, record: RecordRow): DocumentOption[] {
  return behaviours[register].documents?.list(record) ?? [];
}

export async function generateDocument(input: GenerateInput): Promise<GeneratedDocument> {
  const { register, kind } = input;
  const documents = behaviours[register].documents;
  if (!documents?.kinds.includes(kind)) {
    throw new UserError(`${registerDef(register).title}不能生成“${DOCUMENT_NAMES[kind]}”`);
  }
  return documents.make(input);
}
