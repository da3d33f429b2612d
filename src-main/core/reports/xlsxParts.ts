// What exceljs cannot write, put into the finished file: manual page breaks between columns (<colBreaks>, kept in its
// model but never written) and the workbook's base font (always Calibri 11). The file is opened, the parts are edited
// where the schema wants them, and it is packed again.
// fflate's plain build: its Node entry declares a module-level `require`, which clashes with the one the main bundle
// declares (out/main would not start).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate/browser';

/** The last row Excel has (0-based), the `max` every column break spans to. */
const LAST_ROW = 1048575;

export interface XlsxAdditions {
  /** Per sheet (its position, 1-based, as exceljs names its part), the columns (1-based) after which a page ends. */
  columnBreaks?: { sheet: number; after: readonly number[] }[];
  /**
   * The base font (styles.xml font 0, the Normal style). Column widths are counted in its digits: with 宋体 10 they
   * are the same in Excel on a Chinese Windows and in LibreOffice, which has no Calibri and measured a wider stand-in
   * (a landscape page then held 27 of the 调解情况 half's 40 columns instead of all of them).
   */
  baseFont?: { name: string; size: number };
}

export function withAdditions(xlsx: Buffer, additions: XlsxAdditions): Buffer {
  const files = unzipSync(new Uint8Array(xlsx));
  const edit = (part: string, change: (xml: string) => string) => {
    const source = files[part];
    if (!source) throw new Error(`${part} not found`);
    files[part] = strToU8(change(strFromU8(source)));
  };
  for (const { sheet, after } of additions.columnBreaks ?? []) {
    if (after.length > 0) edit(`xl/worksheets/sheet${sheet}.xml`, (xml) => withColumnBreaks(xml, after));
  }
  const font = additions.baseFont;
  if (font) {
    // charset 134 (GB2312) and family 3 (roman) tell Excel and WPS which font to stand in when the name is missing.
    const base = `<font><sz val="${font.size}"/><name val="${font.name}"/><family val="3"/><charset val="134"/></font>`;
    edit('xl/styles.xml', (xml) => xml.replace(/<font>[\s\S]*?<\/font>|<font\/>/, base));
  }
  return Buffer.from(zipSync(files, { level: 1 }));
}

/** <colBreaks> after <headerFooter> and any <rowBreaks>, before <drawing> and the rest, as the schema orders them. */
function withColumnBreaks(xml: string, after: readonly number[]): string {
  const breaks =
    `<colBreaks count="${after.length}" manualBreakCount="${after.length}">` +
    after.map((column) => `<brk id="${column}" max="${LAST_ROW}" man="1"/>`).join('') +
    '</colBreaks>';
  const anchor = /<\/rowBreaks>|<\/headerFooter>|<headerFooter\/>/.exec(xml);
  if (!anchor) throw new Error('the sheet has no <headerFooter> to put the column breaks after');
  const at = anchor.index + anchor[0].length;
  return xml.slice(0, at) + breaks + xml.slice(at);
}
