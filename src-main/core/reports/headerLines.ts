// A column header broken into lines by the app, not by the spreadsheet program. Left to wrap in a narrow column, a
// header breaks wherever that program's idea of a character's width puts it: “人群类别” printed as “人群类 / 别” in
// LibreOffice, where the widths were worked out for two lines of two. An explicit break falls in the same place in
// Excel, WPS and LibreOffice, and lines of equal length never leave one character alone.
import { textWidth } from './sheetStyle';

/** Most lines a header is broken into before its column is widened instead. */
const MAX_LINES = 3;
/** Padding a cell needs beside its text, in column units. */
const PADDING = 2;

/** Never at the start of a line: closing marks and separators. */
const NO_LINE_START = /[）)、，,/：:。]/u;
/** Never at the end of a line: opening brackets. */
const NO_LINE_END = /[（(]/u;

export interface HeaderLayout {
  /** The label with \n where its lines break. */
  text: string;
  /** The column width its longest line needs (at least the width it was given). */
  width: number;
  lines: number;
}

/** Between two names of one column (“附加刑 / 禁止令”): where such a header breaks, widening its column if need be. */
const SEPARATOR = ' / ';

/**
 * The label in as few lines of equal length as fit `width` (up to three); when even three do not, three lines and a
 * column wide enough for them. A line never starts with a closing mark nor ends with an opening bracket. Two names
 * of one column are on a line each.
 */
export function headerLayout(label: string, width: number): HeaderLayout {
  const single = { text: label, width: Math.max(width, textWidth(label) + PADDING), lines: 1 };
  if (single.width === width) return single;
  const at = label.indexOf(SEPARATOR);
  if (at > 0) {
    const lines = [`${label.slice(0, at)} /`, label.slice(at + SEPARATOR.length)];
    return { text: lines.join('\n'), width: Math.max(width, widthOf(lines)), lines: 2 };
  }
  const chars = Array.from(label);
  // Two characters at least on every line.
  const most = Math.max(1, Math.min(MAX_LINES, Math.floor(chars.length / 2)));
  let layout = split(chars, 1);
  for (let count = 2; count <= most && widthOf(layout) > width; count++) layout = split(chars, count);
  return { text: layout.join('\n'), width: Math.max(width, widthOf(layout)), lines: layout.length };
}

function widthOf(lines: readonly string[]): number {
  return Math.max(...lines.map(textWidth)) + PADDING;
}

/** `chars` in `count` lines as even as the rules on marks allow. */
function split(chars: readonly string[], count: number): string[] {
  const breaks: number[] = [];
  for (let i = 1; i < count; i++) {
    let at = Math.round((chars.length * i) / count);
    if (NO_LINE_START.test(chars[at] ?? '')) at++;
    else if (NO_LINE_END.test(chars[at - 1] ?? '')) at--;
    if (at > (breaks.at(-1) ?? 0) && at < chars.length) breaks.push(at);
  }
  return [0, ...breaks].map((start, i) => chars.slice(start, breaks[i] ?? chars.length).join(''));
}
