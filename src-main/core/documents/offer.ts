// What a register's records offer as Word documents, and the checks shared by every register: which kinds, made
// once per entry of a child list or once per record, and why one is not available. Every check runs before anything
// is built, so a missing piece of data is reported in Chinese, naming it, and no half-made file is ever returned.
import type { Document } from 'docx';
import type { DocumentKind, DocumentOption } from '../../../src-shared/documents';
import type { RecordRow } from '../../../src-shared/handlers';
import { viewOf, type DataOf, type FieldDef, type RecordView, type RegisterKey } from '../../../src-shared/registers';
import type { Committee, Settings } from '../../../src-shared/settings';
import { UserError } from '../errors';
import { partChildren } from './caseFile';
import { dateCn, text } from './data';
import type { Part } from './parts';
import { document } from './style';

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
  /** 按卷宗连续编页: numbered on from where the piece starts in the 卷宗 (only kinds the register's `paged` lists). */
  caseFilePaging?: boolean;
  settings: Settings;
  committee: Committee | null;
  /** YYYY-MM-DD: files records without a date. Ages are printed as on each document's own date. */
  today: string;
  /** The book's live records, for a document of the whole book (the year's 委托帮教和解除帮教登记表). */
  book?: () => Promise<RecordRow[]>;
}

/** 文书名: the name files are given and menus show. */
export const DOCUMENT_NAMES: Readonly<Record<DocumentKind, string>> = {
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
  approvalForm: '社区矫正事项审批表',
  approvalNotice: '社区矫正事项审批告知书',
  approvalPublicNotice: '审批事项公示',
  appraisal: '社区矫正期满鉴定表',
  reportTalk: '报到谈话笔录',
  resettlementAgreement: '帮教协议书',
  policeNotice: '通报列管通知书',
  resettlementWorkBook: '安置帮教对象安置帮教工作记录簿',
  entrustmentRoll: '委托帮教和解除帮教登记表',
};

/** An entry of a child list that documents are made from: each has its date. */
export type DatedEntry = DataOf<FieldDef<'date', 'date'>>;

/** A kind made once per entry of a child list. */
export interface PerEntry<R extends RegisterKey> {
  readonly entries: (record: RecordView<R>) => readonly DatedEntry[];
  /** How an entry is called: 没有第3条调查记录. */
  readonly label: string;
  /** What the menu says while the list is empty. */
  readonly missing: string;
  /** “（第2次，2026年3月12日）” where entries are counted; else the date alone tells them apart. */
  readonly counted: boolean;
  /** The document's name for an entry where it is not the kind's: an 审批表 is its 事项 type's form. */
  readonly name?: (record: RecordView<R>, index: number) => string;
  /** What tells entries apart besides their date, put before it: “（警告，2026年12月1日）”. */
  readonly what?: (record: RecordView<R>, index: number) => string;
  /**
   * Why the document is not made for this entry at all (a 公示 of an 事项 not approved), or null: such entries are
   * left off the menu, and `missing` is shown when none is left.
   */
  readonly applies?: (record: RecordView<R>, index: number) => string | null;
  /** What this entry lacks for the document (shown beside it in the menu, refused when asked for), or null. */
  readonly lacks?: (record: RecordView<R>, index: number) => string | null;
}

export interface MakeInput<R extends RegisterKey> {
  record: RecordView<R>;
  kind: DocumentKind;
  /** Which entry, for kinds made per entry (checked to exist). */
  index: number;
  /** 文书名 with the entry's suffix. */
  docName: string;
  /** Numbered on from the piece's place in the 卷宗 (a kind among `paged`). */
  caseFilePaging: boolean;
  settings: Settings;
  committee: Committee | null;
  today: string;
  /** The book's live records (GenerateInput.book); just this record where none were given. */
  book: () => Promise<RecordView<R>[]>;
}

/** What one register offers: written once per register with its typed view, used through RegisterDocuments. */
export interface DocumentSpec<R extends RegisterKey> {
  /** In menu order. */
  readonly kinds: readonly DocumentKind[];
  /** Kinds that are numbered pieces of a 卷宗, so can be numbered on from their place there (按卷宗连续编页). */
  readonly paged?: readonly DocumentKind[];
  readonly perEntry?: Partial<Record<DocumentKind, PerEntry<R>>>;
  /** Why a record cannot have this kind (one not made per entry), or null. */
  readonly missing?: (record: RecordView<R>, kind: DocumentKind) => string | null;
  /** Makes the document once every check has passed. */
  readonly make: (input: MakeInput<R>) => Promise<GeneratedDocument>;
}

