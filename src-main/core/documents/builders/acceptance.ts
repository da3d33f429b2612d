// §3.5 人民调解受理登记表, in the form's words: the acceptance sentence, 纠纷类型, 案件来源 with the form's two choices,
// 纠纷简要情况, the signatures of the parties and the clerk, the committee's seal and the date, and the form's 备注.
import { caseSources } from '../../../../src-shared/codes';
import { committeeSeal, dateCn, namesOf } from '../data';
import type { CaseContext, Part } from '../parts';
import { heading, labelled, para, signatureBlock, textBlock } from '../style';

/** The form's two sources (S20); the chosen one is ticked. */
const SOURCE_CHOICES = ['①当事人申请', '②人民调解委员会主动调解'] as const;

/**
 * “案件来源：①当事人申请√　②人民调解委员会主动调解”. A case referred by a court, the police or another body was taken
 * up by the committee on that referral: it is ticked ② and the referral named after it (formats.md §3.5).
 */
export function sourceLine(source: string | null): string {
  const chosen = source === caseSources[0]?.value ? 0 : source ? 1 : -1;
  const referral = chosen === 1 && source !== caseSources[1]?.value ? `（${source}）` : '';
  const options = SOURCE_CHOICES.map((o, i) => (i === chosen ? `${o}√${referral}` : o));
  return `案件来源：${options.join('\u3000')}`;
}

export function acceptance(ctx: CaseContext): Part {
  const { c, committee } = ctx;
  return {
    name: '人民调解受理登记表',
    title: '人民调解受理登记表',
    blocks: [
      para(`${dateCn(c.acceptDate)}，本人民调解委员会经当事人同意，调解${namesOf(c.parties)}之间的纠纷。`, {
        firstLine: 2,
      }),
      labelled('纠纷类型', c.disputeType),
      para(sourceLine(c.caseSource), { align: 'left' }),
      heading('纠纷简要情况：'),
      ...textBlock(c.summary, { leadsIn: true }),
      ...signatureBlock(['当事人（签名）', '登记人（签名）'], {
        seal: committeeSeal(committee),
        date: dateCn(c.acceptDate),
        followed: true,
      }),
      para('备注：此表由人民调解委员会填写', { align: 'left', before: 1 }),
    ],
  };
}
