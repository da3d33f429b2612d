// §3.3 调解卷宗封面: the committee, “调 解 卷 宗”, and the file's particulars on write-on lines, as the form has them.
// The cover is always one page: a value too long for its line at 三号 is set smaller (四号, then 小四, then it wraps
// inside its cell), so a long 卷名 or many 人民调解员 never push 备注 onto a second page.
import { dateCn, text, type CommitteeName } from '../data';
import type { CaseContext, Part } from '../parts';
import { FONT, SIZE, blank, para, sizeToFit, table, type CellInput } from '../style';

/** “东河镇人民调解委员会”, or the form's blank before 人民调解委员会. */
function committeeLine(committee: CommitteeName): string {
  return committee.full ?? `${blank(10)}人民调解委员会`;
}

/** Label and write-on line in two middle columns, with empty columns either side to centre the block. */
const WIDTHS = [300, 2200, 6044, 300] as const;
/** The value cell's text width: its column less the cell's margins (style.ts: 100 twips each side). */
const VALUE_WIDTH = WIDTHS[2] - 200;

export function cover(ctx: CaseContext): Part {
  const { c, committee } = ctx;
  const size = SIZE.body;
  // Mediation ends when the case is closed, else when the agreement was made, else at the last session so far.
  const end = c.closeDate ?? c.agreementDate ?? (c.lastSession ? text(c.lastSession, 'date') : null);
  const fields: [string, string][] = [
    ['卷名', c.fileTitle],
    ['卷号', c.caseNo ?? '（    ）人调字第    号'],
    ['人民调解员', c.mediators.join('、')],
    ['调解日期', `${dateCn(c.acceptDate)} 至 ${dateCn(end)}`],
    ['立卷人', c.filedBy ?? ''],
    ['立卷日期', c.filedDate ? dateCn(c.filedDate) : ''],
    ['保管期限', c.retention ?? ''],
    ['备注', c.fileNote ? '见卷宗情况说明' : ''],
  ];
  const rows: CellInput[][] = fields.map(([label, value]) => [
    '',
    { content: [para(`${label}：`, { size, align: 'right', before: 0.2 })] },
    {
      content: [
        para(value, {
          size: sizeToFit(value, VALUE_WIDTH, [SIZE.body, SIZE.table, SIZE.dense]),
          align: 'left',
          before: 0.2,
        }),
      ],
      underline: true,
    },
    '',
  ]);
  return {
    name: '调解卷宗封面',
    title: null,
    blocks: [
      para(committeeLine(committee), { size: SIZE.title, font: FONT.title, align: 'center', before: 1 }),
      para('调 解 卷 宗', { size: 36, font: FONT.title, align: 'center', before: 1, after: 1 }),
      table({ widths: [...WIDTHS], rows, size, borders: false }),
    ],
  };
}
