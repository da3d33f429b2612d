// §3.5 人民调解受理登记表: the acceptance sentence, then the form's rows in a ruled table.
import { caseSources } from '../../../../src-shared/codes';
import { committeeSeal, dateCn, namesOf } from '../data';
import { choices, type CaseContext, type Part } from '../parts';
import { SIZE, blank, para, table, textBlock } from '../style';

/** The form offers two sources (S20); cases referred by courts, police or other bodies are marked as a third. */
const SOURCE_CHOICES = ['当事人申请', '人民调解委员会主动调解', '接受委托移送'] as const;

function sourceChoice(source: string | null): string[] {
  if (source === caseSources[0]?.value) return ['当事人申请'];
  if (source === caseSources[1]?.value) return ['人民调解委员会主动调解'];
  return source ? ['接受委托移送'] : [];
}

export function acceptance(ctx: CaseContext): Part {
  const { c, committee } = ctx;
  const size = SIZE.table;
  const referred = sourceChoice(c.caseSource)[0] === '接受委托移送' ? `（${c.caseSource}）` : '';
  return {
    name: '人民调解受理登记表',
    title: '人民调解受理登记表',
    blocks: [
      para(`${dateCn(c.acceptDate)}，本人民调解委员会经当事人同意，调解${namesOf(c.parties)}之间的纠纷。`, {
        firstLine: 2,
        after: 0.3,
      }),
      table({
        widths: [2000, 6844],
        size,
        rows: [
          [{ content: '卷号', label: true }, c.caseNo ?? ''],
          [{ content: '纠纷类型', label: true }, c.disputeType ?? ''],
          [{ content: '案件来源', label: true }, `${choices(SOURCE_CHOICES, sourceChoice(c.caseSource))}${referred}`],
          [{ content: '纠纷简要情况', label: true }, { content: textBlock(c.summary, { size }) }],
          [
            { content: '签名', label: true },
            {
              content: [
                para(`当事人（签名）${blank(16)}`, { size, align: 'left', before: 0.5 }),
                para(`登记人（签名）${blank(16)}`, { size, align: 'left', before: 0.5 }),
                para(committeeSeal(committee), { size, align: 'right', right: 2, before: 1 }),
                para(dateCn(c.acceptDate), { size, align: 'right', right: 4, after: 0.3 }),
              ],
            },
          ],
        ],
      }),
      para('备注：此表由人民调解委员会填写', { size, align: 'left', before: 0.3 }),
    ],
  };
}
