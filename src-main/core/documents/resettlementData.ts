// What the 安置帮教 documents read of a person in 安置帮教 (docs/spec/formats.md §12): the 花名册's fields and the
// timeline's entries, as plain values. The builders read only this, so the register's field keys are known in one
// place (resettlementSubject, below).
export type ResettlementCategory = '刑满释放' | '解除社区矫正';

export interface ResettlementVisit {
  date: string;
  /** 实地 / 电话 / 视频 */
  form: string | null;
  /** 本人 / 亲属 / 朋友 / 同事 / 邻里 */
  interviewee: string | null;
  situation: string | null;
  visitors: string[];
}

export interface ResettlementAssessment {
  date: string;
  /** 入帮 / 日常 / 即时 */
  kind: string | null;
  result: string | null;
  /** The 社会适应指数等级 it gave (高 / 中 / 低). */
  level: string | null;
  assessor: string | null;
}

export interface ResettlementHelp {
  date: string;
  measure: string | null;
  result: string | null;
  helper: string | null;
}

export interface ResettlementNotification {
  date: string;
  /** ××公安派出所 */
  police: string | null;
  reason: string | null;
}

export interface ResettlementEntrustment {
  date: string;
  /** 委托 (this office asked the place of residence) / 受委托 (another office asked this one) */
  direction: '委托' | '受委托';
  /** The other 司法所. */
  office: string | null;
  replyDate: string | null;
  /** 接受 / 不接受, as answered. */
  reply: string | null;
}

export interface ResettlementTalk {
  date: string | null;
  time: string | null;
  place: string | null;
  interviewer: string | null;
  recorder: string | null;
  /** 问答式 text, one line per question or answer. */
  record: string | null;
}

export interface ResettlementSubject {
  name: string;
  sex: string | null;
  ethnicity: string | null;
  birthDate: string | null;
  idNumber: string | null;
  education: string | null;
  household: string | null;
  residence: string | null;
  phone: string | null;
  category: ResettlementCategory | null;
  crime: string | null;
  sentence: string | null;
  /** 释放（解矫）日期: where the 帮教期 starts. */
  releaseDate: string | null;
  releaseOrgan: string | null;
  reportDate: string | null;
  /** 重点 / 一般 */
  helpCategory: string | null;
  indexLevel: string | null;
  /** 帮教小组: 村（居） members and relatives, as typed. */
  villageHelpers: string[];
  relatives: string[];
  agreementDate: string | null;
  /** 拒签: the person refused to sign the 帮教协议. */
  refused: boolean;
  /** When the refusal was reported to the police of the 户籍地, if it was. */
  refusalReportedOn: string | null;
  /** 帮教期满日期 */
  periodEnd: string | null;
  status: string | null;
  endDate: string | null;
  endMethod: string | null;
  endReason: string | null;
  talk: ResettlementTalk;
  visits: ResettlementVisit[];
  assessments: ResettlementAssessment[];
  help: ResettlementHelp[];
  notifications: ResettlementNotification[];
  entrustments: ResettlementEntrustment[];
}

/** 帮教期: five years for those released from prison, three for those whose 社区矫正 ended (§12, handbook (13)①). */
export function periodYears(category: ResettlementCategory | null): number | null {
  if (category === '刑满释放') return 5;
  if (category === '解除社区矫正') return 3;
  return null;
}
