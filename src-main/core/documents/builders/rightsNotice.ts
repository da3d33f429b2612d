// §3.6 人民调解当事人权利义务告知书. The opening sentence and the first clause are the official form's words (S20);
// the form's other clauses were not found, so they restate the 人民调解法 articles the spec names (3, 4, 23, 24,
// 31–33) in the law's own words.
import { committeeSeal, dateCn } from '../data';
import type { CaseContext, Part } from '../parts';
import { para, signatureBlock } from '../style';

export const RIGHTS_NOTICE_OPENING =
  '根据有关法律、法规的要求，现将人民调解委员会的性质、调解原则和法律效果，以及在调解中各方当事人享有的权利和应当承担的义务告知如下：';

export const RIGHTS_NOTICE_CLAUSES = [
  '一、人民调解委员会是调解民间纠纷的群众性组织。',
  '二、人民调解委员会调解民间纠纷，应当遵循下列原则：（一）在当事人自愿、平等的基础上进行调解；（二）不违背法律、法规和国家政策；（三）尊重当事人的权利，不得因调解而阻止当事人依法通过仲裁、行政、司法等途径维护自己的权利。',
  '三、人民调解委员会调解民间纠纷，不收取任何费用。',
  '四、当事人在人民调解活动中享有下列权利：（一）选择或者接受人民调解员；（二）接受调解、拒绝调解或者要求终止调解；（三）要求调解公开进行或者不公开进行；（四）自主表达意愿、自愿达成调解协议。',
  '五、当事人在人民调解活动中履行下列义务：（一）如实陈述纠纷事实；（二）遵守调解现场秩序，尊重人民调解员；（三）尊重对方当事人行使权利。',
  '六、经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。',
  '七、经人民调解委员会调解达成调解协议后，当事人之间就调解协议的履行或者调解协议的内容发生争议的，一方当事人可以向人民法院提起诉讼。',
  '八、经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认调解协议。',
] as const;

export function rightsNotice(ctx: CaseContext): Part {
  const { c, committee } = ctx;
  return {
    name: '人民调解当事人权利义务告知书',
    title: '人民调解当事人权利义务告知书',
    blocks: [
      para(RIGHTS_NOTICE_OPENING, { firstLine: 2 }),
      ...RIGHTS_NOTICE_CLAUSES.map((clause) => para(clause, { firstLine: 2 })),
      para('以上内容已告知，本人已知悉。', { firstLine: 2, keepNext: true }),
      ...signatureBlock(
        c.parties.map(() => '当事人（签名盖章或按指印）'),
        { seal: committeeSeal(committee), date: dateCn(c.acceptDate) },
      ),
    ],
  };
}
