// The one 公文 style every generated Word document uses (docs/spec/formats.md §2 and §10 item 5): A4, margins
// 37/35/28/26 mm, body 仿宋_GB2312 三号 (16 pt), titles 方正小标宋简体 二号 (22 pt), tables 四号 (14 pt) or 小四 (12 pt), page
// numbers “— 1 —” in 宋体 四号, odd pages right and even pages left. Builders only call the helpers below, so the
// typography lives here and nowhere else.
//
// Fonts are named, never embedded: the font table says what stands in for one the PC lacks (fonts.ts). The east-Asian
// slot is what Chinese text is drawn with, so it is set explicitly everywhere, with hint="eastAsia" so that shared
// punctuation (“”、—) is drawn from it too. The language is en-US for Latin text and zh-CN for Chinese: with zh-CN in
// the Latin slot, programs break lines inside numbers as they may between Chinese characters.
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type IBorderOptions,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { BODY_FONT, PAGE_NUMBER_FONT, TITLE_FONT, fontTableXml } from './fonts';

/** A4 and the GB/T 9704 margins, in twips (1/20 pt). */
export const PAGE = {
  width: 11906,
  height: 16838,
  top: 2098,
  bottom: 1984,
  left: 1588,
  right: 1474,
  header: 851,
  // The page number's 一字线 sits about 7 mm below the text block (35 mm): its line bottom about 25 mm up the page.
  footer: 1417,
} as const;

/** Width of the text block: every table's columns add up to this, so WPS (which reads w:gridCol) draws it as Word. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right; // 8844
/**
 * A wide table's page turned (§2.2: 登记簿 are landscape A4): the same margins, the binding edge still on the left, so
 * the text block is the page's height less the left and right margins.
 */
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - PAGE.left - PAGE.right; // 13776

export const FONT = {
  body: BODY_FONT.name,
  title: TITLE_FONT.name,
  pageNumber: PAGE_NUMBER_FONT.name,
} as const;

/** Latin text (digits, dates, phone numbers) is English, so it breaks only at spaces; Chinese text is Chinese. */
const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' } as const;

/** Sizes in points (docx takes half-points; converted where used). */
export const SIZE = {
  body: 16, // 三号
  title: 22, // 二号
  table: 14, // 四号
  dense: 12, // 小四
  pageNumber: 14, // 四号
} as const;

export type Size = number;

/** Line pitch of the GB/T 9704 page: 22 lines of 三号 in the 225 mm text block, i.e. exactly 28.95 pt. */
const BODY_LINE = 579;
/** Characters per body line (GB/T 9704 7.1): the 三号 text's character pitch is 156 mm ÷ 28. */
export const LINE_CHARS = 28;
/**
 * The document grid's character pitch as w:charSpace, in 1/4096 pt relative to the body size: 156 mm ÷ 28 = 15.79 pt,
 * 0.207 pt less than 三号, so 28 characters fill the line where 16 pt would fit only 27.
 */
const CHAR_SPACE = Math.round((TEXT_WIDTH / 20 / LINE_CHARS - SIZE.body) * 4096);
/**
 * Body characters are set 0.3 pt closer (w:spacing, in twips), so 28 fill the line off the grid too: 15.7 pt each
 * where the line has 15.79 pt per character (LibreOffice needs the margin to fit the 28th).
 */
const BODY_CHAR_SPACING = -6;
/**
 * Exact line heights, so every program puts the same lines on a page: the 三号 grid for body text, 1.35 times the
 * size for the smaller table text (about Word's single spacing of a CJK font: compact, still legible), 1.4 times for
 * display sizes larger than the body's.
 */
const lineFor = (size: Size): number => {
  if (size === SIZE.body) return BODY_LINE;
  return Math.round(size * (size < SIZE.body ? 1.35 : 1.4) * 20);
};

/** One character of a size, in twips: Chinese text is set on a square em, so indents are counted in characters. */
export const chars = (count: number, size: Size = SIZE.body): number => Math.round(count * size * 20);

