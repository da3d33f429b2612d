// §3.3 调解卷宗封面: the committee, “调 解 卷 宗”, and the file's particulars on write-on lines, as the form has them.
import { dateCn, text, type CommitteeName } from '../data';
import type { CaseContext, Part } from '../parts';
import { FONT, SIZE, blank, para, table, type CellInput } from '../style';

/** “东河镇人民调解委员会”, or the form's blank before 人民调解委员会. */
function committeeLine(committee: CommitteeName): string {
  return committee.full ?? `${blank(10)}人民调解委员会`;
}

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
  // Label and write-on line in two middle columns, with empty columns either side to centre the block.
  const rows: CellInput[][] = fields.map(([label, value]) => [
    '',
    { content: [para(`${label}：`, { size, align: 'right', before: 0.2 })] },
    { content: [para(value, { size, align: 'left', before: 0.2 })], underline: true },
    '',
  ]);
  return {
    name: '调解卷宗封面',
    title: null,
    blocks: [
      para(committeeLine(committee), { size: SIZE.title, font: FONT.title, align: 'center', before: 1.5 }),
      para('调 解 卷 宗', { size: 36, font: FONT.title, align: 'center', before: 1, after: 1.5 }),
      table({ widths: [300, 2200, 6044, 300], rows, size, borders: false }),
    ],
  };
}
