// Reading a 社区矫正对象's record for the §13 documents: the person's 基本情况 as every form prints it, and one 审批事项
// with its type's definition (src-shared/correctionApprovals.ts), its detail fields under the type's labels.
import {
  APPROVED,
  approvalTypeDefs,
  approvalTypes,
  type ApprovalDetail,
  type ApprovalType,
  type ApprovalTypeDef,
} from '../../../src-shared/correctionApprovals';
import { daysBetween, isValidDate } from '../../../src-shared/dates';
import { fieldDef, registerDef, type EntryView, type RecordView } from '../../../src-shared/registers';
import { chineseNumber, dateCn, entries, text } from './data';
import { entryAt } from './offer';

export type CorrectionRecord = RecordView<'correctionSubject'>;
export type ApprovalEntry = EntryView<'correctionSubject', 'approvals'>;
export type AppraisalEntry = EntryView<'correctionSubject', 'appraisal'>;

/** The person as the forms' 基本情况 gives them. */
export interface CorrectionPerson {
  name: string;
  sex: string | null;
  birthDate: string | null;
  idNumber: string | null;
  category: string | null;
  crime: string | null;
  sentence: string | null;
  /** 矫正期限 as entered (“二年”), and its first and last day. */
  term: string | null;
  startDate: string | null;
  endDate: string | null;
  /** 执行地: where the person lives and is supervised. */
  residence: string | null;
}

export function correctionPerson(record: CorrectionRecord): CorrectionPerson {
  return {
    name: text(record, 'name') ?? '社区矫正对象',
    sex: text(record, 'sex'),
    birthDate: text(record, 'birth_date'),
    idNumber: text(record, 'id_number'),
    category: text(record, 'category'),
    crime: text(record, 'crime'),
    sentence: text(record, 'sentence'),
    term: text(record, 'term'),
    startDate: text(record, 'start_date'),
    endDate: text(record, 'end_date'),
    residence: text(record, 'residence'),
  };
}

/** “二年（2026年2月1日至2028年1月31日）”: the term with its first and last day. */
export function termText(person: CorrectionPerson): string {
  const span = `${dateCn(person.startDate)}至${dateCn(person.endDate)}`;
  return person.term ? `${person.term}（${span}）` : span;
}

/** One 审批事项 with what its type's forms need. */
export interface Approval {
  type: ApprovalType;
  def: ApprovalTypeDef;
  entry: ApprovalEntry;
  approved: boolean;
  /** 县级机构决定, once recorded. */
  result: string | null;
}

const isApprovalType = (value: string | null): value is ApprovalType =>
  (approvalTypes as readonly (string | null)[]).includes(value);

/** The `index`th 审批事项 (documentSet has checked that it exists); null when its type is not one the table knows. */
export function approvalAt(record: CorrectionRecord, index: number): Approval | null {
  const entry = entryAt(entries(record, 'approvals'), index);
  const type = text(entry, 'type');
  if (!isApprovalType(type)) return null;
  const result = text(entry, 'result');
  return { type, def: approvalTypeDefs[type], entry, approved: result === APPROVED, result };
}

/** The register's own label of a detail field (事由, 目的地 …), the one the entry form shows. */
function fieldLabel(detail: ApprovalDetail): string {
  const approvals = fieldDef(registerDef('correctionSubject'), 'approvals');
  return approvals?.entry?.fields.find((field) => field.key === detail)?.label ?? detail;
}

/** A detail's label on this type's form: the type's own (外出事由, 延期至), else the register's. */
export function detailLabel(approval: Approval, detail: ApprovalDetail): string {
  return approval.def.labels?.[detail] ?? fieldLabel(detail);
}

/** A detail's value as printed: dates in 2026年12月3日 form, the 依据 prefilled from the type where none was entered. */
export function detailValue(approval: Approval, detail: ApprovalDetail): string | null {
  const value = text(approval.entry, detail);
  if (detail === 'legal_basis') return value ?? approval.def.basis ?? null;
  if (detail === 'away_from' || detail === 'away_to') return value ? dateCn(value) : null;
  return value;
}

/** Days away, the first and the last counted (外出 12月1日至12月5日 is five days); null unless both dates are known. */
export function awayDays(approval: Approval): number | null {
  const from = text(approval.entry, 'away_from');
  const to = text(approval.entry, 'away_to');
  if (!from || !to || !isValidDate(from) || !isValidDate(to)) return null;
  const days = daysBetween(from, to) + 1;
  return days > 0 ? days : null;
}

/**
 * “共五天”: the count in words, as the 安置帮教 documents give years, since LibreOffice breaks a line between a digit
 * and the 天 after it despite the WORD JOINER between them.
 */
const daysText = (days: number | null) => (days === null ? null : `共${chineseNumber(days)}天`);

/** A detail as the forms print it. */
export interface DetailItem {
  label: string;
  value: string | null;
  /** Text that may run to paragraphs (事由, 事实, 证明材料). */
  long: boolean;
}

const LONG: readonly ApprovalDetail[] = ['reason', 'facts', 'materials'];

/**
 * The type's details in its form's order under its labels. A period's two dates are one item, “2026年12月1日至
 * 2026年12月5日，共五天”; where the type names its end otherwise (外出延期's 延期至) each date is its own, then 天数.
 */
export function detailItems(approval: Approval): DetailItem[] {
  const { def } = approval;
  const period = def.details.includes('away_from') && def.details.includes('away_to');
  const item = (detail: ApprovalDetail): DetailItem => ({
    label: detailLabel(approval, detail),
    value: detailValue(approval, detail),
    long: LONG.includes(detail),
  });
  return def.details.flatMap((detail): DetailItem[] => {
    if (!period || (detail !== 'away_from' && detail !== 'away_to')) return [item(detail)];
    if (detail === 'away_to') return [];
    const days = awayDays(approval);
    if (def.labels?.away_to)
      return [item('away_from'), item('away_to'), { label: '天数', value: daysText(days), long: false }];
    const span = `${dateCn(text(approval.entry, 'away_from'))}至${dateCn(text(approval.entry, 'away_to'))}`;
    return [{ label: '起止日期', value: days === null ? span : `${span}，${daysText(days)}`, long: false }];
  });
}

/** The 期满鉴定 entry (at most one). */
export function appraisalOf(record: CorrectionRecord): AppraisalEntry | null {
  return entries(record, 'appraisal')[0] ?? null;
}
