// 安置帮教对象花名册 (docs/spec/formats.md §12): the person's 报到谈话笔录, 帮教协议书 (the clauses of 设置), one
// 通报列管通知书 per 通报, the 工作记录簿, and the year's 委托帮教和解除帮教登记表 of the whole book. The person's papers
// are filed under their name; the 登记表, the office's, by year.
import { resettlementDocumentKinds } from '../../../../src-shared/documents';
import { entries, yearOf } from '../data';
import { documentSet, fileName, folderOf, sanitizeFileName } from '../offer';
import { resettlementDocument, rollYear, type ResettlementKind } from '../resettlementDocuments';
import { resettlementSubject } from '../resettlementRecord';
import { packDocument } from '../style';

const KINDS: readonly ResettlementKind[] = resettlementDocumentKinds;
const isResettlementKind = (kind: string): kind is ResettlementKind => (KINDS as readonly string[]).includes(kind);

export const resettlementDocuments = documentSet('resettlement', {
  kinds: KINDS,
  perEntry: {
    policeNotice: {
      entries: (d) => entries(d, 'police_notices'),
      label: '通报列管记录',
      missing: '还没有通报列管记录，请先在“通报列管”中添加（通报对象、通报事由）',
      counted: false,
    },
  },
  async make({ record, kind, index, docName, settings, today, book }) {
    if (!isResettlementKind(kind)) throw new Error(`not a 安置帮教 document: ${kind}`);
    const subject = resettlementSubject(record);
    const common = { kind, subject, officeName: settings.officeName, clauses: settings.resettlementClauses, today };
    if (kind === 'entrustmentRoll') {
      // The year of the person's latest 委托 or 解除: the 登记表 the clerk prints after recording one.
      const year = rollYear(subject, today);
      const people = (await book()).map(resettlementSubject);
      return {
        fileName: `${sanitizeFileName(`${docName}（${year}年度）`)}.docx`,
        folder: folderOf(['文书', year, '安置帮教']),
        bytes: await packDocument(resettlementDocument({ ...common, year, book: people }, docName)),
      };
    }
    return {
      fileName: fileName(docName, subject.name),
      folder: folderOf(['文书', yearOf(subject.reportDate ?? subject.releaseDate, today), '安置帮教', subject.name]),
      bytes: await packDocument(resettlementDocument({ ...common, index }, docName)),
    };
  },
});
