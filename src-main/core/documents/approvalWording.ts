// How the 审批告知书 and the 公示 word each 审批事项 type (seeds 002 四(五)(7)–(16)): what was decided, whether the
// person applied for it, what they must do once it is approved, and the 公示's title. A table, so a new type in
// src-shared/correctionApprovals.ts cannot be added without its wording.
import type { ApprovalType } from '../../../src-shared/correctionApprovals';

export interface ApprovalWording {
  /** What is decided, as “决定批准其外出” or “决定对其给予警告” reads it. */
  readonly matter: string;
  /** The person applied (外出, 会客 …), rather than the office proposing it (奖惩, 提请, 电子定位). */
  readonly applied: boolean;
  /** What the person is told to do once it is approved. */
  readonly duty: string;
  /** What the person is told when it is not approved, where more than to keep the rules. */
  readonly refused?: string;
  /** The 公示's title after the person's name: “给予警告” in 关于对社区矫正对象×××给予警告的公示. */
  readonly notice?: string;
}

const AWAY_DUTY =
  '请你按批准的时间和目的地外出，外出期间保持通讯畅通，按要求报告活动情况，接受电话、视频等方式的监督管理；按期返回，返回后及时到司法所销假，并提交外出期间的食宿、交通票据等证明材料。';
const AWAY_REFUSED = '未经批准，不得擅自离开所居住的市、县。';
const SANCTION_DUTY =
  '请你认真反省，深刻认识错误，严格遵守法律法规和社区矫正监督管理规定，服从监督管理。再有违反的，将依法予以处理。';

export const approvalWording: { readonly [T in ApprovalType]: ApprovalWording } = {
  '外出（七日以内）': { matter: '外出', applied: true, duty: AWAY_DUTY, refused: AWAY_REFUSED, notice: '经批准外出' },
  '外出（七日以上）': { matter: '外出', applied: true, duty: AWAY_DUTY, refused: AWAY_REFUSED, notice: '经批准外出' },
  外出延期: {
    matter: '延长外出期限',
    applied: true,
    duty: '请你在延长的期限内返回，外出期间保持通讯畅通，接受监督管理；返回后及时到司法所销假，并提交证明材料。',
    refused: '请你按原批准的期限返回，并及时到司法所销假。',
    notice: '经批准延长外出期限',
  },
  经常性跨市县活动: {
    matter: '经常性跨市、县活动',
    applied: true,
    duty: '请你在批准的范围和期限内活动，每次跨市、县活动前向司法所报告，活动期间保持通讯畅通，接受监督管理。',
    refused: AWAY_REFUSED,
    notice: '经批准经常性跨市、县活动',
  },
  会客: {
    matter: '会客',
    applied: true,
    duty: '请你在批准的时间、地点会客，遵守法律法规和社区矫正监督管理规定，会客后及时向司法所报告会客情况。',
    refused: '未经批准，不得接触其犯罪案件中的被害人、控告人、举报人以及同案犯等人员。',
  },
  迁居: {
    matter: '迁居',
    applied: true,
    duty: '请你按批准的地址迁居，迁居后及时向司法所报告新的居住地址和联系方式。',
    notice: '经批准迁居',
  },
  执行地变更: {
    matter: '变更执行地',
    applied: true,
    duty: '请你自收到本告知书之日起七日内，到新执行地县级社区矫正机构报到；逾期不报到的，将依法予以处理。',
    notice: '经批准变更执行地',
  },
  '进入特定区域（场所）': {
    matter: '进入特定区域（场所）',
    applied: true,
    duty: '请你按批准的时间和范围进入，不得超出批准的范围和时间，离开后及时向司法所报告。',
    refused: '请你继续遵守人民法院禁止令，不得进入禁止的区域（场所）。',
    notice: '经批准进入特定区域（场所）',
  },
  使用电子定位装置: {
    matter: '使用电子定位装置',
    applied: false,
    duty: '请你按要求佩戴、妥善保管电子定位装置，保持电量充足、信号畅通，不得擅自拆除、破坏或者干扰其正常工作。',
  },
  延长使用电子定位装置: {
    matter: '延长使用电子定位装置',
    applied: false,
    duty: '请你继续按要求佩戴、妥善保管电子定位装置，保持电量充足、信号畅通，不得擅自拆除、破坏或者干扰其正常工作。',
  },
  免予集中教育: {
    matter: '免予参加集中教育',
    applied: true,
    duty: '请你按司法所的安排参加个别教育等教育活动，按时提交学习心得。',
    refused: '请你按时参加司法所组织的集中教育。',
  },
  表扬: {
    matter: '给予表扬',
    applied: false,
    duty: '希望你珍惜荣誉，继续遵守法律法规和社区矫正监督管理规定，积极接受教育帮扶。',
    notice: '给予表扬',
  },
  训诫: { matter: '给予训诫', applied: false, duty: SANCTION_DUTY, notice: '给予训诫' },
  警告: { matter: '给予警告', applied: false, duty: SANCTION_DUTY, notice: '给予警告' },
  提请治安管理处罚: {
    matter: '提请治安管理处罚',
    applied: false,
    duty: '请你配合公安机关依法处理，严格遵守法律法规和社区矫正监督管理规定。',
    notice: '提请治安管理处罚',
  },
  提请减刑: {
    matter: '提请减刑',
    applied: false,
    duty: '希望你继续遵守法律法规和社区矫正监督管理规定，积极接受教育帮扶；减刑以人民法院的裁定为准。',
    notice: '被裁定减刑',
  },
  提请撤销缓刑: {
    matter: '提请撤销缓刑',
    applied: false,
    duty: '在人民法院作出裁定前，请你继续遵守社区矫正监督管理规定，服从监督管理。',
    notice: '被裁定撤销缓刑',
  },
  提请逮捕: {
    matter: '提请逮捕',
    applied: false,
    duty: '在人民法院作出决定前，请你继续遵守社区矫正监督管理规定，服从监督管理。',
  },
};

/** “关于对社区矫正对象×××给予警告的公示”, “关于社区矫正对象×××经批准外出的公示”: 对 where the office acts on the person. */
export function publicNoticeTitle(type: ApprovalType, name: string, sanction: boolean): string {
  const wording = approvalWording[type];
  return `关于${sanction ? '对' : ''}社区矫正对象${name}${wording.notice ?? wording.matter}的公示`;
}
