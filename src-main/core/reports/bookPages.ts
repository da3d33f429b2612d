// A register book too wide for one A4 landscape page at a legible size prints as a paper register does: over two (or
// more) pages side by side, 序号 repeated on each, the left and right halves of the same rows one after the other.
// Fitted to one page instead, the 人民调解收结案登记簿's 23 columns printed its 10 pt text at 4.6 pt and the 社区矫正
// 对象花名册's 29 columns smaller still. Like the returns, nothing prints below 8 pt.
import type { PrintOptions, Sheet } from './sheetStyle';

/** A4 landscape less the left and right margins of printSettings (0.4 in each), in points. */
const PRINTABLE_PT = 841.89 - 2 * 0.4 * 72;
/** Body text is 10 pt: printed at no less than 8 pt. */
const MIN_SCALE = 0.8;
/**
 * Points per unit of column width. A unit is the width of a digit of the workbook's default font: Calibri, 7 pixels,
 * 5.25 pt in Excel and WPS. LibreOffice without Calibri measures it in DejaVu Sans and prints a unit 7.04 pt wide
 * (measured: the 人民调解收结案登记簿's 242 units fitted to 784 pt at 46 %).
 */
const EXCEL_PT_PER_UNIT = 5.25;
const WIDEST_PT_PER_UNIT = 7.1;
/** Columns repeated at the left of every page: 序号. */
const REPEATED = 1;

export interface BookPages {
  /** 1-based first column of each page side by side (the first page starts at column 1). */
  starts: number[];
  /** Print scale in percent for pages side by side; null for one page wide, fitted to the width. */
  scale: number | null;
}

const printed = (units: number) => units * WIDEST_PT_PER_UNIT;

/**
 * How a book of these column widths is printed: fitted to one page's width when Excel and WPS print it at 8 pt or
 * more (LibreOffice without Calibri smaller, but whole); otherwise the fewest pages side by side at 8 pt or more, at a
 * scale reckoned with the widest unit, so that a page spills onto another in none of the three.
 */
export function bookPages(widths: readonly number[]): BookPages {
  const total = widths.reduce((a, b) => a + b, 0);
  if (total * EXCEL_PT_PER_UNIT * MIN_SCALE <= PRINTABLE_PT) return { starts: [1], scale: null };
  const repeated = widths.slice(0, REPEATED).reduce((a, b) => a + b, 0);
  const rest = widths.slice(REPEATED);
  for (let count = 2; count <= rest.length; count++) {
    const groups = evenGroups(rest, count);
    const widest = repeated + Math.max(...groups.map((g) => g.width));
    if (printed(widest) * MIN_SCALE <= PRINTABLE_PT) {
      const scale = Math.min(100, Math.floor((PRINTABLE_PT / printed(widest)) * 100));
      return { starts: [1, ...groups.slice(1).map((g) => g.from + REPEATED + 1)], scale };
    }
  }
  return { starts: [1], scale: null };
}

/**
 * `widths` in `count` runs of neighbouring columns, the widest run as narrow as it can be (a small dynamic programme:
 * a book has a few dozen columns). `from` is 0-based in `widths`.
 */
function evenGroups(widths: readonly number[], count: number): { from: number; width: number }[] {
  const n = widths.length;
  const prefix = [0];
  for (const w of widths) prefix.push(prefix.at(-1)! + w);
  const sum = (from: number, to: number) => prefix[to]! - prefix[from]!;
  // best[k][i]: the widest run when the first i columns are split into k runs; cut[k][i]: where the last run starts.
  const best = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const cut = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  for (let k = 1; k <= count; k++)
    for (let i = k; i <= n; i++)
      for (let j = k - 1; j < i; j++) {
        const widest = Math.max(best[k - 1]![j]!, sum(j, i));
        if (widest < best[k]![i]!) {
          best[k]![i] = widest;
          cut[k]![i] = j;
        }
      }
  const groups: { from: number; width: number }[] = [];
  for (let k = count, i = n; k > 0; k--) {
    const from = cut[k]![i]!;
    groups.unshift({ from, width: sum(from, i) });
    i = from;
  }
  return groups;
}

/** The print options of pages side by side (sheetStyle.ts printSettings), or none for one page wide. */
export function sideBySideOptions(pages: BookPages): Pick<PrintOptions, 'sideBySide'> {
  return pages.scale === null
    ? {}
    : { sideBySide: { scale: pages.scale, titleColumns: `A:${String.fromCharCode(64 + REPEATED)}` } };
}

/**
 * A manual column break before each page side by side. exceljs's streaming writer has no column breaks, so the
 * element is written after the row breaks, where the schema wants it.
 */
export function breakBetweenPages(ws: Sheet, pages: BookPages): void {
  if (pages.starts.length < 2) return;
  const breaks = pages.starts.slice(1).map((start) => `<brk id="${start - 1}" max="1048575" man="1"/>`);
  const writer = ws as unknown as { _writeRowBreaks: () => void; stream: { write: (xml: string) => void } };
  const writeRowBreaks = writer._writeRowBreaks.bind(writer);
  writer._writeRowBreaks = () => {
    writeRowBreaks();
    writer.stream.write(
      `<colBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.join('')}</colBreaks>`,
    );
  };
}
