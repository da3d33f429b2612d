// Blocks several documents share: the 当事人信息块, the numbered agreement terms, the agreement's body and signatures,
// check-box choices. Builders compose these with the style helpers; none repeats another's layout.
import type { FileChild, Paragraph } from 'docx';
import type { PartyData, RecordView, RegisterKey } from '../../../src-shared/registers';
import { ageOnDocumentDate } from '../../../src-shared/dates';
import { chineseNumber, committeeSeal, dateCn, type CommitteeName, type MediationCase } from './data';
import {
  SIZE,
  blank,
  filled,
  para,
  signatureBlock,
  tab,
  type CellInput,
  type Inline,
  type RowSpec,
  type Size,
} from './style';

/** One document of a case, ready to be set on its own pages. */
export interface Part {
  /** 文书名称: the file name and the 卷内目录 entry. */
  name: string;
  /** The printed title; null for the cover, which sets its own. */
  title: string | null;
  blocks: FileChild[];
  /** 卷内目录 备注 (which session, which date). */
  note?: string;
}

/** What every builder of a case's documents reads. */
export interface CaseContext {
  c: MediationCase;
  committee: CommitteeName;
  /** The day the document is made: files a case without a 受理日期. Ages are on each document's own date instead. */
  today: string;
}

/** What a builder of a one-record form (来访接待记录, 实地查访情况登记表) reads; 矫正机构 and 接待单位 are this office. */
export interface RecordContext<R extends RegisterKey> {
  record: RecordView<R>;
  officeName: string;
  today: string;
}

/** A person the 当事人信息块 describes: a party, or a 被调查人 given by the fields of an investigation. */
export type Person = Pick<
  PartyData,
  'kind' | 'name' | 'sex' | 'ethnicity' | 'occupation' | 'phone' | 'address' | 'legal_rep'
> & {
  age: string | null;
};

/** A party as a document dated `on` describes them: their age on that date. */
export function personOf(party: PartyData, on: string): Person {
  const age = ageOnDocumentDate(party, on);
  return { ...party, age: age === null ? null : String(age) };
}

/**
 * The 当事人信息块 (docs/spec/formats.md §3.4, §10 item 1): the role label in a column of its own, then 姓名 性别 民族 年龄 /
 * 职业或职务 联系方式 / 单位或住址, each value underlined as written on the form; an organisation gives 名称 /
 * 法定代表人 联系方式 / 地址. `labelWidth` (characters) keeps the blocks of one document aligned.
 */
export function personBlock(label: string, person: Person, opts: { labelWidth: number; size?: Size }): Paragraph[] {
  const size = opts.size;
  const style = { size };
  const gap = '\u3000';
  const pair = (name: string, value: string | null, width = 6): Inline[] => [name, filled(value, style, width)];
  const lines: Inline[][] =
    person.kind === '法人或其他组织'
      ? [
          pair('名称', person.name, 16),
          [...pair('法定代表人', person.legal_rep), gap, ...pair('联系方式', person.phone, 12)],
          pair('地址', person.address, 24),
        ]
      : [
          [
            ...pair('姓名', person.name),
            gap,
            ...pair('性别', person.sex, 4),
            gap,
            ...pair('民族', person.ethnicity, 4),
            gap,
            ...pair('年龄', person.age, 4),
          ],
          [...pair('职业或职务', person.occupation), gap, ...pair('联系方式', person.phone, 12)],
          pair('单位或住址', person.address, 24),
        ];
  // Without a label (inside a form's 当事人 cell) the lines start at the cell's edge.
  const left = label ? opts.labelWidth : 0;
  return lines.map((children, i) => {
    const labelled = i === 0 && label !== '';
    return para(labelled ? [label, tab(), ...children] : children, {
      size,
      align: 'left',
      left,
      ...(labelled ? { hanging: left } : {}),
      before: i === 0 ? 0.2 : 0,
      keepNext: i < lines.length - 1,
    });
  });
}

/** Blocks for groups of parties under their labels (申请人 …, 被申请人 …), aligned on the longest label. */
export function partyBlocks(
  groups: readonly (readonly [string, readonly PartyData[]])[],
  /** The document's own date: ages are printed as on it. */
  on: string,
  size?: Size,
): Paragraph[] {
  const labelWidth = Math.max(...groups.map(([label]) => label.length)) + 1;
  return groups.flatMap(([label, people]) =>
    people.flatMap((p) => personBlock(label, personOf(p, on), { labelWidth, size })),
  );
}

/** 协议条款 numbered 一、二、三…, as the register's hint promises. */
export function numberedTerms(terms: readonly string[], size?: Size): Paragraph[] {
  return terms.map((term, i) => para(`${chineseNumber(i + 1)}、${term}`, { size, firstLine: 2 }));
}

/** “■当事人申请　□人民调解委员会主动调解”: the form's choices, the one that applies filled in. */
export function choices(options: readonly string[], chosen: readonly string[]): string {
  return options.map((o) => `${chosen.includes(o) ? '■' : '□'}${o}`).join('\u3000');
}

/**
 * “编号：（2026）东人调字第1号”, right-aligned under the title: the 协议书, the 口头协议登记表 and the 回访记录 share
 * the case's 卷号 as their number (docs/spec/formats.md §3.9 point 4, §10 item 2).
 */
export function agreementNumber(c: MediationCase): Paragraph {
  return para(`编号：${c.caseNo ?? blank(16)}`, { align: 'right', after: 0.3 });
}

/**
 * The signatures of an agreement (§3.9 points 3, 6): one 当事人 line per party, the mediator and the recorder, the
 * committee's seal and the date the agreement was made, on the right as the form has them.
 */
export function agreementSignatures(ctx: CaseContext, opts: { size?: Size; left?: number } = {}): Paragraph[] {
  const { c, committee } = ctx;
  return signatureBlock(
    [...c.parties.map(() => '当事人（签名盖章或按指印）'), '人民调解员（签名）', '记录人（签名）'],
    {
      ...opts,
      seal: committeeSeal(committee),
      date: dateCn(c.agreementDate),
    },
  );
}

/** The rows just above a form's signature rows: the last of them keeps with the signatures (see signatureRows). */
export function lastRows(rows: readonly (readonly CellInput[])[]): RowSpec[] {
  return rows.map((cells, i) => ({ cells, keepNext: i === rows.length - 1 }));
}

/**
 * The last rows of a ruled four-column form (来访接待记录, 实地查访情况登记表): two signatures side by side, each
 * label (split over two lines where the label column is narrow) with an empty cell of two lines to sign in, then the
 * date on the right. In the table, unbreakable and kept together, so they never fall apart across a page, and kept
 * with the row above them (lastRows), so they never stand alone on one.
 */
export function signatureRows(labels: readonly [string, string], date: string): RowSpec[] {
  const size = SIZE.table;
  const space: CellInput = { content: [para('', { size }), para('', { size })] };
  return [
    {
      cells: [{ content: labels[0], label: true }, space, { content: labels[1], label: true }, space],
      keepTogether: true,
      keepNext: true,
    },
    { cells: [{ content: [para(date, { size, align: 'right', right: 2 })], span: 4 }], keepTogether: true },
  ];
}
