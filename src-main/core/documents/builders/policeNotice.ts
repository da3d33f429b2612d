// §12 《通报列管通知书》 (handbook 四(六)(6)): to the 公安派出所, the person's facts, why they are a 重点帮教对象, and the
// request to take them into 实有人口管理; the office's seal and the date of the 通报.
import { dateCn } from '../data';
import type { ResettlementNotification } from '../resettlementData';
import type { Part } from '../parts';
import { blank, para, signatureBlock } from '../style';
import { ageText, releasedAs, type ResettlementContext } from './resettlementParts';

/** Why the person is watched closely: the reason entered, else what the register says of them. */
function reasonOf(ctx: ResettlementContext, notification: ResettlementNotification | null): string {
  const { subject: s } = ctx;
  if (notification?.reason) return notification.reason;
  const level = s.indexLevel === '低' ? '经评估，社会适应指数为低指数（红色预警），' : '';
  return `${level}列为重点帮教对象`;
}

export function policeNotice(ctx: ResettlementContext, notification: ResettlementNotification | null): Part {
  const { subject: s, officeName } = ctx;
  const on = notification?.date ?? ctx.today;
  const facts = [
    `${s.name}，${s.sex ?? blank(2)}，${s.ethnicity ?? blank(2)}`,
    s.birthDate ? `${dateCn(s.birthDate)}出生（${ageText(s, on)}）` : null,
    `身份证号${s.idNumber ?? blank(18)}`,
    `户籍地${s.household ?? blank(12)}`,
    `居住地${s.residence ?? blank(12)}`,
  ]
    .filter(Boolean)
    .join('，');
  const crime = `因犯${s.crime ?? blank(6)}被判处${s.sentence ?? blank(8)}，于${dateCn(s.releaseDate)}${
    s.releaseOrgan ? `从${s.releaseOrgan}` : ''
  }${releasedAs(s)}`;
  return {
    name: '通报列管通知书',
    title: '通报列管通知书',
    note: dateCn(on),
    blocks: [
      para(`${notification?.police ?? `${blank(8)}公安派出所`}：`, { align: 'left', before: 0.3 }),
      para(`我所辖区安置帮教对象${facts}。该人${crime}。`, { firstLine: 2 }),
      para(`重点帮教原因：${reasonOf(ctx, notification)}。`, { firstLine: 2 }),
      para(
        '根据安置帮教工作有关规定，现将该重点帮教对象情况通报你所，请将其纳入实有人口管理，加强沟通协作，共同做好教育、帮扶和管控工作。发现其有重新违法犯罪苗头或下落不明的，请及时告知我所。',
        { firstLine: 2 },
      ),
      para('特此通知。', { firstLine: 2, keepNext: true }),
      ...signatureBlock([], { seal: `${officeName}（印章）`, date: dateCn(on) }),
    ],
  };
}
