import type { PdfLine, PdfPage } from './pdfLayout';

// What a clerk checks on a printed page, measured on a PDF's laid-out text (pdfLayout.ts): nothing that must stay
// whole is split across two lines, no page holds signatures alone, and the body text keeps GB/T 9704's grid.

/**
 * Things that must never be split across lines: a date (with its time), a 卷号, a phone or ID number, an amount, a
 * number with its unit, any number of two digits or more.
 */
const WHOLE = [
  /[\d_]{1,4}年[\d_]{1,2}月[\d_]{1,2}日(?:\d{1,2}时\d{1,2}分)?/g,
  /\d{1,2}月\d{1,2}日/g,
  /\d{4}-\d{2}-\d{2}/g,
  /[（(]\d{4}[）)][^（）()\s]{0,10}?第\d+号/g,
  /0\d{2,3}-\d{7,8}|1\d{10}|\d{17}[\dXx]/g,
  /(?:人民币)?[￥¥]?\d[\d,]*(?:\.\d+)?万?元/g,
  /\d+(?:\.\d+)?[年月日时分号岁份条次件页]/g,
  /\d[\d.]+/g,
];

const count = (text: string, part: string) => text.split(part).length - 1;

/**
 * Every whole thing of the source text (the document's paragraphs, a book's cells) that the rendered pages do not
 * hold whole on one line as often as the source has it: each was split across two lines (or pages) somewhere.
 */
export function splitWholes(source: readonly string[], pages: readonly PdfPage[]): string[] {
  // A space may break a line (between a date and its time): the source's spaces separate wholes.
  const text = source.map((t) => t.replace(/\s+/g, '\n')).join('\n');
  const printed = pages.flatMap((page) => page.lines.map((line) => line.text.replace(/\s+/g, ''))).join('\n');
  const wholes = new Set(WHOLE.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[0])));
  return [...wholes]
    .filter((whole) => count(printed, whole) < count(text, whole))
    .map((whole) => `${whole}（原文${count(text, whole)}处，版面上完整的${count(printed, whole)}处）`);
}

/** The page number “— 3 —” in the footer. */
const isPageNumber = (line: PdfLine) => /^—?\d+—?$/.test(line.text.replace(/\s/g, ''));

/**
 * A line of a signature block: a 签名 line, a seal line, a date alone, a short label of a signature row, or the
 * 调解结果 tick line the signatures sign (alone above them it is no more the record than they are).
 */
const SIGNATURE = /签名|签字|印章|按指印/;
const isSignatureLine = (line: PdfLine) =>
  SIGNATURE.test(line.text) ||
  /^调解结果：/.test(line.text) ||
  /^[\d_]{1,4}年[\d_]{1,2}月[\d_]{1,2}日$/.test(line.text) ||
  (/^[\u4e00-\u9fff（）]{1,6}$/.test(line.text) && !/\d/.test(line.text));

/** The numbers of the pages (from 1) that hold nothing but signature lines. */
export function signatureOnlyPages(pages: readonly PdfPage[]): number[] {
  return pages.flatMap((page, i) => {
    const lines = page.lines.filter((l) => !isPageNumber(l));
    const only = lines.length > 0 && lines.every(isSignatureLine) && lines.some((l) => SIGNATURE.test(l.text));
    return only ? [i + 1] : [];
  });
}

const height = (line: PdfLine) => line.yMax - line.yMin;

/** The text block of the pages, in points: left margin 28 mm, 156 mm wide (formats.md §2.1). */
const TEXT_LEFT = 1588 / 20;
const TEXT_RIGHT = (1588 + 8844) / 20;
/** pdftotext boxes a line of 三号 text 20.8 points tall (四号 table text 18.2, 二号 titles 28.6). */
const isBodyLine = (line: PdfLine) => height(line) > 19.5 && height(line) < 22;

/** Lines of body text that fill the text block from margin to margin and hold Chinese characters only. */
export function fullBodyLines(pages: readonly PdfPage[]): PdfLine[] {
  return pages.flatMap((page) =>
    page.lines.filter(
      (line) =>
        isBodyLine(line) &&
        Math.abs(line.xMin - TEXT_LEFT) < 2 &&
        Math.abs(line.xMax - TEXT_RIGHT) < 4 &&
        /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+$/.test(line.text),
    ),
  );
}

/** The body lines of a page (page numbers left out), top to bottom. */
export const bodyLines = (page: PdfPage): PdfLine[] =>
  page.lines.filter((line) => isBodyLine(line) && !isPageNumber(line));
