// Word documents made from register records: which ones a record can have (listDocuments), and making one
// (generateDocument). Every check runs before anything is built, so a missing piece of data is reported in Chinese,
// naming it, and no half-made file is ever returned.
import { Packer, type Document } from 'docx';
import type { DocumentKind, DocumentOption } from '../../../src-shared/documents';
import type { RecordRow } from '../../../src-shared/handlers';
import { registerDef, type EntryData, type RegisterKey } from '../../../src-shared/registers';
import type { Committee, Settings } from '../../../src-shared/settings';
import { UserError } from '../errors';
import { acceptance } from './builders/acceptance';
import { agreement } from './builders/agreement';
import { application } from './builders/application';
import { backCover } from './builders/backCover';
import { cover } from './builders/cover';
import { fieldVisit } from './builders/fieldVisit';
import { investigation } from './builders/investigation';
import { oralAgreement } from './builders/oralAgreement';
import { revisit } from './builders/revisit';
import { rightsNotice } from './builders/rightsNotice';
import { session } from './builders/session';
import { visitRecord, type VisitContext } from './builders/visitRecord';
import { agreementMissing, caseFileDocument, partChildren, standaloneContents } from './caseFile';
import { caseFolder, committeeName, dateCn, entries, mediationCase, parties, text, yearOf } from './data';
import type { CaseContext, Part } from './parts';
import { document } from './style';

// The kinds and the menu entries are the contract with the renderer, defined once in src-shared.
export type { DocumentKind, DocumentOption };

export interface GeneratedDocument {
  fileName: string;
  /** relative folder under the data dir, e.g. 文书/2026/（2026）东人调字第1号 */
  folder: string;
  bytes: Buffer;
}

export interface GenerateInput {
  register: RegisterKey;
  record: RecordRow;
  kind: DocumentKind;
  index?: number;
  settings: Settings;
  committee: Committee | null;
  /** YYYY-MM-DD: ages are worked out on it, and it files records without a date. */
  today: string;
}

/** 文书名: the name files are given and menus show. */
const DOCUMENT_NAMES: Readonly<Record<DocumentKind, string>> = {
  application: '人民调解申请书',
  acceptance: '人民调解受理登记表',
  rightsNotice: '人民调解当事人权利义务告知书',
  investigation: '人民调解调查记录',
  session: '人民调解记录',
  agreement: '人民调解协议书',
  oralAgreement: '人民调解口头协议登记表',
  revisit: '人民调解回访记录',
  cover: '调解卷宗封面',
  contents: '卷内目录',
  backCover: '卷宗封底',
  caseFile: '人民调解卷宗',
  visitRecord: '来访接待记录',
  fieldVisit: '社区矫正实地查访情况登记表',
};

/** The documents of each register, in menu order; registers not listed have none. */
const KINDS_OF: Partial<Record<RegisterKey, readonly DocumentKind[]>> = {
  mediationCase: [
    'application',
    'acceptance',
    'rightsNotice',
    'investigation',
    'session',
    'agreement',
    'oralAgreement',
    'revisit',
    'cover',
    'contents',
    'backCover',
    'caseFile',
  ],
  petition: ['visitRecord'],
  correctionSubject: ['fieldVisit'],
};

/** Kinds made once per entry of a child list, with the list's key and how its entries are named. */
const PER_ENTRY: Partial<Record<DocumentKind, { key: string; label: string; missing: string }>> = {
  investigation: { key: 'investigations', label: '调查记录', missing: '还没有调查记录，请先在“调查记录”中添加' },
  session: { key: 'sessions', label: '调解记录', missing: '还没有调解记录，请先在“调解记录”中添加' },
  fieldVisit: { key: 'field_visits', label: '实地查访记录', missing: '还没有实地查访记录，请先在“实地查访”中添加' },
};

/** Why a record cannot have this (non per-entry) document, or null. */
function missingFor(register: RegisterKey, record: RecordRow, kind: DocumentKind): string | null {
  if (register === 'petition') {
    return parties(record.data, 'visitors').length === 0 ? '来访接待记录缺少来访人，请先在“来访人”中填写' : null;
  }
  if (register !== 'mediationCase') return null;
  const c = mediationCase(record);
  switch (kind) {
    case 'application':
      return c.caseSource === '依申请调解'
        ? null
        : `案件来源为“${c.caseSource ?? '未填写'}”，不是当事人申请，不需要申请书`;
    case 'agreement':
      return agreementMissing(c, 'written');
    case 'oralAgreement':
      return agreementMissing(c, 'oral');
    case 'revisit':
      return c.revisitContent ? null : '回访记录缺少回访情况，请先在“回访”中填写';
    default:
      return null;
  }
}

/** “（第2次，2026年3月12日）”: tells entries of one list apart in menus and file names. */
function entrySuffix(kind: DocumentKind, entry: EntryData, index: number): string {
  const date = dateCn(text(entry, 'date'));
  return kind === 'fieldVisit' ? `（${date}）` : `（第${index + 1}次，${date}）`;
}

