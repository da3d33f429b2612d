// The whole 人民调解卷宗 in one .docx (docs/spec/formats.md §3.2): the cover and the 卷内目录 unnumbered, as archives bind them,
// then every document the case has, in the official order, each from a new page, numbered from 1 through to the 封底.
import {
  Bookmark,
  Packer,
  PageNumber,
  PageReference,
  TextRun,
  type Document,
  type FileChild,
  type PageNumberEstimator,
} from 'docx';
import { estimatePageNumbersWith, type MeasureWidth } from 'docx/layout';
import type { DocumentKind } from '../../../src-shared/documents';
import { acceptance } from './builders/acceptance';
import { agreement } from './builders/agreement';
import { application } from './builders/application';
import { backCover } from './builders/backCover';
import { contents, type ContentsEntry } from './builders/contents';
import { cover } from './builders/cover';
import { fileNote } from './builders/fileNote';
import { filedMaterial } from './builders/filedMaterial';
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

/** A document of the 卷宗, with the kind (and entry) it is offered as on its own; none for what is not (情况说明, 材料). */
export interface FiledPart {
  part: Part;
  kind?: DocumentKind;
  index?: number;
}

/**
 * The case's documents after the 卷内目录, in the order of docs/spec/formats.md §3.2, only those it has: the
 * 当事人身份证明 always (必须; one page per party unless the clerk entered the count), the other filed materials when
 * pages were entered, the 司法确认 materials when 司法确认 is 是.
 */
export function caseFileParts(ctx: CaseContext): FiledPart[] {
  const { c } = ctx;
  const pages = c.filedPages;
  const parts: FiledPart[] = [];
  const material = (name: string, count: number | null) => {
    if (count !== null && count > 0) parts.push({ part: filedMaterial(name, count) });
  };
  if (c.caseSource === '依申请调解') parts.push({ part: application(ctx), kind: 'application' });
  parts.push({ part: acceptance(ctx), kind: 'acceptance' }, { part: rightsNotice(ctx), kind: 'rightsNotice' });
  material('当事人身份证明', pages.idProof ?? c.parties.length);
  material('授权委托书', pages.attorney);
  c.investigations.forEach((entry, index) =>
    parts.push({ part: investigation(ctx, entry), kind: 'investigation', index }),
  );
  material('人民调解证据材料', pages.evidence);
  c.sessions.forEach((entry, index) => parts.push({ part: session(ctx, entry), kind: 'session', index }));
  if (agreementMissing(c, 'written') === null) parts.push({ part: agreement(ctx), kind: 'agreement' });
  else if (agreementMissing(c, 'oral') === null) parts.push({ part: oralAgreement(ctx), kind: 'oralAgreement' });
  material('收条或汇款单等履行凭证', pages.receipt);
  if (c.revisitContent) parts.push({ part: revisit(ctx), kind: 'revisit' });
  if (c.judicialConfirmation) material('司法确认有关材料', pages.confirmation ?? 1);
  if (c.fileNote) parts.push({ part: fileNote(ctx) });
  // The 封底 says how many pages the 卷宗 has: its own page number, a PAGE field every word processor fills in.
  parts.push({ part: backCover(ctx, new TextRun({ children: [PageNumber.CURRENT] })), kind: 'backCover' });
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

function bodyRun(parts: readonly FiledPart[]): PageRun {
  return {
    numbered: true,
    children: parts.flatMap(({ part }, i) => partChildren(part, { newPage: i > 0, bookmark: bookmarkOf(i) })),
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
  const entries: ContentsEntry[] = parts.map(({ part }, i) => ({
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
 * The page each document starts on in the 卷宗, as its page estimator works them out: the 卷宗 is written once and the
 * numbers kept, so the 卷内目录 on its own and a piece numbered on from its place agree with the 卷宗's 目录.
 */
async function caseFilePages(ctx: CaseContext): Promise<{ parts: FiledPart[]; pages: string[] }> {
  let bookmarks: ReadonlyMap<string, string> = new Map();
  const keepPages: PageNumberEstimator = (body, context) => {
    const estimated = pageNumbers(body, context);
    bookmarks = estimated.bookmarks;
    return estimated;
  };
  await Packer.toBuffer(caseFileDocument(ctx, '卷内目录', keepPages));
  const parts = caseFileParts(ctx);
  return { parts, pages: parts.map((_, i) => bookmarks.get(bookmarkOf(i)) ?? '') };
}

/** The 卷内目录 on its own, with the pages the documents have in the 卷宗. */
export async function standaloneContents(ctx: CaseContext): Promise<Part> {
  const { parts, pages } = await caseFilePages(ctx);
  return contents(parts.map(({ part }, i) => ({ name: part.name, note: part.note, page: pages[i] ?? '' })));
}

/**
 * The page a document of the case starts on in the 卷宗 (按卷宗连续编页: printed on its own, it is numbered on from
 * there, as the 卷内目录 says), or null when the 卷宗 does not hold it.
 */
export async function pageInCaseFile(ctx: CaseContext, kind: DocumentKind, index: number): Promise<number | null> {
  const { parts, pages } = await caseFilePages(ctx);
  const at = parts.findIndex((p) => p.kind === kind && (p.index ?? 0) === index);
  const page = Number(pages[at]);
  return at >= 0 && Number.isInteger(page) && page > 0 ? page : null;
}
