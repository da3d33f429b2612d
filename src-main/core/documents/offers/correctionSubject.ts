// 社区矫正对象花名册: one 实地查访情况登记表 per visit; per 审批事项 (§13) its 审批表 (审核表), once the county has decided
// the 审批告知书, once approved (and posted) the 公示; the 期满鉴定表. Filed by year under the person's name.
import { correctionDocumentKinds, type DocumentKind } from '../../../../src-shared/documents';
import { UserError } from '../../errors';
import { approvalForm } from '../builders/approvalForm';
import { approvalNotice } from '../builders/approvalNotice';
import { approvalPublicNotice } from '../builders/approvalPublicNotice';
import { appraisal } from '../builders/appraisal';
import { fieldVisit } from '../builders/fieldVisit';
import { approvalAt, appraisalOf, detailLabel, type Approval, type CorrectionRecord } from '../correctionData';
import { entries, text, yearOf } from '../data';
import { documentSet, entryAt, fileName, folderOf, singleDocument, type PerEntry } from '../offer';
import type { Part, RecordContext } from '../parts';
import { packDocument } from '../style';

const UNKNOWN_TYPE = '该审批事项的事项类型无法识别，请在“审批事项”中重新选择事项类型';
const FILL_IN = '请先在“审批事项”中填写';

/** The 审批事项 at `index`; a type no longer in the table is reported rather than printed wrongly. */
function approval(record: CorrectionRecord, index: number): Approval {
  const found = approvalAt(record, index);
  if (!found) throw new UserError(UNKNOWN_TYPE);
  return found;
}

/** What every document of an 审批事项 needs: its main detail (外出事由, 违规事实, 会客对象 …), which the text states. */
function lacksMainDetail(record: CorrectionRecord, index: number): string | null {
  const found = approvalAt(record, index);
  if (!found) return UNKNOWN_TYPE;
  const [main] = found.def.details;
  if (!main || text(found.entry, main)) return null;
  return `${found.type}缺少${detailLabel(found, main)}，${FILL_IN}`;
}

/** The 审批事项 offers: every one has its 审批表; the other two only once decided, or approved and posted. */
function perApproval(
  missing: string,
  opts: Pick<PerEntry<'correctionSubject'>, 'applies' | 'name' | 'what'> & {
    lacks?: (approval: Approval) => string | null;
  },
): PerEntry<'correctionSubject'> {
  return {
    entries: (d) => entries(d, 'approvals'),
    label: '审批事项',
    missing,
    counted: false,
    ...opts,
    lacks: (record, index) => lacksMainDetail(record, index) ?? opts.lacks?.(approval(record, index)) ?? null,
  };
}

const typeOf = (record: CorrectionRecord, index: number) => approvalAt(record, index)?.type ?? '审批事项';

const approvalKinds = {
  approvalForm: perApproval('还没有审批事项，请先在“审批事项”中添加', {
    name: (record, index) => approvalAt(record, index)?.def.form ?? '社区矫正事项审批表',
  }),
  approvalNotice: perApproval(`还没有登记县级机构决定的审批事项，${FILL_IN}县级机构决定`, {
    what: typeOf,
    applies: (record, index) =>
      approvalAt(record, index)?.result ? null : `该审批事项还没有县级机构决定，${FILL_IN}县级机构决定`,
  }),
  approvalPublicNotice: perApproval('还没有经批准、需要公示的审批事项', {
    what: typeOf,
    applies: (record, index) => {
      const found = approvalAt(record, index);
      if (!found?.approved) return '该审批事项未经批准，不需要公示';
      return found.def.publicNotice ? null : `${found.type}不需要公示`;
    },
    lacks: (found) => (text(found.entry, 'notice_start') ? null : `${found.type}的公示缺少公示开始日期，${FILL_IN}`),
  }),
} satisfies Partial<Record<DocumentKind, PerEntry<'correctionSubject'>>>;

type ApprovalKind = keyof typeof approvalKinds;
const isApprovalKind = (kind: DocumentKind): kind is ApprovalKind => kind in approvalKinds;

const approvalBuilders: Record<ApprovalKind, (ctx: RecordContext<'correctionSubject'>, approval: Approval) => Part> = {
  approvalForm,
  approvalNotice,
  approvalPublicNotice,
};

export const correctionSubjectDocuments = documentSet('correctionSubject', {
  kinds: correctionDocumentKinds,
  perEntry: {
    fieldVisit: {
      entries: (d) => entries(d, 'field_visits'),
      label: '实地查访记录',
      missing: '还没有实地查访记录，请先在“实地查访”中添加',
      counted: false,
    },
    ...approvalKinds,
  },
  missing: (record, kind) => {
    if (kind !== 'appraisal') return null;
    const entry = appraisalOf(record);
    if (!entry) return '还没有期满鉴定，请先在“期满鉴定”中添加';
    return text(entry, 'performance') ? null : '期满鉴定缺少矫正期间表现，请先在“期满鉴定”中填写';
  },
  async make({ record, kind, index, docName, settings, today }) {
    const person = text(record, 'name') ?? '社区矫正对象';
    const ctx = { record, officeName: settings.officeName, today };
    const filed = (date: string | null, folder: string, part: Part) =>
      packDocument(singleDocument(part, docName)).then((bytes) => ({
        fileName: fileName(docName, person),
        folder: folderOf(['文书', yearOf(date, today), folder, person]),
        bytes,
      }));
    if (kind === 'fieldVisit') {
      const entry = entryAt(entries(record, 'field_visits'), index);
      return filed(text(entry, 'date'), '实地查访', fieldVisit(ctx, entry));
    }
    if (kind === 'appraisal') {
      const entry = appraisalOf(record);
      if (!entry) throw new Error('appraisal checked by missing');
      return filed(text(entry, 'date'), '社区矫正', appraisal(ctx, entry));
    }
    if (!isApprovalKind(kind)) throw new Error(`not a 社区矫正 document: ${kind}`);
    const found = approval(record, index);
    return filed(text(found.entry, 'date'), '社区矫正', approvalBuilders[kind](ctx, found));
  },
});
