// A 安置帮教对象's record (src-shared/registers/books/resettlement.ts) as the documents read it (resettlementData.ts):
// the one place that knows the register's field keys.
import { CORRECTION_ENDED, PRISON_RELEASE } from '../../../src-shared/codes';
import type { RecordView } from '../../../src-shared/registers';
import { flag } from '../../../src-shared/registers/read';
import { entries, strings, text } from './data';
import { teamParties, type ResettlementCategory, type ResettlementSubject } from './resettlementData';

type Record = RecordView<'resettlement'>;

const categoryOf = (value: string | null): ResettlementCategory | null =>
  value === PRISON_RELEASE || value === CORRECTION_ENDED ? value : null;

/** A 通报 that reports a refusal to sign: its date is when the police of the 户籍地 were told (handbook (5)). */
const REFUSAL = /拒签|拒绝签/;

/** The 人户分离 of the form as the 登记表's row: 委托 (this office asked) or 受委托 (was asked). */
function entrustments(d: Record): ResettlementSubject['entrustments'] {
  const separation = text(d, 'separation');
  const date = text(d, 'entrust_date');
  if (!date || !separation || separation === '否') return [];
  const replyDate = text(d, 'entrust_reply_date');
  return [
    {
      date,
      direction: separation === '受委托' ? '受委托' : '委托',
      office: text(d, 'separation_office'),
      replyDate,
      reply: replyDate ? '已答复' : null,
    },
  ];
}

export function resettlementSubject(d: Record): ResettlementSubject {
  const team = text(d, 'team');
  const notices = entries(d, 'police_notices');
  const refusal = notices.find((n) => REFUSAL.test(text(n, 'reason') ?? ''));
  return {
    name: text(d, 'name') ?? '',
    sex: text(d, 'sex'),
    ethnicity: text(d, 'ethnicity'),
    birthDate: text(d, 'birth_date'),
    idNumber: text(d, 'id_number'),
    education: text(d, 'education'),
    household: text(d, 'household_address'),
    residence: text(d, 'residence'),
    phone: text(d, 'phone'),
    category: categoryOf(text(d, 'category')),
    crime: text(d, 'crime'),
    sentence: text(d, 'sentence'),
    releaseDate: text(d, 'release_date'),
    releaseOrgan: text(d, 'release_authority'),
    reportDate: text(d, 'report_date'),
    helpCategory: text(d, 'support_type'),
    indexLevel: text(d, 'adaptation_level'),
    team,
    ...teamParties(team),
    agreementDate: text(d, 'agreement_date'),
    refused: flag(d, 'agreement_refused'),
    refusalReportedOn: refusal ? text(refusal, 'date') : null,
    periodEnd: text(d, 'term_end'),
    status: text(d, 'state'),
    endDate: text(d, 'end_date'),
    endMethod: text(d, 'end_manner'),
    endReason: text(d, 'revoke_reason'),
    // The register keeps the day of the talk (报到日期) but not its record: the 笔录 prints the questions to fill in.
    talk: { date: text(d, 'report_date'), time: null, place: null, interviewer: null, recorder: null, record: null },
    visits: entries(d, 'visits').map((v) => ({
      date: text(v, 'date') ?? '',
      form: text(v, 'form'),
      interviewee: strings(v, 'visitees').join('、') || null,
      situation: text(v, 'situation'),
      visitors: strings(v, 'visitors'),
    })),
    assessments: entries(d, 'assessments').map((a) => ({
      date: text(a, 'date') ?? '',
      kind: text(a, 'type'),
      result: text(a, 'result'),
      level: text(a, 'level'),
      assessor: null,
    })),
    help: entries(d, 'helps').map((h) => ({
      date: text(h, 'date') ?? '',
      measure: text(h, 'measure'),
      detail: text(h, 'detail'),
      result: text(h, 'result'),
    })),
    notifications: notices.map((n) => ({
      date: text(n, 'date') ?? '',
      police: text(n, 'police_station'),
      reason: text(n, 'reason'),
    })),
    entrustments: entrustments(d),
  };
}
