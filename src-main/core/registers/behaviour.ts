// What is special about each register, on the core's side, in one row per register: the columns it fills in itself,
// the Word documents it offers, how it links to the 人民调解案件 whose 卷号 it names, whether its records have
// deadlines of their own (and which of them can still owe one). Everything else about a
// register is its definition (src-shared/registers/books); which books feed which is src-shared/links.ts, shared
// with the renderer's 转为… buttons. Code outside this table asks the row, never the register's key.
import type { Kysely } from 'kysely';
import type { LinkedRecord } from '../../../src-shared/links';
import { registerKeys, type RecordData, type RegisterKey } from '../../../src-shared/registers';
import { text } from '../../../src-shared/registers/read';
import { viewOf, type FieldsOf, type KeyOfType } from '../../../src-shared/registers/view';
import type { LedgerDatabase, RegisterRow } from '../db/schema';
import type { RegisterDocuments } from '../documents/offer';
import { correctionSubjectDocuments } from '../documents/offers/correctionSubject';
import { mediationCaseDocuments } from '../documents/offers/mediationCase';
import { petitionDocuments } from '../documents/offers/petition';
import { resettlementDocuments } from '../documents/offers/resettlement';
import { peopleInCare, peopleInSupport, recentCases, type NarrowSubjects } from '../reminders/subjectScope';
import { assignCaseNumber } from './caseNumber';
import { fillNoticeEnds } from './noticeEnds';
import { computeSupportColumns } from './supportColumns';
import { transferredFrom, transferredTo } from './transferLinks';

/** Columns a register fills in itself (卷号), given the validated data and the stored row being replaced. */
export type GeneratedColumns = (
  db: Kysely<LedgerDatabase>,
  data: RecordData,
  existing: RegisterRow | null,
) => Promise<RegisterRow>;

/** A register whose records name a case by its 卷号. */
export interface NamesCase<R extends RegisterKey = RegisterKey> {
  /** The field holding the 卷号 (a column of the register's table). */
  readonly field: KeyOfType<FieldsOf<R>, 'text'>;
  /** How the case's page introduces such a record: 来源：…, 已推荐为典型案例：… */
  readonly prefix: string;
  /** How the case's page names such a record, where the generic description (describeRecord) is not the best. */
  readonly name?: (data: RecordData) => string;
  /** Said after the case on this record's page: a screened dispute shows how its case ended. */
  readonly caseSuffix?: (result: string | null) => string;
}

export interface RegisterBehaviour<R extends RegisterKey = RegisterKey> {
  readonly generated?: GeneratedColumns;
  /**
   * What the core works out inside the record's own data before it is written, where the clerk left it empty (an
   * 审批事项's 公示结束日期 from the holiday calendar): the data as it is then stored.
   */
  readonly fills?: (db: Kysely<LedgerDatabase>, data: RecordData) => Promise<RecordData>;
  /** The Word documents its records offer; none when absent. */
  readonly documents?: RegisterDocuments;
  /** 'numbered': the case book, whose 卷号 the others name; else how a record naming a 卷号 links to its case. */
  readonly caseLink?: 'numbered' | NamesCase<R>;
  /**
   * Its records have deadlines of their own (rules whose subject is this register, worked out for 首页 and the
   * record's 时间线); `scope` narrows the live records to those that can still owe something.
   */
  readonly deadlines?: { readonly scope?: NarrowSubjects };
  /** Records it is linked to other than through a 卷号 (a 转入安置帮教's two ends), for registers.links. */
  readonly links?: (db: Kysely<LedgerDatabase>, id: number) => Promise<LinkedRecord[]>;
}

export const behaviours: { readonly [R in RegisterKey]: RegisterBehaviour<R> } = {
  petition: { documents: petitionDocuments, caseLink: { field: 'linked_case_no', prefix: '来源：' } },
  studyMeeting: {},
  legalPublicity: {},
  mediationCase: {
    generated: assignCaseNumber,
    documents: mediationCaseDocuments,
    caseLink: 'numbered',
    deadlines: { scope: recentCases },
  },
  disputeScreening: {
    caseLink: {
      field: 'linked_case_no',
      prefix: '来源：',
      caseSuffix: (result) => `，调解结果：${result ?? '尚未结案'}`,
    },
  },
  typicalCase: {
    caseLink: {
      field: 'linked_case_no',
      prefix: '已推荐为典型案例：',
      name: (data) => text(viewOf('typicalCase', data), 'title') ?? '',
    },
  },
  legalAid: {},
  mediator: {},
  correctionSubject: {
    fills: fillNoticeEnds,
    documents: correctionSubjectDocuments,
    deadlines: { scope: peopleInCare },
    links: transferredTo,
  },
  resettlement: {
    generated: computeSupportColumns,
    documents: resettlementDocuments,
    deadlines: { scope: peopleInSupport },
    links: transferredFrom,
  },
  workInfo: {},
};

/** The registers whose records name a case by its 卷号, and how; in the definitions' order, which links are listed in. */
export const namingCase: readonly (readonly [RegisterKey, NamesCase])[] = registerKeys.flatMap((register) => {
  const link = behaviours[register].caseLink;
  return typeof link === 'object' ? [[register, link] as const] : [];
});
