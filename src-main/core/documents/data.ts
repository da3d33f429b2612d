// Reading records for documents. RecordRow.data is the register's validated data as loose JSON values; the builders
// read it through views typed by the definitions and the accessors of src-shared/registers/read.ts, which keep them
// free of casts and null checks and accept only keys of the right type that the register has.
import { disputeTypeVersions } from '../../../src-shared/codes';
import { chineseDate } from '../../../src-shared/dates';
import type { EntryView, FieldsOf, KeyOfType, PartyData, RecordView } from '../../../src-shared/registers';
import { entries, flag, int, parties, strings, text } from '../../../src-shared/registers/read';
import type { Committee } from '../../../src-shared/settings';

export { entries, int, parties, strings, text };

// ---------------------------------------------------------------- dates

/** 2026-05-06 → 2026年5月6日 (GB/T 9704: Arabic numerals, no leading zeros); null → a blank date to fill in. */
export function dateCn(iso: string | null | undefined): string {
  return (iso ? chineseDate(iso) : null) ?? '____年__月__日';
}

/** 09:30 → 9时30分. */
export function timeCn(time: string | null): string | null {
  const match = time ? /^(\d{2}):(\d{2})$/.exec(time) : null;
  return match ? `${Number(match[1])}时${match[2]}分` : null;
}

/** 2026年3月12日9时30分至11时00分, with whatever of date, start and end is known. */
export function whenCn(date: string | null, start: string | null, end: string | null): string {
  const from = timeCn(start);
  const to = timeCn(end);
  return `${dateCn(date)}${from ?? ''}${from && to ? `至${to}` : ''}`;
}

export function yearOf(iso: string | null, today: string): string {
  return (iso ?? today).slice(0, 4);
}

/** Money in 分 as 元 with two decimals (协议涉及金额). */
export function yuan(fen: number | null): string | null {
  return fen === null ? null : `${(fen / 100).toFixed(2)}元`;
}

/** 1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五: the numbering of agreement terms (at most 50 by the register). */
export function chineseNumber(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
  }
  return String(n);
}

// ---------------------------------------------------------------- people

export function namesOf(people: readonly PartyData[]): string {
  return people.map((p) => p.name).join('、');
}

