// The five 安置帮教 documents (docs/spec/formats.md §12) as Word files, from the person's data read by
// resettlementData.ts: which builder, which page (the 登记表 on landscape A4), numbered “— N —” as every document.
import type { Document } from 'docx';
import type { AgreementClauses } from '../../../src-shared/resettlementClauses';
import { entrustmentRoll, rollRows } from './builders/entrustmentRoll';
import { policeNotice } from './builders/policeNotice';
import { reportTalk } from './builders/reportTalk';
import { resettlementAgreement } from './builders/resettlementAgreement';
import type { ResettlementContext } from './builders/resettlementParts';
import { resettlementWorkBook } from './builders/resettlementWorkBook';
import { partChildren } from './caseFile';
import type { ResettlementSubject } from './resettlementData';
import { document } from './style';
import type { resettlementDocumentKinds } from '../../../src-shared/documents';

export type ResettlementKind = (typeof resettlementDocumentKinds)[number];

export interface ResettlementDocumentInput {
  kind: ResettlementKind;
  subject: ResettlementSubject;
  officeName: string;
  clauses: AgreementClauses;
  today: string;
  /** 通报列管通知书: which 通报 (its index in the person's list); the latest when absent. */
  index?: number;
  /** 委托帮教和解除帮教登记表: the year, and every person of the book. */
  year?: string;
  book?: readonly ResettlementSubject[];
}

/** The year a 登记表 printed from this person's record covers: that of their latest 委托 or 解除, else this year's. */
export function rollYear(subject: ResettlementSubject, today: string): string {
  const dates = [...subject.entrustments.map((e) => e.date), subject.endDate].filter((d): d is string => !!d);
  return (dates.sort().at(-1) ?? today).slice(0, 4);
}

export function resettlementDocument(input: ResettlementDocumentInput, docName: string): Document {
  const { kind, subject } = input;
  const ctx: ResettlementContext = {
    subject,
    officeName: input.officeName,
    clauses: input.clauses,
    today: input.today,
  };
  const part = (() => {
    switch (kind) {
      case 'reportTalk':
        return reportTalk(ctx);
      case 'resettlementAgreement':
        return resettlementAgreement(ctx);
      case 'policeNotice':
        return policeNotice(ctx, subject.notifications[input.index ?? subject.notifications.length - 1] ?? null);
      case 'resettlementWorkBook':
        return resettlementWorkBook(ctx);
      case 'entrustmentRoll': {
        const year = input.year ?? rollYear(subject, input.today);
        return entrustmentRoll(rollRows(input.book ?? [subject], year), { year, officeName: input.officeName });
      }
    }
  })();
  return document({
    title: docName,
    runs: [{ numbered: true, children: partChildren(part), landscape: kind === 'entrustmentRoll' }],
  });
}
