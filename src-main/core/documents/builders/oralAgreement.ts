// §3.10 人民调解口头协议登记表: filled in as the 协议书 is (S21), as a ruled form: the parties, the facts, what was
// agreed orally, how it is performed, and what the provincial system records beside (C8: 调解地点、涉及金额、履行情况).
import type { Paragraph } from 'docx';
import { documentDay, text, yuan } from '../data';
import {
  agreementNumber,
  agreementSignatures,
  numberedTerms,
  partyBlocks,
  type CaseContext,
  type Part,
} from '../parts';
import { SIZE, table, textBlock, type CellInput } from '../style';

export function oralAgreement(ctx: CaseContext): Part {
  const { c, today } = ctx;
  const size = SIZE.table;
  const place = c.lastSession ? text(c.lastSession, 'place') : null;
  const label = (content: string): CellInput => ({ content, label: true });
  const wide = (content: Paragraph[]): CellInput => ({ content, span: 3 });
  return {
    name: '人民调解口头协议登记表',
    title: '人民调解口头协议登记表',
    blocks: [
      agreementNumber(c),
      table({
        widths: [2000, 2422, 2000, 2422],
        size,
        rows: [
          [label('当事人'), wide(partyBlocks([['', c.parties]], documentDay(c, c.agreementDate, today), size))],
          [label('纠纷主要事实、争议事项'), wide(textBlock(c.agreementFacts, { size }))],
          [label('口头协议内容'), wide(numberedTerms(c.agreementTerms, size))],
          [label('履行方式、时限'), wide(textBlock(c.performanceTerms, { size }))],
          [label('调解地点'), { content: place ?? '', span: 3 }],
          [label('协议涉及金额'), yuan(c.agreementAmount) ?? '', label('协议履行情况'), c.performance ?? ''],
          { cells: [label('签名'), wide(agreementSignatures(ctx, { size, left: 1 }))], keepTogether: true },
        ],
      }),
    ],
  };
}
