// The 公示 of an approved 审批事项 (seeds 002 四(五)(8)–(16): “审批通过的，在司法所公示五个工作日”): who, the facts or
// what was applied for, the basis and the decision, the five working days it is posted, the office's seal and the day
// it was posted.
import { NOTICE_WORKING_DAYS } from '../../../../src-shared/correctionApprovals';
import { approvalWording, publicNoticeTitle } from '../approvalWording';
import { correctionPerson, detailValue, type Approval } from '../correctionData';
import { chineseNumber, dateCn, text } from '../data';
import type { Part, RecordContext } from '../parts';
import { blank, para, signatureBlock, textBlock } from '../style';
import { appliedFor } from './approvalNotice';

export function approvalPublicNotice(ctx: RecordContext<'correctionSubject'>, approval: Approval): Part {
  const { def, entry, type } = approval;
  const wording = approvalWording[type];
  const person = correctionPerson(ctx.record);
  const start = text(entry, 'notice_start');
  const born = person.birthDate ? `，${dateCn(person.birthDate)}出生` : '';
  const intro =
    `社区矫正对象${person.name}，${person.sex ?? blank(2)}${born}，因犯${person.crime ?? blank(6)}被判处` +
    `${person.sentence ?? blank(8)}，现在${ctx.officeName}接受社区矫正。`;
  const basis = detailValue(approval, 'legal_basis');
  const according = basis ? `依据${basis}的规定，` : '';
  const decision = wording.applied
    ? `该社区矫正对象申请${wording.matter}${appliedFor(approval)}，经本所审核，执行地县级社区矫正机构审批，决定批准其${wording.matter}。`
    : def.review
      ? `${according}经本所提请、执行地县级社区矫正机构审核，该社区矫正对象${wording.notice ?? wording.matter}。`
      : `${according}经执行地县级社区矫正机构审批，决定对其${wording.matter}。`;
  const facts = def.details.includes('facts') ? textBlock(text(entry, 'facts'), { firstLine: 2 }) : [];
  return {
    name: publicNoticeTitle(type, person.name, def.sanction),
    title: publicNoticeTitle(type, person.name, def.sanction),
    note: dateCn(start),
    blocks: [
      para(intro, { firstLine: 2, before: 0.3 }),
      ...facts,
      para(decision, { firstLine: 2 }),
      para(`现予公示，公示${chineseNumber(NOTICE_WORKING_DAYS)}个工作日。`, { firstLine: 2, keepNext: true }),
      // On a line of its own, short enough never to wrap: its dates stay whole, the end a blank until worked out.
      para(`公示期：${dateCn(start)}至${dateCn(text(entry, 'notice_end'))}`, { firstLine: 2, keepNext: true }),
      para(`公示期间如有异议，请向${ctx.officeName}反映。`, { firstLine: 2, keepNext: true }),
      ...signatureBlock([], { seal: `${ctx.officeName}（印章）`, date: dateCn(start) }),
    ],
  };
}
