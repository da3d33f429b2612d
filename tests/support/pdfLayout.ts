import { spawnSync } from 'node:child_process';

// A PDF's text as it is laid out (poppler's `pdftotext -bbox-layout`): pages of blocks (a paragraph, a table cell) of
// lines, each with its box in points from the page's top left. What the render checks measure the pages by.

export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfLine extends Box {
  /** The line's words joined without the spaces pdftotext puts between them (and between Chinese and digits). */
  text: string;
}

export interface PdfBlock extends Box {
  lines: PdfLine[];
}

export interface PdfPage {
  width: number;
  height: number;
  blocks: PdfBlock[];
  /** Every line of the page, top to bottom. */
  lines: PdfLine[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const decode = (xml: string) => xml.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e] ?? e);

function boxOf(attributes: string): Box {
  const value = (name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(attributes)?.[1] ?? NaN);
  return { xMin: value('xMin'), yMin: value('yMin'), xMax: value('xMax'), yMax: value('yMax') };
}

/** The text of a PDF, page by page, with where each line is. Invisible format characters are left out. */
export function pdfLayout(pdf: string): PdfPage[] {
  const result = spawnSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${result.stderr}`);
  return [...result.stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => {
    const blocks = [...(page[3] ?? '').matchAll(/<block([^>]*)>([\s\S]*?)<\/block>/g)].map((block) => ({
      ...boxOf(block[1] ?? ''),
      lines: [...(block[2] ?? '').matchAll(/<line([^>]*)>([\s\S]*?)<\/line>/g)].map((line) => ({
        ...boxOf(line[1] ?? ''),
        text: [...(line[2] ?? '').matchAll(/<word[^>]*>([^<]*)<\/word>/g)]
          .map((w) => decode(w[1] ?? ''))
          .join('')
          .replace(/[\u200b-\u200d\u2060\ufeff]/g, ''),
      })),
    }));
    return {
      width: Number(page[1]),
      height: Number(page[2]),
      blocks,
      lines: blocks.flatMap((b) => b.lines).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin),
    };
  });
}
