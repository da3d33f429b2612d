// People in 安置帮教 as the documents read them (src-main/core/documents/resettlementData.ts): one 重点 person released
// from prison with a full timeline, one who refused to sign the 帮教协议, and one handed over from 社区矫正 and released
// from 帮教 early. No vitest import here: scripts/samples.mjs loads this file outside the test runner.
import type { ResettlementSubject } from '../../src-main/core/documents/resettlementData';

export const RESETTLEMENT_TODAY = '2026-11-21';

const blankTimeline = {
  visits: [],
  assessments: [],
  help: [],
  notifications: [],
  entrustments: [],
} satisfies Partial<ResettlementSubject>;

/** 孙某某, 刑满释放 on 2026-03-02 from 江苏省南通监狱, 重点 (低指数), with a talk, visits, assessments, help and a 通报. */
export function releasedSubject(): ResettlementSubject {
  return {
    name: '孙某某',
    sex: '男',
    ethnicity: '汉族',
    birthDate: '1990-04-15',
    idNumber: '320623199004150031',
    education: '初中',
    household: '如东县东河镇新桥村6组15号',
    residence: '如东县东河镇东河社区5幢201室',
    phone: '13862710021',
    category: '刑满释放',
    crime: '盗窃罪',
    sentence: '有期徒刑三年',
    releaseDate: '2026-03-02',
    releaseOrgan: '江苏省南通监狱',
    reportDate: '2026-03-04',
    helpCategory: '重点',
    indexLevel: '低',
    team: '司法所王晓红、新桥村治保调解主任周建华、网格员陈丽、父亲孙大海',
    villageHelpers: ['新桥村治保调解主任周建华', '网格员陈丽'],
    relatives: ['父亲孙大海'],
    agreementDate: '2026-03-04',
    refused: false,
    refusalReportedOn: null,
    periodEnd: '2031-03-01',
    status: '在帮',
    endDate: null,
    endMethod: null,
    endReason: null,
    talk: {
      date: '2026-03-04',
      time: '09:30',
      place: '东河镇司法所谈话室',
      interviewer: '王晓红',
      recorder: '李明',
      record: [
        '问：我们是东河镇司法所的工作人员，今天依法对你进行报到谈话，你要如实回答，听清楚了吗？',
        '答：听清楚了。',
        '问：请你讲一下你的犯罪事实、判决和服刑情况。',
        '答：2023年3月我因盗窃电动车被判处有期徒刑三年，在江苏省南通监狱服刑，2026年3月2日刑满释放。',
        '问：你今后有什么打算？有什么困难需要帮助？',
        '答：想在镇上找份汽修的工作，我在监狱里学过汽修。',
      ].join('\n'),
    },
    visits: [
      {
        date: '2026-04-10',
        form: '实地走访',
        interviewee: '本人',
        situation: '在镇上汽修店做学徒，情绪稳定，按时上下班。',
        visitors: ['王晓红', '周建华'],
      },
      {
        date: '2026-05-12',
        form: '电话走访',
        interviewee: '亲属',
        situation: '其父反映孙某某晚上一般在家，未与原同案人员来往。',
        visitors: ['陈丽'],
      },
    ],
    assessments: [
      { date: '2026-03-30', kind: '入帮评估', result: '社会适应指数62分', level: '低', assessor: '王晓红' },
      { date: '2026-06-28', kind: '日常评估', result: '社会适应指数70分', level: '中', assessor: '王晓红' },
    ],
    help: [{ date: '2026-04-10', measure: '就业指导', detail: '联系东河汽修店', result: '已上岗' }],
    notifications: [
      {
        date: '2026-03-06',
        police: '如东县公安局东河派出所',
        reason: '经入帮前评估，社会适应指数为低指数（红色预警），有重新违法犯罪倾向，列为重点帮教对象',
      },
    ],
    entrustments: [
      {
        date: '2026-07-01',
        direction: '委托',
        office: '南通市崇川区和平桥司法所',
        replyDate: '2026-07-08',
        reply: '接受',
      },
    ],
  };
}

/** 钱某, 刑满释放, refused to sign; the refusal reported to the police on 2026-05-21. */
export function refusingSubject(): ResettlementSubject {
  return {
    ...releasedSubject(),
    ...blankTimeline,
    name: '钱某',
    birthDate: '1985-12-01',
    idNumber: '320623198512010052',
    releaseDate: '2026-05-18',
    reportDate: '2026-05-20',
    agreementDate: '2026-05-20',
    periodEnd: '2031-05-17',
    refused: true,
    refusalReportedOn: '2026-05-21',
    helpCategory: '一般',
    indexLevel: '中',
    talk: { date: '2026-05-20', time: null, place: null, interviewer: '李明', recorder: '王晓红', record: null },
  };
}

/** 郑某某, handed over from 社区矫正 (解矫 2026-01-31), released from 帮教 early on 2026-10-15. */
export function endedSubject(): ResettlementSubject {
  return {
    ...releasedSubject(),
    ...blankTimeline,
    name: '郑某某',
    sex: '男',
    birthDate: '1999-08-20',
    idNumber: '320623199908200013',
    category: '解除社区矫正',
    crime: '危险驾驶罪',
    sentence: '拘役三个月，缓刑六个月',
    releaseDate: '2026-01-31',
    releaseOrgan: '如东县社区矫正管理局',
    periodEnd: '2029-01-30',
    helpCategory: '一般',
    indexLevel: '高',
    status: '提前撤销',
    endDate: '2026-10-15',
    endMethod: '提前撤销',
    endReason: '本人同意，经县司法局安置帮教机构审核同意',
    entrustments: [
      {
        date: '2026-02-10',
        direction: '受委托',
        office: '如东县掘港街道司法所',
        replyDate: '2026-02-14',
        reply: '接受',
      },
    ],
  };
}
