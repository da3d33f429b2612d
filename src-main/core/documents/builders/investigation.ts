// §3.7 人民调解调查记录, one per investigation: time and place, who asked and who wrote, the person asked (as a
// 当事人信息块), those present, the questions and answers, the three signatures.
import { type CaseEntry, dateCn, documentDay, text, whenCn } from '../data';
import { personBlock, personOf, type CaseContext, type Part, type Person } from '../parts';
import { heading, labelled, labelledPairs, signatureBlock, textBlock } from '../style';

/** The person asked, from the entry's fields; a party of the case of that name fills in what the entry lacks. */
function subjectOf(entry: CaseEntry<'investigations'>, ctx: CaseContext): Person {
  const name = text(entry, 'subject_name') ?? '';
  const party = ctx.c.parties.find((p) => p.name === name);
  const known = party ? personOf(party, documentDay(ctx.c, text(entry, 'date'), ctx.today)) : null;
  return {
    kind: '自然人',
    name,
    sex: text(entry, 'subject_sex') ?? known?.sex ?? null,
    ethnicity: text(entry, 'subject_ethnicity') ?? known?.ethnicity ?? null,
    age: text(entry, 'subject_age') ?? known?.age ?? null,
    occupation: text(entry, 'subject_occupation') ?? known?.occupation ?? null,
    phone: text(entry, 'subject_phone') ?? known?.phone ?? null,
    address: text(entry, 'subject_address') ?? known?.address ?? null,
    legal_rep: null,
  };
}

export function investigation(ctx: CaseContext, entry: CaseEntry<'investigations'>): Part {
  return {
    name: '人民调解调查记录',
    title: '人民调解调查记录',
    note: dateCn(text(entry, 'date')),
    blocks: [
      labelled('时间', whenCn(text(entry, 'date'), text(entry, 'start_time'), text(entry, 'end_time'))),
      labelled('地点', text(entry, 'place')),
      labelledPairs([
        ['调查人', text(entry, 'investigator')],
        ['记录人', text(entry, 'recorder')],
      ]),
      ...personBlock('被调查人', subjectOf(entry, ctx), { labelWidth: 5 }),
      labelled('参加人', text(entry, 'participants') ?? '无'),
      heading('记录：', { before: 0.3 }),
      ...textBlock(text(entry, 'record'), { leadsIn: true }),
      ...signatureBlock(['被调查人（签名）', '调查人（签名）', '记录人（签名）']),
    ],
  };
}
