// §12 《帮教协议书》, signed on the day the person reports (handbook 四(六)(3)(5)): the parties, the 帮教期限, what each
// of the four parties undertakes as numbered clauses (the office's wording, 设置 → 帮教协议条款), and every party's
// signature with its date. When the person refused to sign, the office notes it on the 协议书 and reports it to the
// police of the 户籍地 (handbook (5)): the note takes the person's signature line.
import { agreementParties } from '../../../../src-shared/resettlementClauses';
import { chineseNumber, dateCn } from '../data';
import type { Part } from '../parts';
import { heading, labelled, para, signatureBlock } from '../style';
import { periodText, releasedAs, type ResettlementContext } from './resettlementParts';

/** The 拒签 note: why the 协议书 has no signature of the person, and that the police were told. */
export function refusalNote(ctx: ResettlementContext): string {
  const { subject: s } = ctx;
  const reported = s.refusalReportedOn ? `已于${dateCn(s.refusalReportedOn)}` : '已';
  return `帮教对象${s.name}拒绝签订本协议。经司法所注明，存档备案，${reported}通报其户籍地公安机关。`;
}

export function resettlementAgreement(ctx: ResettlementContext): Part {
  const { subject: s, officeName, clauses } = ctx;
  const names = (list: readonly string[]) => (list.length > 0 ? list.join('、') : null);
  const date = dateCn(s.agreementDate ?? s.reportDate);
  const sections = agreementParties.flatMap(({ key, label }, i) => [
    heading(`${chineseNumber(i + 1)}、${label}应当做到：`, { before: 0.2 }),
    ...clauses[key].map((clause, n) => para(`${n + 1}．${clause}`, { firstLine: 2 })),
  ]);
  return {
    name: '帮教协议书',
    title: '帮教协议书',
    blocks: [
      labelled('司法所', officeName),
      labelled('村（居）帮教人员', names(s.villageHelpers)),
      labelled('帮教对象亲属', names(s.relatives)),
      labelled('帮教对象', s.name),
      para(
        `为帮助${releasedAs(s)}人员${s.name}顺利回归社会，预防和减少重新违法犯罪，根据安置帮教工作有关规定，经四方协商，签订本协议。`,
        { firstLine: 2, before: 0.3 },
      ),
      para(`帮教期限：${periodText(s)}。`, { firstLine: 2 }),
      ...sections,
      para('本协议一式四份，四方各执一份，自签订之日起生效，帮教期满自行终止。', {
        firstLine: 2,
        before: 0.2,
        keepNext: true,
      }),
      ...(s.refused ? [para(`备注：${refusalNote(ctx)}`, { firstLine: 2, keepNext: true })] : []),
      ...signatureBlock(
        [
          '司法所（印章）',
          '村（居）帮教人员（签名）',
          '帮教对象亲属（签名）',
          s.refused ? '帮教对象（拒签）' : '帮教对象（签名）',
        ],
        // The four sign together on the day the person reports (handbook (3)): one date under the four lines.
        { date },
      ),
    ],
  };
}