/** How wide text is, in ems: a CJK character or full-width mark one, Latin letters and digits about half of one. */
export function ems(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.5;
  return width;
}

/** The largest of `sizes` at which `text` fits on one line `width` twips wide, else the smallest (it wraps). */
export function sizeToFit(text: string, width: number, sizes: readonly Size[]): Size {
  const fitting = sizes.find((size) => ems(text) * size * 20 <= width);
  return fitting ?? Math.min(...sizes);
}

function fontOf(name: string) {
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name, hint: 'eastAsia' };
}

// ---------------------------------------------------------------- runs

/** WORD JOINER: no line break on either side, no width. Word (since 2007), WPS and LibreOffice all honour it. */
export const JOINER = '\u2060';

/**
 * What must never break across lines (the issue's “2 / 026年”, “人民币35 / 60元”): a 卷号, a date with its time, an
 * amount or count with its unit, a phone number with its area code. Runs of digits are Latin words and never break
 * (the en-US Latin slot); these bind the Chinese characters between and after them.
 */
const WHOLE = new RegExp(
  [
    '[（(]\\d{4}[）)][^（）()\\s]{0,10}?第\\d+号',
    '[\\d_]{1,4}年[\\d_]{1,2}月(?:[\\d_]{1,2}日)?(?:\\d{1,2}时(?:\\d{1,2}分)?)?(?:至\\d{1,2}时(?:\\d{1,2}分)?)?',
    '\\d{1,2}月\\d{1,2}日',
    '\\d{1,2}时\\d{1,2}分',
    '\\d{3,4}-\\d{7,8}',
    '(?:人民币)?[￥¥]?\\d[\\d,]*(?:\\.\\d+)?万?元',
    '\\d+(?:\\.\\d+)?[年月日时分号岁份条次件页组幢室层楼米斤亩人天]',
  ].join('|'),
  'g',
);

const LATIN = /[0-9A-Za-z.,_]/;

/** Text with a WORD JOINER wherever a line could otherwise break inside one of the WHOLE patterns. */
export function keepWhole(text: string): string {
  return text.replace(WHOLE, (whole) => {
    const chars = [...whole];
    return chars
      .map((ch, i) => (i > 0 && !(LATIN.test(ch) && LATIN.test(chars[i - 1] ?? '')) ? JOINER + ch : ch))
      .join('');
  });
}

