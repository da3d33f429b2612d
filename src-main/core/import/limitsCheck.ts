import { UserError } from '../errors';
import { columnLetters, LIMITS } from './grid';

// One place words each limit, so the xlsx and csv readers refuse alike.

export function refuseTooManyRows(): never {
  throw new UserError(`表格超过${LIMITS.rows.toLocaleString('en-US')}行，请按年度分成几个文件再导入`);
}

export function refuseTooManyColumns(): never {
  throw new UserError(`表格超过${LIMITS.columns}列，不像登记簿；请只保留登记簿的各列后再导入`);
}

export function checkCellLength(text: string, row: number, column: number): void {
  if (text.length > LIMITS.cellChars) {
    throw new UserError(
      `第${row + 1}行${columnLetters(column)}列的内容超过${LIMITS.cellChars.toLocaleString('en-US')}个字，请检查该单元格后再导入`,
    );
  }
}

export function refuseEmpty(): never {
  throw new UserError('文件里没有内容：表格是空的');
}
