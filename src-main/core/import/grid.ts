/** A rectangle of merged cells, 0-based and inclusive, as the sheet merges them. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A cell that could not be read (a formula without a saved result, an Excel error value); its text is empty. */
export interface CellProblem {
  readonly row: number;
  readonly column: number;
  readonly message: string;
}

/**
 * One sheet as text: rows[i][j] is the cell at sheet row i+1, column j+1 (blank rows kept, so row numbers stay the
 * sheet's); a merged range's text sits in its top-left cell only. Dates are ISO text (2025-03-05, or 2025-03-05 09:30).
 */
export interface SheetGrid {
  readonly sheetName: string;
  /** The workbook's visible sheets that hold anything, for the clerk to pick another (a CSV is one sheet). */
  readonly sheetNames: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly merges: readonly MergedRange[];
  readonly problems: readonly CellProblem[];
}

/** What a file may hold at most: beyond these no office ledger goes, and memory stays bounded. */
export const LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  unpackedBytes: 300 * 1024 * 1024,
  rows: 100_000,
  columns: 200,
  cellChars: 10_000,
} as const;

/** The row number a clerk sees in Excel for a grid row index. */
export const sheetRowNumber = (index: number): number => index + 1;

/** A column's letters as Excel shows them: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The text of a cell, read through a merge: a cell inside a merged range reads as the range's top-left. */
export function mergedText(grid: SheetGrid, row: number, column: number): string {
  const range = mergeAt(grid, row, column);
  const r = range ? range.top : row;
  const c = range ? range.left : column;
  return grid.rows[r]?.[c] ?? '';
}

export function mergeAt(grid: SheetGrid, row: number, column: number): MergedRange | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right);
}

export const isBlankRow = (row: readonly string[] | undefined): boolean => !row || row.every((c) => c.trim() === '');
