// The Word documents the app can make, named the same in every process.

/** The documents of the 人民调解卷宗 (docs/spec/formats.md §3), in the 卷宗's order. */
export const caseDocumentKinds = [
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
] as const;

/** 安置帮教 (§12): a person's documents, then the year's 登记表. */
export const resettlementDocumentKinds = [
  'reportTalk',
  'resettlementAgreement',
  'policeNotice',
  'resettlementWorkBook',
  'entrustmentRoll',
] as const;

/**
 * 社区矫正 (§7, §13): a 查访登记表 per visit; per 审批事项 its 审批表 (审核表), once decided the 审批告知书, once approved
 * the 公示; the 期满鉴定表.
 */
export const correctionDocumentKinds = [
  'fieldVisit',
  'approvalForm',
  'approvalNotice',
  'approvalPublicNotice',
  'appraisal',
] as const;

export const documentKinds = [
  ...caseDocumentKinds,
  'visitRecord',
  ...correctionDocumentKinds,
  ...resettlementDocumentKinds,
] as const;

export type DocumentKind = (typeof documentKinds)[number];

export interface DocumentOption {
  kind: DocumentKind;
  title: string;
  /** Which 调查记录 / 调解记录 / 实地查访 / 审批事项 entry, where the document is made per entry. */
  index?: number;
  available: boolean;
  /** Why not, in Chinese, naming the missing data. */
  missing?: string;
  /** A piece of the 卷宗 that can be numbered on from its place there (按卷宗连续编页), matching the 卷内目录. */
  caseFilePaging?: boolean;
}

export interface GeneratedFile {
  fileName: string;
  /** Where the copy kept in the data folder was written. */
  savedPath: string;
  /** The .docx itself, for the browser to download. */
  base64: string;
}

/** An official font of the documents (formats.md §2.1) on this PC. */
export interface OfficialFont {
  name: string;
  /** What the documents set in it: 正文, 标题. */
  use: string;
  installed: boolean;
  /** The installed font Word and WPS will use instead, when it is not installed. */
  substitute: string | null;
}

export interface OfficialFontStatus {
  fonts: OfficialFont[];
}
