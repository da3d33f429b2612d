// §3.9 人民调解协议书: 编号 (the case's 卷号), every party's block labelled 当事人 as the official form does, the
// facts, the numbered terms, how they are performed, the number of copies and the signatures. The fixed wording is
// the form's, character for character.
import {
  agreementNumber,
  agreementSignatures,
  numberedTerms,
  partyBlocks,
  type CaseContext,
  type Part,
} from '../parts';
import { documentDay } from '../data';
import { heading, para, textBlock } from '../style';

export function agreementCopiesSentence(copies: number): string {
  return `本协议一式${copies}份，当事人、人民调解委员会各持一份。`;
}

export function agreement(ctx: CaseContext): Part {
  const { c, today } = ctx;
  return {
    name: '人民调解协议书',
    title: '人民调解协议书',
    blocks: [
      agreementNumber(c),
      ...partyBlocks([['当事人', c.parties]], documentDay(c, c.agreementDate, today)),
      heading('纠纷主要事实、争议事项：'),
      ...textBlock(c.agreementFacts),
      heading('经调解，自愿达成如下协议：'),
      ...numberedTerms(c.agreementTerms),
      heading('履行方式、时限：'),
      ...textBlock(c.performanceTerms),
      para(agreementCopiesSentence(c.agreementCopies), { firstLine: 2, keepNext: true }),
      ...agreementSignatures(ctx),
    ],
  };
}
