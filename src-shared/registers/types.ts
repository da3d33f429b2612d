import type { CodeOption } from '../codes';

/** A field's `initial` meaning the name of the person logged in (登记人 of a new record). */
export const INITIAL_USER = '@user';

/** How a field is entered, validated and stored. */
export type FieldType =
  | 'text' // one line, TEXT
  | 'textarea' // long text, TEXT
  | 'date' // YYYY-MM-DD, TEXT
  | 'time' // HH:MM, TEXT
  | 'int' // count, INTEGER >= 0
  | 'money' // 分, INTEGER >= 0; shown and entered in 元
  | 'bool' // 是/否, INTEGER 0/1
  | 'select' // one of options, TEXT
  | 'multiselect' // several of options, TEXT (JSON array)
  | 'phone' // TEXT
  | 'idcard' // 18-digit 身份证号, TEXT; fills birth date and sex
  | 'staff' // a name from 本所工作人员 (settings), TEXT
  | 'mediators' // names from 人民调解员花名册, TEXT (JSON array)
  | 'committee' // id of a 人民调解委员会 (settings), INTEGER
  | 'parties' // party blocks, stored in the party table
  | 'lines' // an ordered list of paragraphs (协议条款), TEXT (JSON array)
  | 'names' // free-typed names suggested from 本所工作人员, TEXT (JSON array)
  | 'entries'; // a child list (调解记录, 实地查访 …), stored in the record_entry table

/**
 * One field of a register. K and T keep a definition's keys and types literal, so code reading a record through
 * RecordView (view.ts) fails to compile when a field it reads is renamed or changes kind.
 */
export interface FieldDef<K extends string = string, T extends FieldType = FieldType> {
  /** Column name in the register's table (snake_case). */
  readonly key: K;
  /** The spec's Chinese column name. */
  readonly label: string;
  readonly type: T;
  readonly options?: readonly CodeOption[];
  readonly required?: boolean;
  /** Shown as a column of the book's list. */
  readonly list?: boolean;
  /** Matched by the book's search box. */
  readonly search?: boolean;
  /** One of the book's main filters: a select by its options, a date by its year (帮教期满年份). */
  readonly filter?: boolean;
  /** Maximum length of text, or maximum value of a number. */
  readonly max?: number;
  /** Form section heading the field sits under. */
  readonly section?: string;
  readonly hint?: string;
  /** For type 'parties': the role stored in party.role and the allowed count. */
  readonly party?: { readonly role: string; readonly min: number; readonly max: number };
  /** For type 'entries': the entry's own fields, and the allowed count. */
  readonly entry?: {
    readonly kind: string;
    readonly fields: readonly FieldDef[];
    readonly min: number;
    readonly max: number;
  };
  /** For types 'lines' and 'names': the fewest items a complete record has. */
  readonly minItems?: number;
  /**
   * For a text field of an entry: picked from the names in the record's field of this key (a 调解记录's 人民调解员
   * from the case's own), several joined by 、. Stays text, so what was typed freely before still reads as it was.
   */
  readonly choicesFrom?: string;
  /**
   * For a field of an entry: shown (and kept) only while the entry's field `field` holds one of `values` — an 审批事项's
   * 目的地 only for the 外出 types. Hidden, it is stored empty.
   */
  readonly shownFor?: { readonly field: string; readonly values: readonly string[] };
  /** For a text field: offers the office's list of that name (设置 › 月度考核结果's grades) while still taking text. */
  readonly suggestFrom?: 'assessmentGrades';
  /** For a text field: a month, stored 2026-11 (the 月度考核's 考核月份); other ways of writing it are read as that. */
  readonly yearMonth?: boolean;
  /** For type 'idcard': the fields its birth date and sex fill. */
  readonly fills?: { readonly birthDate: string; readonly sex: string };
  /** Form width in a 12-column grid (default: a third; long text and lists the whole row). */
  readonly span?: number;
  /** Set by the system (e.g. 卷号), shown but never entered. */
  readonly generated?: boolean;
  /** What a new record's form starts with ('today' for dates, INITIAL_USER for the person logged in). */
  readonly initial?: string | number | boolean;
  /**
   * What an empty value reads as while the field `until` is empty too: 调解结果 reads 在办 until the case has a
   * 结案日期. Shown only (lists, the form's placeholder), never stored.
   */
  readonly pending?: { readonly text: string; readonly until: string };
}

/** A value computed from the stored row, shown but never entered. */
export interface ComputedDef {
  readonly key: string;
  readonly label: string;
  readonly list?: boolean;
  readonly compute: (row: RecordData, today: string) => string | number | null;
}

/** The groups the navigation and 首页 list books under, in order. */
export const bookGroups = ['七簿', '名册'] as const;
export type BookGroup = (typeof bookGroups)[number];

export type RegisterKey =
  | 'petition'
  | 'studyMeeting'
  | 'legalPublicity'
  | 'mediationCase'
  | 'disputeScreening'
  | 'typicalCase'
  | 'legalAid'
  | 'mediator'
  | 'correctionSubject'
  | 'resettlement'
  | 'workInfo';

export interface DateOrderRule {
  readonly kind: 'dateOrder';
  readonly earlier: string;
  readonly later: string;
}

/** A child list's field: its entries' own fields E stay literal, for EntryView (view.ts). */
export type EntriesFieldDef<K extends string, E extends FieldDef> = Omit<FieldDef<K, 'entries'>, 'entry'> & {
  readonly entry: { readonly kind: string; readonly fields: readonly E[]; readonly min: number; readonly max: number };
};

/** F is the union of the register's fields (see defineRegister): what it files and names by must be among them. */
export interface RegisterDef<F extends FieldDef = FieldDef> {
  readonly key: RegisterKey;
  readonly table: string;
  /** Full name as docs/spec/formats.md writes it. */
  readonly title: string;
  /** What one record is, in a clerk's words, for sentences such as 还没有登记来信来访. */
  readonly noun: string;
  /**
   * The navigation's books: the 七簿, then the 名册 (the handbook's 二册, 人民调解员 and 社区矫正对象, and the third,
   * 安置帮教对象, issue 20); 报送 records are reached from 首页's quotas.
   */
  readonly group: BookGroup | '报送';
  /** The date that files a record under a year and month. */
  readonly dateField: F['key'];
  /** What names a record in lists of several books (回收站, 首页). */
  readonly summaryField: F['key'];
  readonly fields: readonly F[];
  /**
   * Form sections that are the stages of the record's workflow, in order (the mediation case's 受理 … 立卷): the
   * form's section index says of each whether it is done, due next (待填) or not reached yet (未到).
   */
  readonly stages?: readonly string[];
  readonly computed?: readonly ComputedDef[];
  readonly rules?: readonly DateOrderRule[];
  /** Default list order. */
  readonly defaultSort: { readonly key: string; readonly order: 'asc' | 'desc' };
}

export type ScalarValue = string | number | boolean | null;
export type FieldValue = ScalarValue | string[] | PartyData[] | EntryData[];
/** One item of a child list: scalar fields and lists, never nested further. */
export type EntryData = Record<string, ScalarValue | string[]>;
export type RecordData = Record<string, FieldValue>;

/** §10.1 当事人信息块, shared by every book and document that names a person. */
export interface PartyData {
  kind: '自然人' | '法人或其他组织';
  name: string;
  sex: string | null;
  ethnicity: string | null;
  birth_date: string | null;
  age: number | null;
  occupation: string | null;
  phone: string | null;
  address: string | null;
  id_number: string | null;
  legal_rep: string | null;
}
