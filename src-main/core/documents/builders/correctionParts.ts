// Rows the 社区矫正 forms share (docs/spec/formats.md §13): the person's 基本情况 from the roster, an opinion cell with
// the signature, seal and date under it, and a cell left empty for the county to write in.
import type { Paragraph } from 'docx';
import { dateCn } from '../data';
import { termText, type CorrectionPerson } from '../correctionData';
import { SIZE, blank, para, textBlock, type CellInput, type Size } from '../style';

/** The four columns of the forms: label, value, label, value (身份证号 whole in the first value column). */
export const FORM_WIDTHS = [1900, 2800, 1900, 2244] as const;

export const labelCell = (content: string): CellInput => ({ content, label: true });

/** A value across the three columns right of its label; long text one paragraph per line. */
export const wideCell = (value: string | null, long = false, size: Size = SIZE.table): CellInput => ({
  // Entered text in a cell starts at its edge, as the short values beside it do.
  content: long && value ? textBlock(value, { size, firstLine: 0 }) : (value ?? ''),
  span: 3,
});

/** 基本情况: 姓名 性别 / 身份证号 出生日期 / 矫正类别 罪名 / 原判刑罚 / 矫正期限及起止 / 执行地. */
export function personRows(person: CorrectionPerson): CellInput[][] {
  return [
    [labelCell('姓名'), person.name, labelCell('性别'), person.sex ?? ''],
    [
      labelCell('身份证号'),
      person.idNumber ?? '',
      labelCell('出生日期'),
      person.birthDate ? dateCn(person.birthDate) : '',
    ],
    [labelCell('矫正类别'), person.category ?? '', labelCell('罪名'), person.crime ?? ''],
    [labelCell('原判刑罚'), wideCell(person.sentence)],
    [labelCell('矫正期限及起止'), wideCell(termText(person))],
    [labelCell('执行地'), wideCell(person.residence)],
  ];
}

/** Empty lines to write in by hand. */
export function writeIn(lines: number, size: Size = SIZE.table): Paragraph[] {
  return Array.from({ length: lines }, () => para('', { size }));
}

/**
 * An opinion as the form has it: the text (or lines to write it in), then the signer's line with the seal's place
 * and the date on the right, as a 审批表's 意见 cells are signed.
 */
export function signedOpinion(
  opinion: readonly Paragraph[],
  opts: { signer: string; date: string | null; emptyLines?: number; seal?: boolean; size?: Size },
): Paragraph[] {
  const size = opts.size ?? SIZE.table;
  const seal = (opts.seal ?? true) ? '\u3000\u3000（盖章）' : '\u3000\u3000\u3000\u3000';
  return [
    ...(opinion.length > 0 ? opinion : writeIn(opts.emptyLines ?? 2, size)),
    para(`${opts.signer}：${blank(10)}${seal}`, { size, align: 'right', right: 1, before: 0.5 }),
    para(dateCn(opts.date), { size, align: 'right', right: 2 }),
  ];
}

/** The county's cell: empty for its 意见, its signature, seal and date. */
export function countyOpinion(size: Size = SIZE.table): Paragraph[] {
  return signedOpinion([], { signer: '负责人签名', date: null, emptyLines: 4, size });
}