export interface RegisterDocuments {
  readonly kinds: readonly DocumentKind[];
  /** The menu: every kind, once per entry where made per entry, with why not where not available. */
  list(record: RecordRow): DocumentOption[];
  /** One document of a kind among `kinds`; a UserError naming what is missing otherwise. */
  make(input: GenerateInput): Promise<GeneratedDocument>;
}

/** The checks and the menu every register shares, over one register's spec. */
export function documentSet<R extends RegisterKey>(register: R, spec: DocumentSpec<R>): RegisterDocuments {
  // An entry keeps its index in the whole list, so the menu and the renderer's list of entries agree on it.
  const entryName = (
    kind: DocumentKind,
    perEntry: PerEntry<R>,
    view: RecordView<R>,
    entry: DatedEntry,
    index: number,
  ) => {
    const date = dateCn(text(entry, 'date'));
    const what = perEntry.what ? `${perEntry.what(view, index)}，` : '';
    const name = perEntry.name?.(view, index) ?? DOCUMENT_NAMES[kind];
    return `${name}${perEntry.counted ? `（第${index + 1}次，${date}）` : `（${what}${date}）`}`;
  };
  return {
    kinds: spec.kinds,
    list(record) {
      const view = viewOf(register, record.data);
      const options = spec.kinds.flatMap((kind): DocumentOption[] => {
        const perEntry = spec.perEntry?.[kind];
        if (perEntry) {
          const offered = perEntry.entries(view).flatMap((entry, index): DocumentOption[] => {
            if (perEntry.applies?.(view, index)) return [];
            const lacks = perEntry.lacks?.(view, index) ?? null;
            const title = entryName(kind, perEntry, view, entry, index);
            return [{ kind, index, title, available: lacks === null, ...(lacks === null ? {} : { missing: lacks }) }];
          });
          if (offered.length === 0)
            return [{ kind, title: DOCUMENT_NAMES[kind], available: false, missing: perEntry.missing }];
          return offered;
        }
        const missing = spec.missing?.(view, kind) ?? null;
        return [
          { kind, title: DOCUMENT_NAMES[kind], available: missing === null, ...(missing === null ? {} : { missing }) },
        ];
      });
      return options.map((option) =>
        option.available && spec.paged?.includes(option.kind) ? { ...option, caseFilePaging: true } : option,
      );
    },
    async make(input) {
      const { kind, settings, committee, today } = input;
      const caseFilePaging = input.caseFilePaging ?? false;
      if (caseFilePaging && !spec.paged?.includes(kind))
        throw new UserError(`“${DOCUMENT_NAMES[kind]}”不是卷宗中编页的文书，不能按卷宗连续编页`);
      const view = viewOf(register, input.record.data);
      // Per-entry documents need an entry that exists; the rest need the data `missing` checks.
      const perEntry = spec.perEntry?.[kind];
      const index = input.index ?? 0;
      let docName = DOCUMENT_NAMES[kind];
      if (perEntry) {
        const list = perEntry.entries(view);
        if (list.length === 0) throw new UserError(perEntry.missing);
        const entry = list[index];
        if (!entry) throw new UserError(`没有第${index + 1}条${perEntry.label}（共${list.length}条）`);
        const refused = perEntry.applies?.(view, index) ?? perEntry.lacks?.(view, index) ?? null;
        if (refused) throw new UserError(refused);
        docName = entryName(kind, perEntry, view, entry, index);
      } else {
        const missing = spec.missing?.(view, kind) ?? null;
        if (missing) throw new UserError(missing);
      }
      const book = async () => {
        const rows = input.book ? await input.book() : [input.record];
        return rows.map((row) => viewOf(register, row.data));
      };
      return spec.make({ record: view, kind, index, docName, caseFilePaging, settings, committee, today, book });
    },
  };
}

/** The entry a per-entry document is made from; documentSet has checked that it exists. */
export function entryAt<T>(list: readonly T[], index: number): T {
  const entry = list[index];
  if (!entry) throw new Error(`no entry ${index}`);
  return entry;
}

/** No characters Windows or Linux refuse in a file name, no control characters, no trailing dots or spaces. */
export function sanitizeFileName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
    .replace(/[/\\:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/[. ]+$/, '')
    .trim();
  return cleaned === '' ? '文书' : cleaned.slice(0, 150);
}

export const fileName = (docName: string, person: string) => `${sanitizeFileName(`${docName}-${person}`)}.docx`;
export const folderOf = (segments: readonly string[]) => segments.map(sanitizeFileName).join('/');

/** One document on its own pages, numbered from `firstPage` (its page in the 卷宗 when numbered on from there). */
export function singleDocument(part: Part, name: string, numbered = true, firstPage = 1): Document {
  return document({ title: name, runs: [{ numbered, firstPage, children: partChildren(part) }] });
}
