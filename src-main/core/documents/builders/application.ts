// §3.4 人民调解申请书: the applicants' and respondents' blocks, the dispute in brief, what is asked, the fixed
// sentence with the committee's name, the applicants' signatures.
import { dateCn, documentDay } from '../data';
import { partyBlocks, type CaseContext, type Part } from '../parts';
import { blank, heading, para, signatureBlock, textBlock } from '../style';

export function application(ctx: CaseContext): Part {
  const { c, committee, today } = ctx;
  const name = committee.prefix ?? blank(8);
  return {
    name: '人民调解申请书',
    title: '人民调解申请书',
    blocks: [
      ...partyBlocks(
        [
          ['申请人', c.applicants],
          ['被申请人', c.respondents],
        ],
        documentDay(c, c.acceptDate, today),
      ),
      heading('纠纷简要情况陈述：', { before: 0.3 }),
      ...textBlock(c.summary),
      // The register keeps no separate 申请事项: the form's numbered blanks are left for the applicant to write.
      heading('当事人申请事项：'),
      ...[1, 2, 3].map((n) => para(`${n}、${blank(40)}`, { align: 'left', left: 2 })),
      para(`${name}人民调解委员会已将申请人民调解的相关规定告知我，现自愿申请${name}人民调解委员会进行调解。`, {
        firstLine: 2,
        before: 0.3,
        keepNext: true,
      }),
      ...signatureBlock(
        c.applicants.map(() => '申请人（签名盖章或按指印）'),
        { date: dateCn(c.acceptDate) },
      ),
    ],
  };
}
