// §3.4 人民调解申请书: the applicants' and respondents' blocks, the dispute in brief, what is asked (1、2、3), the fixed
// sentence with the committee's name, the applicants' signatures. It fits one page with typical content: the
// declaration and signatures are set compactly, and nothing but the blocks' own lines is spaced.
import { dateCn, documentDay } from '../data';
import { partyBlocks, type CaseContext, type Part } from '../parts';
import { blank, heading, para, signatureBlock, textBlock } from '../style';

/** The items as entered, numbered 1、2、3; without any, the form's three numbered blanks to write in. */
function applicationItems(items: readonly string[]) {
  if (items.length === 0) return [1, 2, 3].map((n) => para(`${n}、${blank(40)}`, { align: 'left', left: 2 }));
  return items.map((item, i) => para(`${i + 1}、${item}`, { firstLine: 2 }));
}

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
      heading('纠纷简要情况陈述：'),
      ...textBlock(c.summary),
      heading('当事人申请事项：'),
      ...applicationItems(c.applicationItems),
      para(`${name}人民调解委员会已将申请人民调解的相关规定告知我，现自愿申请${name}人民调解委员会进行调解。`, {
        firstLine: 2,
        keepNext: true,
      }),
      ...signatureBlock(
        c.applicants.map(() => '申请人（签名盖章或按指印）'),
        { date: dateCn(c.acceptDate), compact: true },
      ),
    ],
  };
}
