// What the 安置帮教 documents read of a person in 安置帮教 (docs/spec/formats.md §12): the 花名册's fields and the
// timeline's entries, as plain values. The builders read only this, so the register's field keys are known in one
// place (resettlementSubject, below).
export type ResettlementCategory = '刑满释放' | '解除社区矫正';

export interface ResettlementVisit {
  date: string;
  /** 实地走访 / 电话走访 / 视频走访 */
  form: string | null;
  /** 本人、亲属… as chosen, joined. */
  interviewee: string | null;
  situation: string | null;
  visitors: string[];
}

export interface ResettlementAssessment {
  date: string;
  /** 入帮评估 / 日常评估 / 即时评估 */
  kind: string | null;
  result: string | null;
  /** The 社会适应指数等级 it gave (高 / 中 / 低). */
  level: string | null;
  assessor: string | null;
}

export interface ResettlementHelp {
  date: string;
  measure: string | null;
  detail: string | null;
  result: string | null;
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
  /** 帮教小组成员 / 责任人 as typed. */
  team: string | null;
  /** Of the 帮教小组, the 村（居） members and the relatives, as the 协议书 names its parties. */
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

const SEPARATORS = /[、，,；;\n]+/;
/** Words that say a member is of the 村（居）: its cadres, 网格员, 治保调解主任. */
const VILLAGE = /村|居委|社区|网格|治保|调解|书记|主任/;
/** Words that say a member is a relative. */
const RELATIVE = /亲属|父|母|妻|夫|配偶|儿|女|兄|弟|姐|妹|叔|伯|舅|姑|姨|爷|奶|外公|外婆/;
/** Members of the office or the police sign for those, not as 村（居） or family. */
const OFFICIAL = /司法所|派出所|民警|志愿/;

/**
 * The 帮教小组 as typed (“新桥村治保调解主任周建华、网格员陈丽、父亲孙大海”), sorted into the 协议书's parties by the
 * words clerks write before a name: who is of the 村（居）, who is family. A member named without such a word is in
 * neither, and the 协议书 leaves that party's line for a hand-written name.
 */
export function teamParties(team: string | null): { villageHelpers: string[]; relatives: string[] } {
  const members = (team ?? '')
    .split(SEPARATORS)
    .map((m) => m.trim())
    .filter((m) => m !== '' && !OFFICIAL.test(m));
  return {
    villageHelpers: members.filter((m) => VILLAGE.test(m)),
    relatives: members.filter((m) => !VILLAGE.test(m) && RELATIVE.test(m)),
  };
}