export interface RunStyle {
  size?: Size;
  bold?: boolean;
  underline?: boolean;
  font?: string;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  const body = style.size === undefined || style.size === SIZE.body;
  return new TextRun({
    text: keepWhole(text),
    language: LANGUAGE,
    // 三号 characters a little closer, so 28 fill the 156 mm line (BODY_CHAR_SPACING).
    ...(body ? { characterSpacing: BODY_CHAR_SPACING } : {}),
    ...(style.size !== undefined && style.size !== SIZE.body ? { size: style.size * 2 } : {}),
    ...(style.font ? { font: fontOf(style.font) } : {}),
    ...(style.bold ? { bold: true } : {}),
    ...(style.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  });
}

/**
 * A blank to be filled in by hand: underscores, which every program draws (underlined spaces can vanish at a line end).
 */
export function blank(count = 8): string {
  return '_'.repeat(count);
}

/** A tab: in a paragraph with a hanging indent it jumps to where the later lines start (a label column). */
export function tab(): TextRun {
  return new TextRun({ children: [new Tab()] });
}

/**
 * A filled-in form value: underlined as on the printed form, with non-breaking spaces around it so the line reaches
 * past the text; an empty value prints as a blank to write in.
 */
export function filled(value: string | null | undefined, style: RunStyle = {}, blankWidth = 8): TextRun {
  if (!value) return run(blank(blankWidth), style);
  return run(`\u00a0${value}\u00a0`, { ...style, underline: true });
}

// ---------------------------------------------------------------- paragraphs

export type Inline = string | ParagraphChild;

export interface ParaOptions {
  size?: Size;
  align?: 'left' | 'center' | 'right' | 'both';
  /** First-line indent in characters (narrative text: 2, as 公文 paragraphs are set). */
  firstLine?: number;
  /** Left indent in characters; with `hanging`, where the second and later lines start. */
  left?: number;
  /** How many characters the first line starts before `left` (a label column). */
  hanging?: number;
  right?: number;
  /** Space before and after, in lines of this size. */
  before?: number;
  after?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  bold?: boolean;
  font?: string;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  both: AlignmentType.BOTH,
} as const;

const sizeStyle = (size: Size) => `Text${size}pt`;
/**
 * A paragraph style (Normal, or a table text size based on it), set off the document grid (w:snapToGrid 0). The grid
 * (22 lines of 28 characters) describes the page for Word's and WPS's page setup; the text itself keeps the grid's
 * measure by its exact line height (BODY_LINE) and tightened characters (BODY_CHAR_SPACING). On the grid, LibreOffice
 * puts each 三号 character into two cells of 15.79 pt (it never sets a character narrower than the font size), rounds
 * every line of table text up to a grid line and space before a paragraph up to a whole line.
 */
function paragraphStyle(id: string, name: string, size: Size): string {
  const normal = id === 'Normal';
  const font = fontOf(FONT.body);
  const fonts = normal
    ? `<w:rFonts w:ascii="${font.ascii}" w:eastAsia="${font.eastAsia}" w:hAnsi="${font.hAnsi}" w:cs="${font.cs}" w:hint="eastAsia"/>`
    : '';
  const language = normal ? `<w:lang w:val="${LANGUAGE.value}" w:eastAsia="${LANGUAGE.eastAsia}"/>` : '';
  return (
    `<w:style w:type="paragraph"${normal ? ' w:default="1"' : ' w:customStyle="1"'} w:styleId="${id}">` +
    `<w:name w:val="${name}"/>${normal ? '' : '<w:basedOn w:val="Normal"/>'}<w:qFormat/>` +
    `<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="${lineFor(size)}" w:lineRule="exact"/></w:pPr>` +
    `<w:rPr>${fonts}<w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/>${language}</w:rPr></w:style>`
  );
}

export function para(content: Inline | readonly Inline[], opts: ParaOptions = {}): Paragraph {
  const size = opts.size ?? SIZE.body;
  const items = Array.isArray(content) ? content : [content];
  const style: RunStyle = { size, bold: opts.bold ?? false, ...(opts.font ? { font: opts.font } : {}) };
  const children = items.map((item: Inline) => (typeof item === 'string' ? run(item, style) : item));
  const line = lineFor(size);
  const indent = {
    ...(opts.firstLine ? { firstLine: chars(opts.firstLine, size) } : {}),
    ...(opts.left ? { left: chars(opts.left, size) } : {}),
    ...(opts.hanging ? { hanging: chars(opts.hanging, size) } : {}),
    ...(opts.right ? { right: chars(opts.right, size) } : {}),
  };
  return new Paragraph({
    children,
    // Table text carries a paragraph style of its size too: a field's result (PAGEREF) takes no run formatting of
    // ours, so it inherits the size from the paragraph's style rather than the body's 三号.
    ...(size === SIZE.table || size === SIZE.dense ? { style: sizeStyle(size) } : {}),
    alignment: ALIGN[opts.align ?? 'both'],
    ...(Object.keys(indent).length > 0 ? { indent } : {}),
    spacing: {
      line,
      lineRule: LineRuleType.EXACT,
      ...(opts.before ? { before: Math.round(opts.before * line) } : {}),
      ...(opts.after ? { after: Math.round(opts.after * line) } : {}),
    },
    ...(opts.keepNext ? { keepNext: true } : {}),
    ...(opts.keepLines ? { keepLines: true } : {}),
    ...(opts.pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
}

/**
 * A document title: 方正小标宋简体 二号, centered, half a line below. `wrap` puts the title's text in a bookmark (the
 * 卷内目录 refers to it), given as a wrapper so this module knows nothing of bookmark names.
 */
export function title(
  text: string,
  opts: { wrap?: (children: ParagraphChild[]) => ParagraphChild; pageBreakBefore?: boolean } = {},
): Paragraph {
  const children: ParagraphChild[] = [run(text, { size: SIZE.title, font: FONT.title })];
  return new Paragraph({
    children: opts.wrap ? [opts.wrap(children)] : children,
    alignment: AlignmentType.CENTER,
    spacing: { line: Math.round(BODY_LINE * 1.5), lineRule: LineRuleType.EXACT, after: Math.round(BODY_LINE / 2) },
    keepNext: true,
    ...(opts.pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
}

/**
 * Long text as entered (one paragraph per line), each indented two characters as 公文 body text is. `leadsIn` keeps
 * its last paragraph with what follows (a signature block), so signatures never stand alone on a page.
 */
export function textBlock(
  text: string | null | undefined,
  opts: ParaOptions & { leadsIn?: boolean } = {},
): Paragraph[] {
  const { leadsIn, ...style } = opts;
  const lines = (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const last = Math.max(lines.length - 1, 0);
  const keep = (i: number) => (leadsIn && i === last ? { keepNext: true } : {});
  if (lines.length === 0) return [para(blank(40), { ...style, firstLine: 0, align: 'left', ...keep(0) })];
  return lines.map((line, i) => para(line, { firstLine: 2, ...style, ...keep(i) }));
}

/** “当事人：张三” — a label and its value on one line; an empty value prints as a blank to fill in. */
export function labelled(
  label: string,
  value: string | null | undefined,
  opts: ParaOptions & { blankWidth?: number } = {},
): Paragraph {
  return para([`${label}：`, value || blank(opts.blankWidth ?? 16)], { align: 'left', ...opts });
}

/** Several “标签：值” pairs on one line, separated by two full-width spaces (时间、地点 of a record's head). */
export function labelledPairs(
  pairs: readonly (readonly [string, string | null | undefined])[],
  opts: ParaOptions = {},
): Paragraph {
  const text = pairs.map(([label, value]) => `${label}：${value || blank(10)}`).join('\u3000\u3000');
  return para(text, { align: 'left', ...opts });
}

/** A heading inside a document (“回访情况：”), kept with the text that follows it. */
export function heading(text: string, opts: ParaOptions = {}): Paragraph {
  return para(text, { align: 'left', keepNext: true, ...opts });
}

/** Underscores after a signature label: room for a name written by hand (six characters wide). */
const SIGNATURE_BLANK = 12;

/** Space above each signature line and above the seal and date, in lines: room to sign, or (compact) just enough. */
const SIGNATURE_GAP = { normal: { line: 0.6, closing: 0.5 }, compact: { line: 0.25, closing: 0 } } as const;

/**
 * A signature block: one “label______” per line, with room above each for a hand-written name, then (when
 * given) the seal line and the date. Each line is kept with the next so the block never breaks across a page; the
 * paragraph before it keeps with it too (the caller's `keepNext`, or textBlock's `leadsIn`), so a page never holds
 * the signatures alone. The block keeps nothing with what follows: that would chain it to the next document's
 * title, which starts a new page, and push the signatures over with it.
 */
export function signatureBlock(
  labels: readonly string[],
  opts: {
    size?: Size;
    left?: number;
    seal?: string | null;
    date?: string;
    compact?: boolean;
    /** A note of the same document follows (受理登记表's 备注): the block keeps with it. */
    followed?: boolean;
  } = {},
): Paragraph[] {
  const { size, followed = false } = opts;
  const gap = SIGNATURE_GAP[opts.compact ? 'compact' : 'normal'];
  const closing =
    opts.date === undefined ? [] : sealAndDate(opts.seal ?? null, opts.date, { size, before: gap.closing, followed });
  // As on the printed forms, the block sits on the right: its longest line ends two characters from the margin.
  const lineChars = Math.floor(TEXT_WIDTH / chars(1, size ?? SIZE.body));
  const longest = Math.max(...labels.map((l) => [...l].length)) + SIGNATURE_BLANK / 2;
  const left = opts.left ?? Math.max(2, lineChars - 2 - longest);
  const lines = labels.map((label, i) =>
    para([label, blank(SIGNATURE_BLANK)], {
      size,
      align: 'left',
      left,
      before: gap.line,
      keepLines: true,
      keepNext: i < labels.length - 1 || closing.length > 0 || followed,
    }),
  );
  return [...lines, ...closing];
}

/** The seal line and the date, right-aligned, the date set four characters in from the right (GB/T 9704 成文日期). */
function sealAndDate(
  seal: string | null,
  date: string,
  opts: { size?: Size | undefined; before: number; followed: boolean },
): Paragraph[] {
  const lines: Paragraph[] = [];
  const { size, before, followed } = opts;
  if (seal) lines.push(para(seal, { size, align: 'right', right: 2, before, keepNext: true, keepLines: true }));
  lines.push(
    para(date, { size, align: 'right', right: 4, before: seal ? 0 : before, keepLines: true, keepNext: followed }),
  );
  return lines;
}

// ---------------------------------------------------------------- tables

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const NO_LINE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

export interface CellSpec {
  /** Text (one paragraph per line) or ready paragraphs. */
  content: string | readonly Paragraph[];
  span?: number;
  align?: 'left' | 'center' | 'right' | 'both';
  /** A label cell: centered both ways. */
  label?: boolean;
  /** Bottom rule only (a form's write-on line in a borderless table). */
  underline?: boolean;
}

export type CellInput = string | CellSpec;

/** A row that must not break across pages (a signature row), or must stay on the page of the next row. */
export interface RowSpec {
  cells: readonly CellInput[];
  keepTogether?: boolean;
  keepNext?: boolean;
}

/**
 * A fixed-layout table whose columns add up to the text width. Rows have no fixed height and may break across pages,
 * so long text wraps in its cell and flows on; `header` rows repeat at the top of each page.
 */
export function table(opts: {
  widths: readonly number[];
  rows: readonly (readonly CellInput[] | RowSpec)[];
  size?: Size;
  borders?: boolean;
  header?: number;
  /** The text width the columns fill: LANDSCAPE_TEXT_WIDTH on a landscape page. */
  width?: number;
}): Table {
  const full = opts.width ?? TEXT_WIDTH;
  const sum = opts.widths.reduce((a, b) => a + b, 0);
  if (sum !== full) throw new Error(`table columns add up to ${sum}, not the text width ${full}`);
  const size = opts.size ?? SIZE.table;
  const ruled = opts.borders ?? true;
  const rows = opts.rows.map((input, rowIndex) => {
    const row: RowSpec = 'cells' in input ? input : { cells: input };
    const cells = row.cells;
    let column = 0;
    const children = cells.map((input) => {
      const spec: CellSpec = typeof input === 'string' ? { content: input } : input;
      const span = spec.span ?? 1;
      const width = opts.widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      const align = spec.align ?? (spec.label ? 'center' : 'left');
      const paragraphs =
        typeof spec.content === 'string'
          ? (spec.content.split(/\r?\n/).length > 0 ? spec.content.split(/\r?\n/) : ['']).map((line) =>
              para(line, { size, align }),
            )
          : [...spec.content];
      const edge = ruled ? LINE : NO_LINE;
      return new TableCell({
        children: paragraphs.length > 0 ? paragraphs : [para('', { size })],
        width: { size: width, type: WidthType.DXA },
        ...(span > 1 ? { columnSpan: span } : {}),
        verticalAlign: spec.label ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
        margins: { top: 60, bottom: 60, left: 100, right: 100 },
        borders: { top: edge, left: edge, right: edge, bottom: spec.underline ? LINE : edge },
      });
    });
    return new TableRow({
      children,
      ...(rowIndex < (opts.header ?? 0) ? { tableHeader: true } : {}),
      ...(row.keepTogether ? { cantSplit: true } : {}),
      ...(row.keepNext ? { keepNext: true } : {}),
    });
  });
  return new Table({
    rows,
    columnWidths: [...opts.widths],
    width: { size: full, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: ruled
      ? { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE }
      : {
          top: NO_LINE,
          bottom: NO_LINE,
          left: NO_LINE,
          right: NO_LINE,
          insideHorizontal: NO_LINE,
          insideVertical: NO_LINE,
        },
  });
}

// ---------------------------------------------------------------- the document

/** “— 1 —”: 宋体 四号, one character in from the right edge on odd pages and from the left on even pages. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const style: RunStyle = { size: SIZE.pageNumber, font: FONT.pageNumber };
  const size = SIZE.pageNumber * 2;
  const font = fontOf(FONT.pageNumber);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: chars(1, SIZE.pageNumber) } : { left: chars(1, SIZE.pageNumber) },
        children: [
          run('— ', style),
          new TextRun({ children: [PageNumber.CURRENT], size, font, language: LANGUAGE }),
          run(' —', style),
        ],
      }),
    ],
  });
}

const pageProperties = (numbering: 'restart' | 'continue' | 'none', firstPage = 1, landscape = false) => ({
  page: {
    // docx writes a landscape page's width and height swapped itself.
    size: { width: PAGE.width, height: PAGE.height, ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) },
    margin: {
      top: PAGE.top,
      bottom: PAGE.bottom,
      left: PAGE.left,
      right: PAGE.right,
      header: PAGE.header,
      footer: PAGE.footer,
    },
    ...(numbering === 'restart' ? { pageNumbers: { start: firstPage } } : {}),
  },
  // 22 lines of 28 characters (GB/T 9704 7.1): Word and WPS set body text on this grid, as 公文 templates do.
  grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: BODY_LINE, charSpace: CHAR_SPACE },
});

/** A run of pages: numbered (with the “— N —” footers) or not (a 卷宗's cover and 卷内目录). */
export interface PageRun {
  children: readonly FileChild[];
  numbered: boolean;
  /** The number of its first page when it is the first numbered run (1 unless it continues a 卷宗's numbering). */
  firstPage?: number;
  /** A4 turned, for a table too wide for the upright page (委托帮教和解除帮教登记表). */
  landscape?: boolean;
}

/**
 * The Word document: style defaults, one section per run of pages. Numbering restarts at 1 in the first numbered
 * section and continues through the rest.
 */
export function document(opts: {
  title: string;
  runs: readonly PageRun[];
  pageNumbers?: ConstructorParameters<typeof Document>[0]['pageNumbers'];
}): Document {
  let numberedSeen = false;
  const sections: ISectionOptions[] = opts.runs.map((pages) => {
    const landscape = pages.landscape ?? false;
    if (!pages.numbered) return { properties: pageProperties('none', 1, landscape), children: [...pages.children] };
    const numbering = numberedSeen ? 'continue' : 'restart';
    numberedSeen = true;
    return {
      properties: pageProperties(numbering, pages.firstPage, landscape),
      footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
      children: [...pages.children],
    };
  });
  return new Document({
    title: opts.title,
    creator: '司法所电子台账',
    evenAndOddHeaderAndFooters: true,
    ...(opts.pageNumbers ? { pageNumbers: opts.pageNumbers } : {}),
    // Normal carries the body's size too, not only the defaults: LibreOffice sizes the character grid from it.
    externalStyles: [
      '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
      paragraphStyle('Normal', 'Normal', SIZE.body),
      ...[SIZE.table, SIZE.dense].map((size) => paragraphStyle(sizeStyle(size), `正文 ${size}磅`, size)),
      '</w:styles>',
    ].join(''),
    styles: {
      default: {
        document: {
          run: { font: fontOf(FONT.body), size: SIZE.body * 2, language: LANGUAGE },
          paragraph: { spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT } },
        },
      },
    },
    sections,
  });
}

/** The .docx file: the document with the font table that names each font's fallbacks (fonts.ts). */
export function packDocument(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}
