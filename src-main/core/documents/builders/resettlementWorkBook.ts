// §12 《安置帮教对象安置帮教工作记录簿》 (handbook 四(六)(12)): the person's facts at the head, then every 走访, 评估
// and 帮扶 in date order, one ruled row each, the column heads repeated on every page.
import { dateCn } from '../data';
import type { Part } from '../parts';
import { SIZE, heading, table, type CellInput } from '../style';
import type { ResettlementSubject } from '../resettlementData';
import { periodText, type ResettlementContext } from './resettlementParts';

export interface WorkEntry {
  date: string;
  kind: '走访' | '评估' | '帮扶';
  content: string;
  staff: string;
}

const joined = (parts: readonly (string | null | false)[]) => parts.filter(Boolean).join('；');

/** Visits, assessments and help as one list, earliest first; entries of one day in that order. */
export function workEntries(s: ResettlementSubject): WorkEntry[] {
  const all: WorkEntry[] = [
    ...s.visits.map((v): WorkEntry => ({
      date: v.date,
      kind: '走访',
      content: joined([
        v.form && `形式：${v.form}`,
        v.interviewee && `被访人：${v.interviewee}`,
        v.situation && `情况：${v.situation}`,
      ]),
      staff: v.visitors.join('、'),
    })),
    ...s.assessments.map((a): WorkEntry => ({
      date: a.date,
      kind: '评估',
      content: joined([a.kind, a.result && `结果：${a.result}`, a.level && `社会适应指数等级：${a.level}`]),
      staff: a.assessor ?? '',
    })),
    ...s.help.map((h): WorkEntry => ({
      date: h.date,
      kind: '帮扶',
      content: joined([h.measure && `措施：${h.measure}`, h.detail, h.result && `结果：${h.result}`]),
      staff: '',
    })),
  ];
  // A stable sort: one day's entries stay in the order above.
  return all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function resettlementWorkBook(ctx: ResettlementContext): Part {
  const { subject: s } = ctx;
  const size = SIZE.dense;
  const label = (content: string): CellInput => ({ content, label: true });
  const entries = workEntries(s);
  return {
    name: '安置帮教对象安置帮教工作记录簿',
    title: '安置帮教对象安置帮教工作记录簿',
    blocks: [
      table({
        // The last column holds a date or an 11-digit phone number of 小四 on one line.
        widths: [1200, 1800, 1200, 1200, 1200, 2244],
        size,
        rows: [
          [
            label('姓名'),
            s.name,
            label('性别'),
            s.sex ?? '',
            label('出生日期'),
            s.birthDate ? dateCn(s.birthDate) : '',
          ],
          [label('身份证号'), { content: s.idNumber ?? '', span: 3 }, label('人员类别'), s.category ?? ''],
          [label('罪名'), s.crime ?? '', label('原判刑罚'), { content: s.sentence ?? '', span: 3 }],
          [
            label('帮教类别'),
            s.helpCategory ?? '',
            label('指数等级'),
            s.indexLevel ?? '',
            label('联系电话'),
            s.phone ?? '',
          ],
          [label('帮教期限'), { content: periodText(s), span: 5 }],
          [label('户籍地'), { content: s.household ?? '', span: 5 }],
          [label('居住地'), { content: s.residence ?? '', span: 5 }],
          [label('帮教小组'), { content: s.team ?? '', span: 5 }],
        ],
      }),
      // A paragraph between the tables: two tables side by side would be joined into one by Word.
      heading('工作记录（走访、评估、帮扶，按日期）：', { before: 0.3 }),
      table({
        widths: [1900, 900, 4644, 1400],
        size,
        header: 1,
        rows: [
          [label('日期'), label('事项'), label('内容'), label('工作人员')],
          ...(entries.length > 0
            ? entries.map((e) => [dateCn(e.date), { content: e.kind, align: 'center' as const }, e.content, e.staff])
            : [[{ content: '（尚无走访、评估、帮扶记录）', span: 4, align: 'center' as const }]]),
        ],
      }),
    ],
  };
}