export function listDocuments(register: RegisterKey, record: RecordRow): DocumentOption[] {
  const kinds = KINDS_OF[register] ?? [];
  return kinds.flatMap((kind): DocumentOption[] => {
    const perEntry = PER_ENTRY[kind];
    if (perEntry) {
      const list = entries(record.data, perEntry.key);
      if (list.length === 0)
        return [{ kind, title: DOCUMENT_NAMES[kind], available: false, missing: perEntry.missing }];
      return list.map((entry, index) => ({
        kind,
        index,
        title: `${DOCUMENT_NAMES[kind]}${entrySuffix(kind, entry, index)}`,
        available: true,
      }));
    }
    const missing = missingFor(register, record, kind);
    return [
      { kind, title: DOCUMENT_NAMES[kind], available: missing === null, ...(missing === null ? {} : { missing }) },
    ];
  });
}

/** No characters Windows or Linux refuse in a file name, no control characters, no trailing dots or spaces. */
export function sanitizeFileName(name: string): string {
  const cleaned = name
    .replace(/[/\\:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/[. ]+$/, '')
    .trim();
  return cleaned === '' ? '文书' : cleaned.slice(0, 150);
}

const fileName = (docName: string, person: string) => `${sanitizeFileName(`${docName}-${person}`)}.docx`;
const folderOf = (segments: readonly string[]) => segments.map(sanitizeFileName).join('/');

export async function generateDocument(input: GenerateInput): Promise<GeneratedDocument> {
  const { register, record, kind, today } = input;
  if (!(KINDS_OF[register] ?? []).includes(kind)) {
    throw new UserError(`${registerDef(register).title}不能生成“${DOCUMENT_NAMES[kind]}”`);
  }

  // Per-entry documents need an entry that exists; the rest need the data missingFor checks.
  const perEntry = PER_ENTRY[kind];
  const index = input.index ?? 0;
  let entry: EntryData | null = null;
  if (perEntry) {
    const list = entries(record.data, perEntry.key);
    if (list.length === 0) throw new UserError(perEntry.missing);
    entry = list[index] ?? null;
    if (!entry) throw new UserError(`没有第${index + 1}条${perEntry.label}（共${list.length}条）`);
  } else {
    const missing = missingFor(register, record, kind);
    if (missing) throw new UserError(missing);
  }
  const docName = DOCUMENT_NAMES[kind] + (entry ? entrySuffix(kind, entry, index) : '');

  if (register === 'mediationCase') {
    const c = mediationCase(record);
    const ctx: CaseContext = { c, committee: committeeName(input.committee), today };
    // The cover and the 卷内目录 carry no page number, as in the bound 卷宗.
    const numbered = kind !== 'cover' && kind !== 'contents';
    const doc =
      kind === 'caseFile'
        ? caseFileDocument(ctx, docName)
        : singleDocument(
            kind === 'contents' ? await standaloneContents(ctx) : casePart(ctx, kind, entry),
            docName,
            numbered,
          );
    return {
      fileName: fileName(docName, c.firstPartyName),
      folder: folderOf(caseFolder(c, today)),
      bytes: await Packer.toBuffer(doc),
    };
  }

  const ctx: VisitContext = { record, officeName: input.settings.officeName, today };
  if (register === 'petition') {
    const date = text(record.data, 'visit_date');
    const visitor = parties(record.data, 'visitors')[0]?.name ?? '来访人';
    return {
      // A visitor may come more than once a year: the date tells the files apart.
      fileName: fileName(`${docName}（${dateCn(date)}）`, visitor),
      folder: folderOf(['文书', yearOf(date, today), '来访接待记录']),
      bytes: await Packer.toBuffer(singleDocument(visitRecord(ctx), docName)),
    };
  }

  if (!entry) throw new Error(`${kind} needs an entry`); // correctionSubject's only kind is per entry
  const person = text(record.data, 'name') ?? '社区矫正对象';
  return {
    fileName: fileName(docName, person),
    folder: folderOf(['文书', yearOf(text(entry, 'date'), today), '实地查访', person]),
    bytes: await Packer.toBuffer(singleDocument(fieldVisit(ctx, entry), docName)),
  };
}

function casePart(ctx: CaseContext, kind: DocumentKind, entry: EntryData | null): Part {
  switch (kind) {
    case 'application':
      return application(ctx);
    case 'acceptance':
      return acceptance(ctx);
    case 'rightsNotice':
      return rightsNotice(ctx);
    case 'investigation':
      return investigation(ctx, entry ?? {});
    case 'session':
      return session(ctx, entry ?? {});
    case 'agreement':
      return agreement(ctx);
    case 'oralAgreement':
      return oralAgreement(ctx);
    case 'revisit':
      return revisit(ctx);
    case 'cover':
      return cover(ctx);
    case 'backCover':
      return backCover(ctx);
    default:
      throw new Error(`not a single case document: ${kind}`);
  }
}

/** One document on its own pages. */
function singleDocument(part: Part, name: string, numbered = true): Document {
  return document({ title: name, runs: [{ numbered, children: partChildren(part) }] });
}
