// §3.8 人民调解记录, one per session: the head (时间、地点、事由、当事人、参加人), the record, the result with the
// form's three choices, and the signatures of the parties present, the mediators and the recorder, under the
// committee's seal (S22: the record is signed and sealed) and the session's date.
import { type CaseEntry, committeeSeal, dateCn, namesOf, splitNames, text, whenCn } from '../data';
import { choices, type CaseContext, type Part } from '../parts';
import { heading, labelled, labelledPairs, para, signatureBlock, textBlock } from '../style';

const RESULTS = ['达成书面协议', '达成口头协议', '未达成协议'] as const;

export function session(ctx: CaseContext, entry: CaseEntry<'sessions'>): Part {
  const { c, committee } = ctx;
  const present = text(entry, 'parties_present');
  const presentNames = present ? splitNames(present) : c.parties.map((p) => p.name);
  const result = text(entry, 'result');
  const reason = text(entry, 'failure_reason');
  return {
    name: '人民调解记录',
    title: '人民调解记录',
    note: dateCn(text(entry, 'date')),
    blocks: [
      labelled('时间', whenCn(text(entry, 'date'), text(entry, 'start_time'), text(entry, 'end_time'))),
      labelled('地点', text(entry, 'place')),
      labelled('事由', text(entry, 'matter')),
      labelled('当事人', present ?? namesOf(c.parties)),
      labelled('参加人', text(entry, 'participants') ?? '无'),
      labelledPairs([
        ['人民调解员', text(entry, 'mediators') ?? (c.mediators.join('、') || null)],
        ['记录人', text(entry, 'recorder')],
      ]),
      heading('调解记录：', { before: 0.3 }),
      ...textBlock(text(entry, 'record'), { leadsIn: true }),
      para(
        `调解结果：${choices(RESULTS, result ? [result] : [])}${result === '未达成协议' || reason ? `（原因：${reason ?? '________'}）` : ''}`,
        { align: 'left', before: 0.3, keepNext: true },
      ),
      ...signatureBlock([...presentNames.map(() => '当事人（签名）'), '人民调解员（签名）', '记录人（签名）'], {
        seal: committeeSeal(committee),
        date: dateCn(text(entry, 'date')),
        // Set close, as the 申请书's: with room between the lines for a name, the 调解结果 and the signatures that
        // keep with the record's last paragraph then fit under a typical record instead of taking it to a new page.
        compact: true,
      }),
    ],
  };
}
