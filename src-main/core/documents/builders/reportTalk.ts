// §12 《报到谈话笔录》, made on the day the person reports (handbook 四(六)(3)): time, place, who talked and who wrote,
// the person's facts, the talk as questions and answers, and both sides' signatures. A talk not yet written up prints
// the usual questions with room for the answers, to be filled in by hand.
import { dateCn, whenCn } from '../data';
import type { Part } from '../parts';
import { heading, labelled, labelledPairs, para, signatureBlock, textBlock } from '../style';
import { personFacts, periodText, type ResettlementContext } from './resettlementParts';

/** The questions of a 报到谈话 the handbook's work asks about, each followed by an answer line. */
export const TALK_QUESTIONS = [
  '问：我们是司法所工作人员，今天依法对你进行报到谈话，你要如实回答，听清楚了吗？',
  '问：请你讲一下你的犯罪事实、判决和服刑（社区矫正）情况。',
  '问：你现在的家庭成员、居住和身体情况怎样？',
  '问：你今后有什么打算？就业、生活上有什么困难需要帮助？',
  '问：你的帮教期限和应当遵守的规定已向你宣读，你是否清楚？',
] as const;

export function reportTalk(ctx: ResettlementContext): Part {
  const { subject: s, officeName } = ctx;
  const talk = s.talk;
  const on = talk.date ?? s.reportDate ?? ctx.today;
  const record = talk.record ?? TALK_QUESTIONS.map((q) => `${q}\n答：${'_'.repeat(20)}`).join('\n');
  return {
    name: '报到谈话笔录',
    title: '报到谈话笔录',
    note: dateCn(on),
    blocks: [
      labelled('时间', whenCn(talk.date ?? s.reportDate, talk.time, null)),
      labelled('地点', talk.place ?? officeName),
      labelledPairs([
        ['谈话人', talk.interviewer],
        ['记录人', talk.recorder],
      ]),
      heading('被谈话人基本情况：', { before: 0.3 }),
      ...personFacts(s, on, { left: 2 }),
      labelled('帮教期限', periodText(s), { left: 2 }),
      heading('谈话内容：', { before: 0.3 }),
      ...textBlock(record, { leadsIn: true }),
      para('以上笔录我已看过（已向我宣读），与我说的一致。', { firstLine: 2, keepNext: true }),
      ...signatureBlock(['被谈话人（签名）', '谈话人（签名）', '记录人（签名）'], { date: dateCn(on) }),
    ],
  };
}
