// 《社区矫正事项审批告知书》 (seeds 002 四(五)(8)③): once the county has decided an 审批事项, the office tells the person,
// their 监护人 and 保证人 what was decided and what they must now do; they sign for it.
import { approvalWording } from '../approvalWording';
import { correctionPerson, detailItems, type Approval } from '../correctionData';
import { dateCn, text } from '../data';
import type { Part, RecordContext } from '../parts';
import { blank, para, signatureBlock } from '../style';

/** “（外出事由：探望母亲；目的地：南京市；起止日期：…）”: what was applied for, the short details filled in. */
export function appliedFor(approval: Approval): string {
  const items = detailItems(approval).filter((item) => item.value && item.label !== '证明材料');
  // A sentence's own full stop would stand before the list's ；.
  const said = (value: string | null) => (value ?? '').replace(/[。；，、\s]+$/, '');
  return items.length === 0 ? '' : `（${items.map((item) => `${item.label}：${said(item.value)}`).join('；')}）`;
}

/** The decision in a sentence: what the person applied for, or what the office proposed, and the county's answer. */
export function decisionSentence(approval: Approval): string {
  const wording = approvalWording[approval.type];
  const decided = approval.approved ? '决定予以批准' : '决定不予批准';
  const how = approval.def.review ? '审核' : '审批';
  const date = dateCn(text(approval.entry, 'date'));
  return wording.applied
    ? `你于${date}提出的${wording.matter}申请${appliedFor(approval)}，经本所审核，报执行地县级社区矫正机构${how}，${decided}。`
    : `本所于${date}就对你${wording.matter}一事报执行地县级社区矫正机构${how}，${decided}。`;
}

export function approvalNotice(ctx: RecordContext<'correctionSubject'>, approval: Approval): Part {
  const wording = approvalWording[approval.type];
  const person = correctionPerson(ctx.record);
  const on = text(approval.entry, 'inform_date') ?? ctx.today;
  const told = approval.approved
    ? wording.duty
    : `请你继续遵守社区矫正监督管理规定，服从监督管理。${wording.refused ?? ''}`;
  return {
    name: '社区矫正事项审批告知书',
    title: '社区矫正事项审批告知书',
    note: dateCn(on),
    blocks: [
      para(`${person.name}：`, { align: 'left', before: 0.3 }),
      para(decisionSentence(approval), { firstLine: 2 }),
      para(told, { firstLine: 2 }),
      para('特此告知。', { firstLine: 2, keepNext: true }),
      ...signatureBlock([], { seal: `${ctx.officeName}（印章）`, date: dateCn(on), followed: true }),
      para('本告知书已向本人及其监护人、保证人宣读并送达。', { before: 1, keepNext: true, keepLines: true }),
      para(`本人签收：${blank(10)}\u3000监护人、保证人签收：${blank(10)}`, {
        align: 'left',
        before: 0.5,
        keepNext: true,
        keepLines: true,
      }),
      para(`签收日期：${dateCn(null)}`, { align: 'left', before: 0.5, keepLines: true }),
    ],
  };
}
