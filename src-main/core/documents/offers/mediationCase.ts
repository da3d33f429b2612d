// The 人民调解卷宗's documents (docs/spec/formats.md §3): each on its own, or the whole 卷宗 in one file, filed by 卷号.
import { caseDocumentKinds, type DocumentKind } from '../../../../src-shared/documents';
import { acceptance } from '../builders/acceptance';
import { agreement } from '../builders/agreement';
import { application } from '../builders/application';
import { backCover } from '../builders/backCover';
import { cover } from '../builders/cover';
import { investigation } from '../builders/investigation';
import { oralAgreement } from '../builders/oralAgreement';
import { revisit } from '../builders/revisit';
import { rightsNotice } from '../builders/rightsNotice';
import { session } from '../builders/session';
import { agreementMissing, caseFileDocument, pageInCaseFile, standaloneContents } from '../caseFile';
import { caseFolder, committeeName, entries, mediationCase, type MediationCase } from '../data';
import { packDocument } from '../style';
import { documentSet, entryAt, fileName, folderOf, singleDocument } from '../offer';
import type { CaseContext, Part } from '../parts';
import { UserError } from '../../errors';

/** Why a case cannot have this document, or null. */
function missing(c: MediationCase, kind: DocumentKind): string | null {
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

function casePart(ctx: CaseContext, kind: DocumentKind, index: number): Part {
  switch (kind) {
    case 'application':
      return application(ctx);
    case 'acceptance':
      return acceptance(ctx);
    case 'rightsNotice':
      return rightsNotice(ctx);
    case 'investigation':
      return investigation(ctx, entryAt(ctx.c.investigations, index));
    case 'session':
      return session(ctx, entryAt(ctx.c.sessions, index));
    case 'agreement':
      return agreement(ctx);
    case 'oralAgreement':
      return oralAgreement(ctx);
    case 'revisit':
      return revisit(ctx);
    case 'cover':
      return cover(ctx);
    default:
      throw new Error(`not a single case document: ${kind}`);
  }
}

const CASE_KINDS: readonly DocumentKind[] = caseDocumentKinds;

/** The cover and the 卷内目录 carry no page number, as in the bound 卷宗; the 卷宗 itself is numbered whole. */
const UNNUMBERED: readonly DocumentKind[] = ['cover', 'contents'];

export const mediationCaseDocuments = documentSet('mediationCase', {
  kinds: CASE_KINDS,
  // The numbered pieces of the 卷宗, which can be numbered on from their place there.
  paged: CASE_KINDS.filter((kind) => !UNNUMBERED.includes(kind) && kind !== 'caseFile'),
  perEntry: {
    investigation: {
      entries: (d) => entries(d, 'investigations'),
      label: '调查记录',
      missing: '还没有调查记录，请先在“调查记录”中添加',
      counted: true,
    },
    session: {
      entries: (d) => entries(d, 'sessions'),
      label: '调解记录',
      missing: '还没有调解记录，请先在“调解记录”中添加',
      counted: true,
    },
  },
  missing: (d, kind) => missing(mediationCase(d), kind),
  async make({ record, kind, index, docName, caseFilePaging, committee, today }) {
    const c = mediationCase(record);
    const ctx: CaseContext = { c, committee: committeeName(committee), today };
    const numbered = !UNNUMBERED.includes(kind);
    const firstPage = caseFilePaging ? await pageInCaseFile(ctx, kind, index) : 1;
    if (firstPage === null) throw new UserError(`卷宗中没有“${docName}”，不能按卷宗连续编页`);
    const doc =
      kind === 'caseFile'
        ? caseFileDocument(ctx, docName)
        : singleDocument(
            kind === 'contents'
              ? await standaloneContents(ctx)
              : kind === 'backCover'
                ? backCover(ctx, String((await pageInCaseFile(ctx, 'backCover', 0)) ?? '') || null)
                : casePart(ctx, kind, index),
            docName,
            numbered,
            firstPage,
          );
    return {
      // Named apart from the piece numbered from 1, so neither copy kept in 文书/ replaces the other.
      fileName: fileName(caseFilePaging ? `${docName}（按卷宗编页）` : docName, c.firstPartyName),
      folder: folderOf(caseFolder(c, today)),
      bytes: await packDocument(doc),
    };
  },
});
