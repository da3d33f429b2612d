// §12 《委托帮教和解除帮教登记表》 (handbook 四(六)(8)(13)②): a year's 委托 (and 受委托) and 解除 of the whole book, one
// row each in date order, on landscape A4 (§2.2: a register's table), its column heads repeated on every page.
import { dateCn } from '../data';
import type { ResettlementSubject } from '../resettlementData';
import { LANDSCAPE_TEXT_WIDTH, SIZE, para, table, type CellInput } from '../style';
import type { Part } from '../parts';
import { periodEnd } from './resettlementParts';

export interface RollRow {
  subject: ResettlementSubject;
  matter: '委托' | '受委托' | '解除';
  date: string;
  /** The other 司法所 of a 委托, or how the 帮教 ended. */
  partyOrMethod: string | null;
  /** The answer to a 委托 and its date, or why the 帮教 ended early. */
  replyOrReason: string | null;
}

/** The book's 委托 and 解除 dated in `year`, earliest first. */
export function rollRows(subjects: readonly ResettlementSubject[], year: string): RollRow[] {
  const inYear = (date: string | null): date is string => date !== null && date.startsWith(`${year}-`);
  const rows = subjects.flatMap((subject): RollRow[] => [
    ...subject.entrustments
      .filter((e) => inYear(e.date))
      .map((e): RollRow => ({
        subject,
        matter: e.direction,
        date: e.date,
        partyOrMethod: e.office,
        // The answer, then the day it came, each on its line of the narrow column.
        replyOrReason: [e.reply, e.replyDate ? dateCn(e.replyDate) : null].filter(Boolean).join('\n') || null,
      })),
    ...(inYear(subject.endDate)
      ? [
          {
            subject,
            matter: '解除' as const,
            date: subject.endDate,
            partyOrMethod: subject.endMethod,
            replyOrReason: subject.endReason,
          },
        ]
      : []),
  ]);
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** 序号 姓名 性别 人员类别 罪名 帮教期限 事项 日期 单位或方式 答复或原因: the landscape text width, 小四. */
// A date of 小四 is seven ems (1680 twips) and the cell's margins 200: the date columns hold one on a line, the 帮教期限
// one and 至.
const WIDTHS = [700, 1100, 700, 1250, 1300, 2150, 1000, 2050, 1600, 1926] as const;

export function entrustmentRoll(rows: readonly RollRow[], opts: { year: string; officeName: string }): Part {
  const size = SIZE.dense;
  const head = (content: string): CellInput => ({ content, label: true });
  const center = (content: string): CellInput => ({ content, align: 'center' });
  return {
    name: '委托帮教和解除帮教登记表',
    title: '委托帮教和解除帮教登记表',
    blocks: [
      para(`${opts.year}年度\u3000\u3000填报单位：${opts.officeName}`, { align: 'center', after: 0.3 }),
      table({
        widths: WIDTHS,
        width: LANDSCAPE_TEXT_WIDTH,
        size,
        header: 1,
        rows: [
          [
            head('序号'),
            head('姓名'),
            head('性别'),
            head('人员类别'),
            head('罪名'),
            head('帮教期限'),
            head('事项'),
            head('日期'),
            head('委托（受委托）司法所或解除方式'),
            head('答复情况或解除原因'),
          ],
          ...(rows.length > 0
            ? rows.map((r, i): CellInput[] => [
                center(String(i + 1)),
                r.subject.name,
                center(r.subject.sex ?? ''),
                r.subject.category ?? '',
                r.subject.crime ?? '',
                `${dateCn(r.subject.releaseDate)}至\n${dateCn(periodEnd(r.subject))}`,
                center(r.matter),
                dateCn(r.date),
                r.partyOrMethod ?? '',
                r.replyOrReason ?? '',
              ])
            : [
                [
                  {
                    content: `${opts.year}年没有委托帮教和解除帮教的记录`,
                    span: WIDTHS.length,
                    align: 'center' as const,
                  },
                ],
              ]),
        ],
      }),
    ],
  };
}
