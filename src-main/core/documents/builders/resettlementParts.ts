// Blocks the 安置帮教 documents share: the person's basic facts as the 报到谈话笔录 and the 通报列管通知书 give them, and
// the 帮教期限 as the 协议书 and the 登记表 print it.
import type { Paragraph } from 'docx';
import { ageOnDocumentDate } from '../../../../src-shared/dates';
import { supportTermEnd, supportYears } from '../../../../src-shared/resettlement';
import type { AgreementClauses } from '../../../../src-shared/resettlementClauses';
import { chineseNumber, dateCn } from '../data';
import type { ResettlementSubject } from '../resettlementData';
import { labelled, labelledPairs, type ParaOptions } from '../style';

/** What a builder of a 安置帮教 document reads: the person, this office, and the day it is made. */
export interface ResettlementContext {
  subject: ResettlementSubject;
  officeName: string;
  clauses: AgreementClauses;
  today: string;
}

/** The age as on the document's own date (ageOnDocumentDate), “35岁”; null without a birth date. */
export function ageText(subject: ResettlementSubject, on: string): string | null {
  const age = ageOnDocumentDate({ birth_date: subject.birthDate, age: null }, on);
  return age === null ? null : `${age}岁`;
}

/** “1990年4月15日（35岁）”, the age as on the document's date; null without a birth date. */
export function birthAndAge(subject: ResettlementSubject, on: string): string | null {
  return subject.birthDate ? `${dateCn(subject.birthDate)}（${ageText(subject, on) ?? ''}）` : null;
}

/** 帮教期满日期: as the register stored it, else worked out as the register does (src-shared/resettlement.ts). */
export function periodEnd(subject: ResettlementSubject): string | null {
  return subject.periodEnd ?? supportTermEnd(subject.category, subject.releaseDate);
}

/**
 * “五年（2026年3月2日至2031年3月1日）” with what is known: short enough for one line after its label. The years in
 * words: a digit before 年 is broken from it at a line's end by LibreOffice despite the WORD JOINER between them.
 */
export function periodText(subject: ResettlementSubject): string {
  const years = supportYears(subject.category);
  return `${years ? `${chineseNumber(years)}年` : ''}（${dateCn(subject.releaseDate)}至${dateCn(periodEnd(subject))}）`;
}

/** 刑满释放 or 解除社区矫正, as the sentence “于……从××刑满释放” needs it. */
export function releasedAs(subject: ResettlementSubject): string {
  return subject.category ?? '刑满释放（解除社区矫正）';
}

/**
 * The person's facts, one label and value per line or short pairs on a line (姓名 性别 民族 / 出生日期（年龄）/ 身份证号 /
 * 文化程度 联系电话 / 户籍地 / 居住地 / 罪名 原判刑罚 / 释放日期 释放机关), the age as on `on`.
 */
export function personFacts(subject: ResettlementSubject, on: string, opts: ParaOptions = {}): Paragraph[] {
  const s = subject;
  const line = { ...opts, keepNext: true };
  return [
    labelledPairs(
      [
        ['姓名', s.name],
        ['性别', s.sex],
        ['民族', s.ethnicity],
      ],
      line,
    ),
    labelled('出生日期', birthAndAge(s, on), line),
    labelled('身份证号', s.idNumber, line),
    labelledPairs(
      [
        ['文化程度', s.education],
        ['联系电话', s.phone],
      ],
      line,
    ),
    labelled('户籍地', s.household, line),
    labelled('居住地', s.residence, line),
    labelled('罪名', s.crime, line),
    labelled('原判刑罚', s.sentence, line),
    labelled(
      `${s.category === '解除社区矫正' ? '解矫' : '释放'}日期`,
      s.releaseDate ? dateCn(s.releaseDate) : null,
      line,
    ),
    labelled(s.category === '解除社区矫正' ? '原矫正机构' : '释放机关', s.releaseOrgan, opts),
  ];
}
