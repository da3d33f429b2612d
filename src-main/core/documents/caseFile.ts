// The whole 人民调解卷宗 in one .docx (docs/spec/formats.md §3.2): the cover and the 卷内目录 unnumbered, as archives bind them,
// then every document the case has, in the official order, each from a new page, numbered from 1 through to the 封底.
import { Bookmark, Packer, PageReference, type Document, type FileChild, type PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith, type MeasureWidth } from 'docx/layout';
import { acceptance } from './builders/acceptance';
import { agreement } from './builders/agreement';
import { application } from './builders/application';
import { backCover } from './builders/backCover';
import { contents, type ContentsEntry } from './builders/contents';
import { cover } from './builders/cover';
import { fileNote } from './builders/fileNote';
import { investigation } from './builders/investigation';
import { oralAgreement } from './builders/oralAgreement';
import { revisit } from './builders/revisit';
import { rightsNotice } from './builders/rightsNotice';
import { session } from './builders/session';
import type { CaseContext, Part } from './parts';
import { JOINER, document, ems, title, type PageRun } from './style';

/** Why a case has no 协议书 (or 口头协议登记表), or null when it has one to print. */
export function agreementMissing(c: CaseContext['c'], form: 'written' | 'oral'): string | null {
  if (c.result === '不成功' || c.result === '终止') return `调解结果为“${c.result}”，没有调解协议`;
  if (form === 'written' && c.agreementForm === '口头协议') return '本案为口头协议，请生成“人民调解口头协议登记表”';
  if (form === 'oral' && c.agreementForm !== '口头协议') {
    return c.agreementForm
      ? '本案为书面协议，请生成“人民调解协议书”'
      : '协议形式未选“口头协议”，请先在“结案”中选择协议形式';
  }
  const lacking = [
    ...(form === 'written' && !c.agreementFacts ? ['纠纷主要事实、争议事项'] : []),
    ...(c.agreementTerms.length === 0 ? [form === 'written' ? '协议条款' : '协议内容（协议条款）'] : []),
  ];
  if (lacking.length === 0) return null;
  return `${form === 'written' ? '协议书' : '口头协议登记表'}缺少${lacking.join('和')}，请先在“调解协议”中填写`;
}

/** The case's documents after the 卷内目录, in the order of docs/spec/formats.md §3.2, only those it has. */
export function caseFileParts(ctx: CaseContext): Part[] {
  const { c } = ctx;
  const parts: Part[] = [];
  if (c.caseSource === '依申请调解') parts.push(application(ctx));
  parts.push(acceptance(ctx), rightsNotice(ctx));
  c.investigations.forEach((entry) => parts.push(investigation(ctx, entry)));
  c.sessions.forEach((entry) => parts.push(session(ctx, entry)));
  if (agreementMissing(c, 'written') === null) parts.push(agreement(ctx));
  else if (agreementMissing(c, 'oral') === null) parts.push(oralAgreement(ctx));
  if (c.revisitContent) parts.push(revisit(ctx));
  if (c.fileNote) parts.push(fileNote(ctx));
  parts.push(backCover(ctx));
  return parts;
}

/** A part's title (bookmarked when the 卷内目录 refers to it) and its blocks; later parts start a new page. */
export function partChildren(part: Part, opts: { bookmark?: string; newPage?: boolean } = {}): FileChild[] {
  if (part.title === null) return part.blocks;
  const { bookmark } = opts;
  const heading = title(part.title, {
    ...(bookmark ? { wrap: (children) => new Bookmark({ id: bookmark, children }) } : {}),
    ...(opts.newPage ? { pageBreakBefore: true } : {}),
  });
  return [heading, ...part.blocks];
}

const bookmarkOf = (index: number) => `doc${index + 1}`;

function bodyRun(parts: readonly Part[]): PageRun {
  return {
    numbered: true,
    children: parts.flatMap((part, i) => partChildren(part, { newPage: i > 0, bookmark: bookmarkOf(i) })),
  };
}

/**
 * How wide text is in the fonts the documents use (仿宋_GB2312, 方正小标宋简体, 宋体): GB2312 fonts set every CJK
 * character and full-width punctuation on a square em and ASCII on half of one; the body's tightened spacing counts,
 * the WORD JOINERs that keep dates whole take no room.
 */
const measureCjk: MeasureWidth = (text, font) => {
  const chars = [...text].filter((ch) => ch !== JOINER);
  // The layout hands over the run's whole font, its w:spacing included, though the type names only the basics.
  const spacing = 'characterSpacing' in font && typeof font.characterSpacing === 'number' ? font.characterSpacing : 0;
  return ems(chars.join('')) * font.size + spacing * chars.length;
};

/**
 * Page numbers of the documents in the 卷宗 are worked out by laying the pages out (docx/layout), and written as the
 * cached values of the 卷内目录's PAGEREF fields, so Word and WPS show them without updating fields; LibreOffice and
 * Word (on F9 or printing) recompute them from their own layout. The Chinese fonts are not in the layout's width
 * tables: text is measured as above, and the layout told to guess past the line heights it lacks (the documents'
 * line spacing is exact anyway).
 */
const pageNumbers = estimatePageNumbersWith({ measureWidth: measureCjk, guess: true });

export function caseFileDocument(
  ctx: CaseContext,
  name: string,
  estimator: PageNumberEstimator = pageNumbers,
): Document {
  const parts = caseFileParts(ctx);
  const entries: ContentsEntry[] = parts.map((part, i) => ({
    name: part.name,
    note: part.note,
    page: new PageReference(bookmarkOf(i)),
  }));
  return document({
    title: name,
    pageNumbers: estimator,
    runs: [
      {
        numbered: false,
        children: [...partChildren(cover(ctx)), ...partChildren(contents(entries), { newPage: true })],
      },
      bodyRun(parts),
    ],
  });
}

/**
 * The 卷内目录 on its own, with the pages the documents have in the 卷宗: the 卷宗 is written once and the numbers its
 * page estimator works out are kept, so both always agree.
 */
export async function standaloneContents(ctx: CaseContext): Promise<Part> {
  let pages: ReadonlyMap<string, string> = new Map();
  const keepPages: PageNumberEstimator = (body, context) => {
    const estimated = pageNumbers(body, context);
    pages = estimated.bookmarks;
    return estimated;
  };
  await Packer.toBuffer(caseFileDocument(ctx, '卷内目录', keepPages));
  return contents(
    caseFileParts(ctx).map((part, i) => ({ name: part.name, note: part.note, page: pages.get(bookmarkOf(i)) ?? '' })),
  );
}