/** Names typed into one text field (到场当事人, 受访当事人), split on the separators clerks use. */
export function splitNames(value: string | null): string[] {
  return (value ?? '')
    .split(/[、，,；;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

// ---------------------------------------------------------------- the committee

/** “东河镇人民调解委员会”, and the part before 人民调解委员会 for forms that print “____人民调解委员会”. */
export interface CommitteeName {
  full: string | null;
  prefix: string | null;
}

const SUFFIX = '人民调解委员会';

export function committeeName(committee: Committee | null): CommitteeName {
  if (!committee) return { full: null, prefix: null };
  const name = committee.name.trim();
  const prefix = name.endsWith(SUFFIX) ? name.slice(0, -SUFFIX.length) : name;
  return { full: `${prefix}${SUFFIX}`, prefix };
}

/** “东河镇人民调解委员会（印章）”, or the blank form line when the committee is unknown. */
export function committeeSeal(name: CommitteeName): string {
  return `${name.prefix ?? '________'}${SUFFIX}（印章）`;
}

// ---------------------------------------------------------------- the mediation case

/** 纠纷类型 code → its label, from any version of the code table (old cases keep old codes), ending in 纠纷. */
export function disputeTypeLabel(code: string | null): string | null {
  if (!code) return null;
  for (const version of Object.values(disputeTypeVersions)) {
    const found = version.find((o) => o.value === code);
    if (found) return found.label.endsWith('纠纷') ? found.label : `${found.label}纠纷`;
  }
  return code;
}

/** One entry of a case's child list K (调查记录, 调解记录). */
export type CaseEntry<K extends KeyOfType<FieldsOfCase, 'entries'>> = EntryView<'mediationCase', K>;
type FieldsOfCase = FieldsOf<'mediationCase'>;

export interface MediationCase {
  data: RecordView<'mediationCase'>;
  caseNo: string | null;
  acceptDate: string | null;
  caseSource: string | null;
  disputeType: string | null;
  mediators: string[];
  applicants: PartyData[];
  respondents: PartyData[];
  /** Every party, 申请人 first: the order of the 协议书's blocks and signature lines. */
  parties: PartyData[];
  summary: string | null;
  /** 当事人申请事项 of the 申请书, one per line. */
  applicationItems: string[];
  result: string | null;
  closeDate: string | null;
  investigations: CaseEntry<'investigations'>[];
  sessions: CaseEntry<'sessions'>[];
  /** The latest 调解记录: where the case was settled (口头协议登记表), when mediation ended (封面). */
  lastSession: CaseEntry<'sessions'> | null;
  agreementForm: string | null;
  agreementFacts: string | null;
  agreementTerms: string[];
  performanceTerms: string | null;
  /** 本协议一式N份: as entered, else one per party and one for the committee (docs/spec/formats.md §3.9 point 2). */
  agreementCopies: number;
  agreementDate: string | null;
  agreementAmount: number | null;
  performance: string | null;
  recorder: string | null;
  revisitDate: string | null;
  revisitMethod: string | null;
  revisitBy: string | null;
  /** 受访当事人 as entered, else every party. */
  revisitInterviewees: string;
  revisitContent: string | null;
  /** 纠纷名称 “张三与李四邻里纠纷”: 回访事由, and 卷名 when none was entered. */
  disputeName: string;
  fileTitle: string;
  filedBy: string | null;
  filedDate: string | null;
  retention: string | null;
  fileNote: string | null;
  judicialConfirmation: boolean;
  /** Pages of the materials filed on paper (§3.2) as entered; null where the clerk entered none. */
  filedPages: {
    idProof: number | null;
    attorney: number | null;
    evidence: number | null;
    receipt: number | null;
    confirmation: number | null;
  };
  /** The first 申请人: names the files. */
  firstPartyName: string;
}

export function mediationCase(d: RecordView<'mediationCase'>): MediationCase {
  const applicants = parties(d, 'applicants');
  const respondents = parties(d, 'respondents');
  const all = [...applicants, ...respondents];
  const disputeType = disputeTypeLabel(text(d, 'dispute_type'));
  const disputeName = `${namesOf(applicants)}与${namesOf(respondents)}${disputeType ?? '纠纷'}`;
  const sessions = entries(d, 'sessions');
  return {
    data: d,
    caseNo: text(d, 'case_no'),
    acceptDate: text(d, 'accept_date'),
    caseSource: text(d, 'case_source'),
    disputeType,
    mediators: strings(d, 'mediators'),
    applicants,
    respondents,
    parties: all,
    summary: text(d, 'summary'),
    applicationItems: strings(d, 'application_items'),
    result: text(d, 'result'),
    closeDate: text(d, 'close_date'),
    investigations: entries(d, 'investigations'),
    sessions,
    lastSession: sessions[sessions.length - 1] ?? null,
    agreementForm: text(d, 'agreement_form'),
    agreementFacts: text(d, 'agreement_facts'),
    agreementTerms: strings(d, 'agreement_terms'),
    performanceTerms: text(d, 'performance_terms'),
    agreementCopies: int(d, 'agreement_copies') || all.length + 1,
    agreementDate: text(d, 'agreement_date'),
    agreementAmount: int(d, 'agreement_amount'),
    performance: text(d, 'performance'),
    recorder: text(d, 'recorder'),
    revisitDate: text(d, 'revisit_date'),
    revisitMethod: text(d, 'revisit_method'),
    revisitBy: text(d, 'revisit_by'),
    revisitInterviewees: text(d, 'revisit_interviewees') ?? namesOf(all),
    revisitContent: text(d, 'revisit_content'),
    disputeName,
    fileTitle: text(d, 'file_title') ?? disputeName,
    filedBy: text(d, 'filed_by'),
    filedDate: text(d, 'filed_date'),
    retention: text(d, 'retention'),
    fileNote: text(d, 'file_note'),
    judicialConfirmation: flag(d, 'judicial_confirmation'),
    filedPages: {
      idProof: int(d, 'id_proof_pages'),
      attorney: int(d, 'attorney_pages'),
      evidence: int(d, 'evidence_pages'),
      receipt: int(d, 'receipt_pages'),
      confirmation: int(d, 'confirmation_pages'),
    },
    firstPartyName: applicants[0]?.name ?? respondents[0]?.name ?? '当事人',
  };
}

/**
 * The date a case's document is dated by, which its ages are printed as on: its own date (签订日期, 调查日期), else the
 * 受理日期, which every case has; the day of printing only for a record that somehow has neither.
 */
export function documentDay(c: MediationCase, own: string | null, today: string): string {
  return own ?? c.acceptDate ?? today;
}

/** Where the case's documents are filed, folder by folder: 文书/<受理年>/<卷号>. */
export function caseFolder(c: MediationCase, today: string): string[] {
  return ['文书', yearOf(c.acceptDate, today), c.caseNo ?? '未编号案件'];
}
